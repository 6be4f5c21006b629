package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Who gives a sum of money, read from CoreNLP's dependency parse where the wording binds no funder (FundingSource). */
@Tag("corenlp")
class FundingFromTheParseTest {
    private static Set<String> triples(String text) {
        Document doc = new Document("test-document", "test-document.md", text, Optional.of(java.time.LocalDate.parse("2025-03-02")));
        return KnownData.extractor().extract(doc).triples().stream().map(Object::toString).collect(Collectors.toSet());
    }

    private static boolean has(Set<String> triples, String predicate, String objectPart) {
        return triples.stream().anyMatch(t -> t.contains("/funding/") && t.contains("ontology#" + predicate) && t.contains(objectPart));
    }

    private static boolean anyFunding(Set<String> triples) {
        return triples.stream().anyMatch(t -> t.contains("/funding/"));
    }

    /** Asserts that the text's funding has each (predicate, object part) pair given. */
    private static void assertFunding(String text, String... predicateAndObject) {
        Set<String> found = triples(text);
        for (int i = 0; i < predicateAndObject.length; i += 2) {
            assertTrue(has(found, predicateAndObject[i], predicateAndObject[i + 1]), predicateAndObject[i] + " in " + found);
        }
    }

    @Test
    void theSubjectOfAVerbOfGivingFundsTheFigure() {
        assertFunding("The Harlow Science Foundation is investing $12 million in new research centers on battery chemistry.",
                "funder", "/org/harlow-science-foundation", "value", "\"12000000\"", "isCombined", "false");
    }

    @Test
    void theAgentOfAnInvestmentFundsItAndNearlyIsACeiling() {
        assertFunding("The hubs are part of a five-year, nearly $430 million investment by the Brenner Research Council.",
                "funder", "/org/brenner-research-council", "isUpperBound", "true", "durationYears", "\"5\"");
    }

    @Test
    void aCapOnWhatMayBeRequestedIsNoFunding() {
        Set<String> found = triples("The Harlow Science Foundation will award grants of up to $500,000 to proposals on battery chemistry.");
        assertTrue(!anyFunding(found), found.toString());
    }

    @Test
    void aCapTheGiverAwardsOutrightIsAnUpperBoundFunding() {
        assertFunding("The Harlow Science Foundation expects to award up to $5 million for this call for proposals.",
                "funder", "/org/harlow-science-foundation", "value", "\"5000000\"", "isUpperBound", "true");
    }

    @Test
    void aNameThatOnlyQualifiesTheGiversIsNoFunder() {
        Set<String> found = triples("With their affiliates, Harlow Science Foundation partners have provided more than $345 million "
                + "in matching contributions to battery chemistry research.");
        assertTrue(!has(found, "funder", "/org/harlow-science-foundation"), found.toString());
    }

    @Test
    void aSumNobodyGivesIsNoFunding() {
        Set<String> found = triples("The Harlow Science Foundation reported $2 million in licensing income last year.");
        assertTrue(!anyFunding(found), found.toString());
    }
}
