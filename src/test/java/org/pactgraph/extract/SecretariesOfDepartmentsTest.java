package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A secretary "of" a field heads the department of that field ("Secretary of Agriculture", of
 * the Department of Agriculture), unless a country or a portfolio qualifies the title; and a
 * known post is not read inside a longer title that goes on with its portfolio.
 */
class SecretariesOfDepartmentsTest {
    private static Set<String> shortly(String text) {
        return KnownData.shortly(KnownData.extract(text, "2031-03-07").triples());
    }

    @Test
    void aSecretaryOfAFieldBeforeANameHeadsTheDepartmentOfThatField() {
        Set<String> found = shortly("\"We are ready,\" Secretary of the Tidewater Dr. Ana Lind said.");
        assertTrue(found.contains("person/ana-lind holdsPost post/secretary-of-the-tidewater"), found.toString());
        assertTrue(found.contains("post/secretary-of-the-tidewater postIn org/department-of-the-tidewater"), found.toString());
        assertTrue(found.contains("post/secretary-of-the-tidewater title Secretary of the Tidewater"), found.toString());
    }

    @Test
    void aSecretaryOfAFieldAfterANameHeadsTheDepartmentOfThatField() {
        Set<String> found = shortly("\"We are too,\" said Tom Ray, Secretary of Fisheries.");
        assertTrue(found.contains("person/tom-ray holdsPost post/secretary-of-fisheries"), found.toString());
        assertTrue(found.contains("post/secretary-of-fisheries postIn org/department-of-fisheries"), found.toString());
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
