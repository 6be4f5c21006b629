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

    @Test
    void theSubjectOfAVerbOfGivingFundsTheFigure() {
        Set<String> found = triples("The Harlow Science Foundation is investing $12 million in new research centers on battery chemistry.");
        assertTrue(has(found, "funder", "/org/harlow-science-foundation"), found.toString());
        assertTrue(has(found, "value", "\"12000000\""), found.toString());
        assertTrue(has(found, "isCombined", "false"), found.toString());
    }

    @Test
    void theAgentOfAnInvestmentFundsItAndNearlyIsACeiling() {
        Set<String> found = triples("The hubs are part of a five-year, nearly $430 million investment by the Brenner Research Council.");
        assertTrue(has(found, "funder", "/org/brenner-research-council"), found.toString());
        assertTrue(has(found, "isUpperBound", "true"), found.toString());
        assertTrue(has(found, "durationYears", "\"5\""), found.toString());
    }

    @Test
    void aCapOnWhatMayBeRequestedIsNoFunding() {
        Set<String> found = triples("The Harlow Science Foundation will award grants of up to $500,000 to proposals on battery chemistry.");
        assertTrue(!anyFunding(found), found.toString());
    }

    @Test
    void aSumNobodyGivesIsNoFunding() {
        Set<String> found = triples("The Harlow Science Foundation reported $2 million in licensing income last year.");
        assertTrue(!anyFunding(found), found.toString());
    }
}
