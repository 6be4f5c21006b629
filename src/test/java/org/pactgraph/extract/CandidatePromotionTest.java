package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.PactGraphException;
import org.pactgraph.annotate.Annotation;
import org.pactgraph.annotate.Annotator;
import org.pactgraph.annotate.RawOffsets;
import org.pactgraph.model.Pact;

/** The candidate promotion: its model file, what it asserts, and that a promoted partner lets its partnership stand. */
class CandidatePromotionTest {
    /** Two parties of unknown kind "between" whom an agreement is not named: a partnership the rules leave for review. */
    private static final String TEXT = "Talks between Alder Works and Birch Labs on robotics began in March.";

    /** A linguistic layer that says nothing, but is one: the promotion runs only where there is a layer. */
    private static final Annotator SILENT_LAYER = new Annotator() {
        @Override
        public Annotation annotate(String text, RawOffsets raw) {
            return Annotation.empty(text);
        }

        @Override
        public String version() {
            return "silent";
        }
    };

    private static CandidatePromotion promoting(String feature) {
        return CandidatePromotion.of(StatementClassifier.of(Map.of(StatementFeatures.BIAS, -10.0, feature, 20.0)), 0.7);
    }

    private static Extraction extract(Annotator layer, CandidatePromotion promotion) {
        return new Extractor(KnownData.gazetteer(), layer, RuleReliability.NONE, promotion).extract(KnownData.document(TEXT, "2031-03-07"));
    }

    private static long partners(java.util.Set<org.apache.jena.graph.Triple> triples) {
        return triples.stream().filter(t -> t.getPredicate().equals(Pact.partner.asNode())).count();
    }

    @Test
    void aPromotedPartnerLetsItsPartnershipAndItsDeclarationsStand() {
        Extraction raw = extract(SILENT_LAYER, CandidatePromotion.NONE);
        assertEquals(0, partners(raw.triples()), "the rules leave the partnership for review: " + raw.triples());
        assertEquals(2, partners(raw.candidateTriples()), "its two partners are candidates: " + raw.candidateTriples());
        Extraction promoted = extract(SILENT_LAYER, promoting("relation=partnership"));
        assertEquals(2, partners(promoted.triples()), "both partners asserted: " + promoted.triples());
        assertTrue(KnownData.shortly(promoted.triples()).stream().anyMatch(t -> t.startsWith("partnership/") && t.contains(" type ")),
                "the partnership is declared with its partners: " + KnownData.shortly(promoted.triples()));
        assertTrue(promoted.facts().stream().filter(f -> f.predicate().equals(Pact.partner.asNode())).allMatch(f -> f.confidence() == Confidence.THRESHOLD),
                "a promoted fact is asserted at the threshold, the lowest asserted confidence");
    }

    @Test
    void onlyHalfAPartnershipPromotedLeavesItForReview() {
        // One partner's name promoted, the partner facts not: the hold keeps the partnership in review.
        Extraction promoted = extract(SILENT_LAYER, promoting("subject-used-by=partnership"));
        assertEquals(0, partners(promoted.triples()), promoted.triples().toString());
    }

    @Test
    void withoutALinguisticLayerNothingIsPromoted() {
        Extraction none = extract(Annotator.NONE, promoting("relation=partnership"));
        assertEquals(extract(Annotator.NONE, CandidatePromotion.NONE).triples(), none.triples());
    }

    @Test
    void aCandidateTheModelDoubtsStaysOneAndAnAssertedFactIsNeverLowered() {
        CandidatePromotion doubting = CandidatePromotion.of(StatementClassifier.of(Map.of(StatementFeatures.BIAS, -10.0)), 0.5);
        Extraction raw = extract(SILENT_LAYER, CandidatePromotion.NONE);
        Extraction doubted = extract(SILENT_LAYER, doubting);
        assertEquals(raw.triples(), doubted.triples());
        assertEquals(raw.candidateTriples(), doubted.candidateTriples());
    }

    @Test
    void aCandidatesFeaturesSayWhyItIsOneAndNameNoOne() {
        List<List<String>> seen = new java.util.ArrayList<>();
        Reliability recording = (facts, features) -> {
            facts.stream().filter(f -> f.isCandidate() && f.predicate().equals(Pact.partner.asNode())).forEach(f -> seen.add(features.ofCandidate(f)));
            return facts;
        };
        new Extractor(KnownData.gazetteer(), SILENT_LAYER, recording).extract(KnownData.document(TEXT, "2031-03-07"));
        assertFalse(seen.isEmpty(), "no candidate partner fact");
        List<String> features = seen.get(0);
        for (String expected : List.of("relation=partnership", "binding=context", "object-use=candidate", "object-used-by=partnership", "object-org-ner=none")) {
            assertTrue(features.contains(expected), expected + " not in " + features);
        }
        assertTrue(features.stream().anyMatch(f -> f.startsWith("candidate-rule+binding=") && f.endsWith("|context")), features.toString());
        assertFalse(features.stream().anyMatch(f -> f.toLowerCase(java.util.Locale.ROOT).contains("alder")), "features name no one: " + features);
    }

    @Test
    void aMalformedModelLineNamesTheFileAndTheLine(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("promotion.tsv");
        Files.writeString(file, "# fitted here\nfeature\tweight\nbias\t0.5\nrule=visit\tmany\n");
        PactGraphException e = assertThrows(PactGraphException.class, () -> CandidatePromotion.modelFromFile(file));
        assertTrue(e.getMessage().contains(file + ", line 4: found 'rule=visit<tab>many', expected a weight that is a finite decimal number"),
                e.getMessage());
        assertTrue(e.hint().contains("--fit-promotion"), e.hint());
    }

    @Test
    void theShippedModelReadsAndTheSettingIsNoneUnlessSaid() {
        assertTrue(CandidatePromotion.shipped().threshold() > 0);
        assertEquals("none", CandidatePromotion.mode());
    }
}
