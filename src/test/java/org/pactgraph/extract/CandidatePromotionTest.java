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
    /** Two bodies the text names in no relation the rules read: both are candidates for review. */
    private static final String TEXT = "Talks between the Alder Institute and the Birch Foundation on robotics began in March.";

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

    /** A model that promotes the candidates with the given feature, and no other. */
    private static CandidatePromotion promoting(String feature) {
        return CandidatePromotion.of(StatementClassifier.of(Map.of(StatementFeatures.BIAS, -10.0, feature, 20.0)), 0.7);
    }

    private static Extraction extract(Annotator layer, CandidatePromotion promotion) {
        return new Extractor(KnownData.gazetteer(), layer, RuleReliability.NONE, promotion).extract(KnownData.document(TEXT, "2031-03-07"));
    }

    private static final String PARTNERSHIP = "https://w3id.org/pactgraph/id/partnership/alder-birch-2031";
    private static final String ALDER = "https://w3id.org/pactgraph/id/org/alder-institute";
    private static final String BIRCH = "https://w3id.org/pactgraph/id/org/birch-science-council";
    private static final String THEME = "https://w3id.org/pactgraph/id/theme/robotics";

    /**
     * A partnership the rules read from context (its partners below the threshold) and a theme read
     * in its sentence; promoted as {@code promotion} says, then held and settled as the extractor does.
     */
    private static List<Fact> heldAfter(CandidatePromotion promotion) {
        String text = "Alder Institute and Birch Science Council partner on robotics.";
        Sentence s = new Sentence(0, 0, text, 0, text.length(), 0, text.length());
        DocumentState state = new DocumentState(KnownData.document(text, "2031-03-07"), List.of(s), List.of(List.of()), KnownData.gazetteer(),
                AnnotatedSentences.none(text));
        state.fromContext(Confidence.FROM_CONTEXT, () -> {
            state.declare(PARTNERSHIP, Pact.Partnership, "Alder Institute - Birch Science Council partnership", s, "partnership");
            state.declare(ALDER, Pact.Organization, "Alder Institute", s, "partnership");
            state.declare(BIRCH, Pact.Organization, "Birch Science Council", s, "partnership");
            state.link(PARTNERSHIP, Pact.partner, ALDER, s, "partnership");
            state.link(PARTNERSHIP, Pact.partner, BIRCH, s, "partnership");
        });
        state.declare(THEME, Pact.ResearchTheme, "robotics", s, "theme");
        state.link(PARTNERSHIP, Pact.hasTheme, THEME, s, "theme");
        List<Fact> promoted = promotion.promote(state.facts, new StatementFeatures(state));
        return Confidence.settle(Confidence.fundingsWithTheirFunders(Confidence.partnershipsWithTheirPartners(promoted)));
    }

    private static boolean asserted(List<Fact> facts, String subject, org.apache.jena.rdf.model.Property predicate) {
        return facts.stream().anyMatch(f -> !f.isCandidate() && f.subject().getURI().equals(subject) && f.predicate().equals(predicate.asNode()));
    }

    @Test
    void promotedPartnersLetTheirPartnershipItsDeclarationsAndItsThemeStand() {
        List<Fact> raw = heldAfter(CandidatePromotion.NONE);
        assertFalse(asserted(raw, PARTNERSHIP, Pact.partner) || asserted(raw, PARTNERSHIP, Pact.hasTheme), "the hold keeps it all in review: " + raw);
        List<Fact> promoted = heldAfter(promoting("relation=partnership"));
        assertEquals(2, promoted.stream().filter(f -> !f.isCandidate() && f.predicate().equals(Pact.partner.asNode())).count(), promoted.toString());
        assertTrue(asserted(promoted, PARTNERSHIP, Pact.hasTheme), "its theme stands: " + promoted);
        for (String declared : List.of(PARTNERSHIP, ALDER, BIRCH)) {
            assertTrue(asserted(promoted, declared, Pact.needsReview), declared + " declared, its declarations settled with its use");
        }
        assertTrue(promoted.stream().filter(f -> f.predicate().equals(Pact.partner.asNode())).allMatch(f -> f.confidence() == Confidence.THRESHOLD),
                "a promoted fact is asserted at the threshold, the lowest asserted confidence");
    }

    @Test
    void aPartnershipWithOnePartnerPromotedStaysInReview() {
        List<Fact> half = heldAfter(promoting("object-name-words=2"));
        assertFalse(asserted(half, PARTNERSHIP, Pact.partner) || asserted(half, PARTNERSHIP, Pact.hasTheme), half.toString());
    }

    @Test
    void withALayerCandidatesTheModelScoresHighAreAssertedAndWithoutOneNothingIs() {
        CandidatePromotion everything = CandidatePromotion.of(StatementClassifier.of(Map.of(StatementFeatures.BIAS, 10.0)), 0.9);
        Extraction raw = extract(SILENT_LAYER, CandidatePromotion.NONE);
        assertFalse(raw.candidateTriples().isEmpty(), "the two bodies are candidates");
        Extraction promoted = extract(SILENT_LAYER, everything);
        assertTrue(promoted.candidateTriples().isEmpty() && promoted.triples().containsAll(raw.candidateTriples()), promoted.candidateTriples().toString());
        Extraction withoutLayer = extract(Annotator.NONE, everything);
        assertEquals(extract(Annotator.NONE, CandidatePromotion.NONE).candidateTriples(), withoutLayer.candidateTriples());
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
            facts.stream().filter(f -> f.isCandidate() && f.predicate().equals(org.apache.jena.vocabulary.RDFS.label.asNode()))
                    .forEach(f -> seen.add(features.ofCandidate(f)));
            return facts;
        };
        new Extractor(KnownData.gazetteer(), SILENT_LAYER, recording).extract(KnownData.document(TEXT, "2031-03-07"));
        assertFalse(seen.isEmpty(), "no candidate label");
        List<String> features = seen.get(0);
        for (String expected : List.of("relation=new-entity", "binding=context", "subject-use=none", "subject-used-by=none", "subject-org-ner=none",
                "subject-head-relation=unread", "subject-party-name=true", "candidate-rule+binding=entity-mentioned|context")) {
            assertTrue(features.contains(expected), expected + " not in " + features);
        }
        assertTrue(features.stream().anyMatch(f -> f.startsWith("subject-class=")), features.toString());
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
    void theShippedModelReadsAndNoPromotionIsTheDefaultWhenTheSettingIsEmpty() {
        assertTrue(CandidatePromotion.shipped().threshold() > 0);
        String promotion = System.getProperty("pactgraph.promotion");
        try {
            System.setProperty("pactgraph.promotion", " ");
            assertEquals("none", CandidatePromotion.mode());
            assertEquals("", CandidatePromotion.fingerprint());
            System.setProperty("pactgraph.promotion", "model");
            assertEquals(" promotion model", CandidatePromotion.fingerprint());
        } finally {
            restore("pactgraph.promotion", promotion);
        }
    }

    @Test
    void aSettingOtherThanNoneOrModelIsRefusedNamingWhereItCameFromAndCaseAndSpacesAside() {
        String promotion = System.getProperty("pactgraph.promotion");
        String reliability = System.getProperty("pactgraph.reliability");
        try {
            System.setProperty("pactgraph.promotion", " Model ");
            assertEquals("model", CandidatePromotion.mode());
            assertEquals(" promotion model", CandidatePromotion.fingerprint());
            System.setProperty("pactgraph.promotion", "fitted");
            PactGraphException e = assertThrows(PactGraphException.class, CandidatePromotion::mode);
            assertEquals("the system property pactgraph.promotion is 'fitted'; expected none or model", e.getMessage());
            assertTrue(e.hint().startsWith("unset it (no promotion is the default)"), e.hint());
            System.setProperty("pactgraph.reliability", "model");
            e = assertThrows(PactGraphException.class, RuleReliability::mode);
            assertEquals("the system property pactgraph.reliability is 'model'; expected none, fitted or classifier", e.getMessage());
        } finally {
            restore("pactgraph.promotion", promotion);
            restore("pactgraph.reliability", reliability);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) System.clearProperty(property);
        else System.setProperty(property, value);
    }

    @Test
    void aNameCountsAsSpelledOutOnlyBeforeTheAcronymItsInitialsMake() {
        String text = "Talks between the Alder Research Institute (ARI) and the Birch Foundation (XYZ) on robotics began in March.";
        Extraction e = new Extractor(KnownData.gazetteer(), SILENT_LAYER, RuleReliability.NONE, promoting("subject-spelled-out"))
                .extract(KnownData.document(text, "2031-03-07"));
        List<String> asserted = e.facts().stream().filter(f -> !f.isCandidate()).map(f -> f.subject().toString()).distinct().toList();
        List<String> candidates = e.facts().stream().filter(Fact::isCandidate).map(f -> f.subject().toString()).distinct().toList();
        assertTrue(asserted.contains("https://w3id.org/pactgraph/id/org/alder-research-institute"), asserted + " / " + candidates);
        assertFalse(asserted.contains("https://w3id.org/pactgraph/id/org/birch-foundation"), "XYZ is not its acronym: " + asserted);
    }
}
