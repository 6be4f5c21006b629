package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactgraph.PactGraphException;
import org.pactgraph.annotate.Annotator;
import org.pactgraph.model.Pact;

/** The statement classifier: the features it reads, how its model is written and read, and what it does to facts. */
class StatementClassifierTest {
    private static final String TEXT = "Alder University and Birch University will partner on robotics.\n\n"
            + "The agreement was announced on Monday.";

    @Test
    void aPartnerFactOfAMadeUpExtractionHasItsReadingItsSentenceItsNamesAndItsDocument() {
        Map<Fact, List<String>> seen = new LinkedHashMap<>();
        Reliability recording = (facts, features) -> {
            facts.forEach(f -> seen.put(f, features.of(f)));
            return facts;
        };
        new Extractor(KnownData.gazetteer(), Annotator.NONE, recording).extract(KnownData.document(TEXT, "2031-03-07"));
        Map.Entry<Fact, List<String>> partner = seen.entrySet().stream().filter(e -> e.getKey().predicate().equals(Pact.partner.asNode()))
                .findFirst().orElseThrow(() -> new AssertionError("no partner fact in " + seen.keySet()));
        List<String> features = partner.getValue();
        String rule = partner.getKey().rule();
        for (String expected : List.of(StatementFeatures.BIAS, "rule=" + rule, "relation=partnership", "names=new", "rule+relation=" + rule + "|partnership",
                "reading=" + rule + "|partnership|new", "predicate=partner", "binding=sentence", "subject=partnership-minted", "object=org-minted",
                "sentence-words=0-9", "sentence-ends=stop", "sentence-verbs=unread", "paragraph=0", "object-name-words=2",
                "object-org-name-words=2", "object-name-written=1", "object-name-layer=untyped", "document-sentences=1-14", "document-dated=true")) {
            assertTrue(features.contains(expected), expected + " not in " + features);
        }
        assertFalse(features.stream().anyMatch(f -> f.contains("Alder") || f.contains("alder")), "features name no one: " + features);
        assertEquals(features.size(), features.stream().distinct().count(), "each feature once: " + features);
    }

    @Test
    void rangesAreNamedByTheirBounds() {
        assertEquals("<1", StatementFeatures.range(0, 1, 2, 4));
        assertEquals("1", StatementFeatures.range(1, 1, 2, 4));
        assertEquals("2-3", StatementFeatures.range(3, 1, 2, 4));
        assertEquals("4+", StatementFeatures.range(40, 1, 2, 4));
    }

    @Test
    void writesWhatItReadsAndGivesTheLogisticOfTheSumOfItsWeights() {
        StatementClassifier model = StatementClassifier.of(Map.of(StatementFeatures.BIAS, 0.25, "rule=visit", -1.5, "paragraph=0", 0.125));
        String tsv = model.toTsv(List.of("fitted here"));
        assertEquals("# fitted here\n" + StatementClassifier.HEADER + "\nbias\t0.25\nparagraph=0\t0.125\nrule=visit\t-1.5\n", tsv);
        assertEquals(model.weights(), StatementClassifier.parse("again", tsv).weights());
        assertEquals(1 / (1 + Math.exp(1.25)), model.probability(List.of(StatementFeatures.BIAS, "rule=visit", "unknown=feature")), 1e-12);
    }

    @Test
    void aMalformedModelNamesTheSourceTheLineWhatWasFoundAndWhatWasExpected() {
        String header = "# provenance\n" + StatementClassifier.HEADER + "\n";
        assertMalformed("m.tsv, line 3: found 'bias<tab>heavy', expected a weight that is a finite decimal number", header + "bias\theavy\n");
        assertMalformed("m.tsv, line 3: found 'bias<tab>NaN', expected a weight that is a finite decimal number", header + "bias\tNaN\n");
        assertMalformed("m.tsv, line 3: found 'bias 1.0', expected two tab-separated cells: a feature and its weight", header + "bias 1.0\n");
        assertMalformed("m.tsv, line 3: found 'bias<tab>1<tab>2', expected two tab-separated cells", header + "bias\t1\t2\n");
        assertMalformed("m.tsv, line 4: found 'bias<tab>2', expected each feature once", header + "bias\t1\nbias\t2\n");
        assertMalformed("m.tsv, line 2: found 'bias<tab>1', expected the header 'feature<tab>weight'", "# no header\nbias\t1\n");
        assertMalformed("m.tsv, line 2: found '', expected the header", "# nothing but a comment\n");
    }

    private static void assertMalformed(String start, String text) {
        PactGraphException e = assertThrows(PactGraphException.class, () -> StatementClassifier.parse("m.tsv", text));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
        assertTrue(e.hint().contains("--fit-classifier"), e.hint());
    }

    @Test
    void aMissingModelFileIsNamed() {
        PactGraphException e = assertThrows(PactGraphException.class, () -> StatementClassifier.fromFile(Path.of("target/no-such-model.tsv")));
        assertEquals("The statement classifier target/no-such-model.tsv does not exist", e.getMessage());
    }

    @Test
    void theBuildsModelReadsAndWeighsEveryStatement() {
        assertTrue(StatementClassifier.shipped().weights().containsKey(StatementFeatures.BIAS), "the build carries a fitted model");
    }

    @Test
    void aStatementTheModelDoubtsGoesToReviewWithItsProbabilityAndOneItTrustsKeepsItsBindingConfidence() {
        List<Fact> raw = extract(RuleReliability.NONE);
        assertTrue(raw.stream().anyMatch(f -> !f.isCandidate()), raw.toString());

        List<Fact> doubted = extract(StatementClassifier.of(Map.of(StatementFeatures.BIAS, -2.0)));
        double p = 1 / (1 + Math.exp(2.0));
        assertTrue(doubted.stream().allMatch(Fact::isCandidate), doubted.toString());
        assertTrue(doubted.stream().anyMatch(f -> f.predicate().equals(Pact.partner.asNode()) && Math.abs(f.confidence() - p) < 1e-12), doubted.toString());

        assertEquals(raw, extract(StatementClassifier.of(Map.of(StatementFeatures.BIAS, 5.0))), "p of 0.993 is above every binding confidence");

        // Only partner facts doubted: the partnership goes to review with its partners, as with the table.
        List<Fact> partnersDoubted = extract(StatementClassifier.of(Map.of(StatementFeatures.BIAS, 5.0, "predicate=partner", -6.0)));
        Fact partner = partnersDoubted.stream().filter(f -> f.predicate().equals(Pact.partner.asNode())).findFirst().orElseThrow();
        assertTrue(partner.isCandidate(), partner.toString());
        assertTrue(partnersDoubted.stream().filter(f -> f.subject().equals(partner.subject())).allMatch(Fact::isCandidate), partnersDoubted.toString());
    }

    @Test
    void aCandidateStaysOneWhateverTheModelSays() {
        StatementClassifier trusting = StatementClassifier.of(Map.of(StatementFeatures.BIAS, 9.0));
        Sentence s = new Sentence(0, 0, "x", 0, 1, 0, 1);
        Fact candidate = new Fact(org.apache.jena.graph.NodeFactory.createURI("urn:a"), Pact.partner.asNode(),
                org.apache.jena.graph.NodeFactory.createURI("urn:b"), s, "some-rule", Confidence.FROM_CONTEXT);
        assertEquals(List.of(candidate), trusting.cap(new ArrayList<>(List.of(candidate)), null));
    }

    private static List<Fact> extract(Reliability reliability) {
        return new Extractor(KnownData.gazetteer(), Annotator.NONE, reliability).extract(KnownData.document(TEXT, "2031-03-07")).facts();
    }
}
