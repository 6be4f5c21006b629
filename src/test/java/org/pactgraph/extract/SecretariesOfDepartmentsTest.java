package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A secretary "of" a field whom a country or a portfolio qualifies heads no department; and a
 * known post is not read inside a longer title that goes on with its portfolio.
 */
class SecretariesOfDepartmentsTest {
    private static Set<String> shortly(String text) {
        return KnownData.shortly(KnownData.extract(text, "2031-03-07").triples());
    }

    @Test
    void aSecretaryWhomACountrysAdjectiveOrAPortfolioQualifiesHeadsNoDepartment() {
        Set<String> found = shortly("Freedonian Secretary of Health Dr. Kai Berg attended. Freedonia's Secretary of Health Dr. Ana Lind spoke."
                + " \"And we,\" said Lea Moss, Secretary of State for Harbours.");
        assertFalse(found.stream().anyMatch(t -> t.contains("holdsPost")), found.toString());
        assertFalse(found.stream().anyMatch(t -> t.contains("department-of")), found.toString());
    }

    @Test
    void aKnownPostWithAModifierBeforeItOrAPortfolioAfterItIsAnotherPost() {
        Set<String> found = shortly("\"We are ready,\" said Deputy Secretary of Commerce Dr. Jane Moss. \"So are we,\" said Raj Patel, Secretary of State for Harbours.");
        assertFalse(found.stream().anyMatch(t -> t.contains("holdsPost post/us-secretary")), found.toString());
    }
}
