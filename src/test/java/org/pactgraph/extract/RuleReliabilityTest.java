package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.pactgraph.PactGraphException;
import org.pactgraph.annotate.Annotator;
import org.pactgraph.eval.Evaluator;
import org.pactgraph.eval.Score;
import org.pactgraph.model.Pact;
import org.pactgraph.model.Prov;
import org.pactgraph.model.RelationType;

/** The table of rule reliability: how it is read, how it fails, and what it does to a rule's facts. */
class RuleReliabilityTest {
    private static final String TEXT = "Alder University and Birch University will partner on robotics.\n\n"
            + "Alder University and Birch University will also work together on quantum sensing.";
    private static final String RULE = "partnership-between";

    @Test
    void readsEachPairsCountsAndGivesItsPrecisionDrawnTowardsNinetyPercentByFourFacts() {
        RuleReliability table = RuleReliability.parse("t.tsv", "# fitted on nothing\n" + RuleReliability.HEADER + "\n"
                + "partnership-between\tpartnership\tknown\t10\t1\n# a comment between\nquote-speaker\tquote\tnew\t1\t0\n");
        assertEquals(Map.of(known(RULE, "partnership"), new RuleReliability.Counts(10, 1),
                new RuleReliability.Reading("quote-speaker", "quote", RuleReliability.NEW), new RuleReliability.Counts(1, 0)), table.counts());
        assertEquals(4.6 / 14, table.reliabilityOf(known(RULE, "partnership")), 1e-12);
        // One miss on one fact leaves a rule above the threshold; a reading the table lacks is not capped.
        RuleReliability.Reading quote = new RuleReliability.Reading("quote-speaker", "quote", RuleReliability.NEW);
        assertEquals(3.6 / 5, table.reliabilityOf(quote), 1e-12);
        assertTrue(table.reliabilityOf(quote) >= Confidence.THRESHOLD);
        assertEquals(1.0, table.reliabilityOf(known(RULE, "theme")));
        assertEquals(1.0, table.reliabilityOf(new RuleReliability.Reading(RULE, "partnership", RuleReliability.NEW)), "known and new are fitted apart");
        assertTrue(RuleReliability.smoothed(8, 4) < Confidence.THRESHOLD, "wrong half the time over eight facts");
    }

    @Test
    void aReadingExactlyOnTheThresholdOnPaperIsOnItAndStaysAsserted() {
        // (23 + 3.6) / (34 + 4) is 0.7 exactly; computed as 26.6 / 38 it would be a rounding away from it.
        assertEquals(Confidence.THRESHOLD, RuleReliability.smoothed(34, 23));
        assertTrue(RuleReliability.smoothed(35, 23) < Confidence.THRESHOLD);
    }

    @Test
    void writesWhatItReads() {
        RuleReliability table = RuleReliability.of(Map.of(known("visit", "event"), new RuleReliability.Counts(3, 2),
                known("meeting", "event"), new RuleReliability.Counts(5, 5)));
        String tsv = table.toTsv(List.of("fitted here"));
        assertEquals("# fitted here\n" + RuleReliability.HEADER + "\nmeeting\tevent\tknown\t5\t5\nvisit\tevent\tknown\t3\t2\n", tsv);
        assertEquals(table.counts(), RuleReliability.parse("again", tsv).counts());
    }

    @Test
    void aMalformedTableNamesTheSourceTheLineWhatWasFoundAndWhatWasExpected() {
        String header = "# provenance\n" + RuleReliability.HEADER + "\n";
        assertMalformed("t.tsv, line 3: found 'visit<tab>event<tab>known<tab>ten<tab>1', expected whole numbers found >= 1 and 0 <= correct <= found",
                header + "visit\tevent\tknown\tten\t1\n");
        assertMalformed("t.tsv, line 3: found 'visit<tab>event<tab>new<tab>2<tab>3', expected whole numbers", header + "visit\tevent\tnew\t2\t3\n");
        assertMalformed("t.tsv, line 3: found 'visit<tab>meetings<tab>known<tab>2<tab>1', expected five tab-separated cells: a rule name, a relation type of "
                + RelationType.ALL + ", known or new", header + "visit\tmeetings\tknown\t2\t1\n");
        assertMalformed("t.tsv, line 3: found 'visit<tab>event<tab>old<tab>2<tab>1', expected five tab-separated cells", header + "visit\tevent\told\t2\t1\n");
        assertMalformed("t.tsv, line 3: found 'visit event known 2 1', expected five tab-separated cells", header + "visit event known 2 1\n");
        assertMalformed("t.tsv, line 4: found 'visit<tab>event<tab>new<tab>2<tab>2', expected each (rule, relation, names) reading once",
                header + "visit\tevent\tnew\t2\t1\nvisit\tevent\tnew\t2\t2\n");
        assertMalformed("t.tsv, line 2: found 'visit<tab>event<tab>new<tab>2<tab>1', expected the header 'rule<tab>relation<tab>names<tab>found<tab>correct'",
                "# no header\nvisit\tevent\tnew\t2\t1\n");
        assertMalformed("t.tsv, line 2: found '', expected the header", "# nothing but a comment\n");
    }

    private static void assertMalformed(String start, String text) {
        PactGraphException e = assertThrows(PactGraphException.class, () -> RuleReliability.parse("t.tsv", text));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
        assertTrue(e.hint().contains("--fit-reliability"), e.hint());
    }

    @Test
    void aMalformedOrMissingTableOnTheClasspathIsNamed() {
        String resource = "org/pactgraph/extract/malformed-rule-reliability.tsv";
        PactGraphException e = assertThrows(PactGraphException.class, () -> RuleReliability.fromClasspath(resource));
        assertTrue(e.getMessage().startsWith(resource + ", line 3: found 'visit<tab>event<tab>known<tab>3', expected five tab-separated cells"), e.getMessage());
        PactGraphException missing = assertThrows(PactGraphException.class, () -> RuleReliability.fromClasspath("org/pactgraph/extract/none.tsv"));
        assertEquals("The rule reliability table org/pactgraph/extract/none.tsv is not on the classpath", missing.getMessage());
    }

    @Test
    void theBuildsTableReads() {
        RuleReliability.fitted().counts().forEach((reading, counts) -> assertTrue(counts.found() >= 1, reading.toString()));
    }

    @Test
    void aRuleRightOnceInTenHasItsFactsReviewedWithTheirEvidenceAndOneRightTenTimesInTenKeepsThemAsserted() {
        List<Fact> raw = partnerships(extract(RuleReliability.NONE));
        assertFalse(raw.isEmpty(), "the rule finds the partnerships of the text");
        assertTrue(raw.stream().noneMatch(Fact::isCandidate), raw.toString());

        Extraction unreliable = extract(table(10, 1));
        List<Fact> reviewed = partnerships(unreliable);
        assertEquals(raw.size(), reviewed.size());
        for (Fact f : reviewed) {
            assertTrue(f.isCandidate(), f.toString());
            assertEquals(4.6 / 14, f.confidence(), 1e-12);
            assertTrue(f.evidence().text().contains("Alder University"), f.evidence().text());
        }
        Triple partner = reviewed.get(0).triple();
        assertTrue(unreliable.candidateTriples().contains(partner) && !unreliable.triples().contains(partner));
        // In the document graph it is only an evidence node marked for review, pointing at its sentence.
        Graph graph = new StatementMapper().toGraph(unreliable);
        assertFalse(graph.contains(partner));
        List<Node> evidence = graph.find(Node.ANY, RDF.object.asNode(), partner.getObject()).mapWith(Triple::getSubject)
                .filterKeep(e -> graph.contains(e, RDF.subject.asNode(), partner.getSubject())
                        && graph.contains(e, RDF.predicate.asNode(), partner.getPredicate())).toList();
        assertEquals(1, evidence.size(), evidence.toString());
        assertTrue(graph.contains(evidence.get(0), Pact.needsReview.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        assertTrue(graph.contains(evidence.get(0), Prov.wasDerivedFrom.asNode(), Node.ANY));

        List<Fact> kept = partnerships(extract(table(10, 10)));
        assertEquals(raw, kept, "a pair more reliable than its binding leaves the binding's confidence");
    }

    @Test
    void theBuildsTableOnlySendsFactsToReviewAndAssertsNothingTheRawRulesDoNotAssert() {
        List<Evaluator.Case> cases = Evaluator.cases(Path.of("src/test/resources/extract/gold"),
                List.of(Path.of("data"), Path.of("src/test/resources/extract/corpus")));
        Score raw = score(cases, RuleReliability.NONE);
        Score capped = score(cases, RuleReliability.fitted());
        int rawFound = raw.truePositives() + raw.falsePositives();
        int cappedFound = capped.truePositives() + capped.falsePositives();
        assertTrue(cappedFound <= rawFound, cappedFound + " asserted with the table, " + rawFound + " without");
        assertTrue(capped.falsePositives() <= raw.falsePositives(), capped + " against " + raw);
    }

    private static Score score(List<Evaluator.Case> cases, RuleReliability table) {
        Evaluator evaluator = new Evaluator(KnownData.gazetteer(),
                new Extractor(KnownData.gazetteer(), Annotator.NONE, table));
        return cases.stream().map(evaluator::score).map(Evaluator.DocumentScore::overall)
                .reduce(Score.EMPTY, Score::plus);
    }

    @Test
    void aPartnershipWhosePartnersGoToReviewGoesWithThemWithEverythingSaidOfIt(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        new org.pactgraph.generate.CorpusGenerator().generate(new org.pactgraph.generate.CorpusGenerator.Settings(40, 7, tmp));
        List<Path> texts;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(tmp)) {
            texts = files.filter(f -> f.toString().endsWith(".md") && f.toString().contains("announcements")).sorted().toList();
        }
        // A table that finds minted partnerships unreliable (whatever the build's table says of them today).
        Extractor extractor = new Extractor(KnownData.gazetteer(), Annotator.NONE, table(10, 1));
        int held = 0;
        for (Path text : texts) {
            Extraction e = extractor.extract(org.pactgraph.load.DocumentReader.read(text));
            java.util.Set<Triple> asserted = e.triples();
            for (Triple t : asserted) {
                Node item = t.getPredicate().equals(Pact.partner.asNode()) ? null
                        : t.getSubject().getURI().startsWith(org.pactgraph.model.Iris.id(org.pactgraph.model.Iris.Kind.PARTNERSHIP, "")) ? t.getSubject()
                        : t.getObject().isURI() && t.getObject().getURI().startsWith(org.pactgraph.model.Iris.id(org.pactgraph.model.Iris.Kind.PARTNERSHIP, "")) ? t.getObject() : null;
                if (item == null || !e.facts().stream().anyMatch(f -> f.subject().equals(item) && f.predicate().equals(Pact.needsReview.asNode()))) continue;
                long partners = asserted.stream().filter(a -> a.getSubject().equals(item) && a.getPredicate().equals(Pact.partner.asNode())).count();
                assertTrue(partners >= 2, text + ": " + t + " is asserted of a partnership with " + partners + " asserted partners");
            }
            held += (int) e.facts().stream().filter(f -> f.predicate().equals(Pact.partner.asNode()) && f.isCandidate()).count();
        }
        assertTrue(held > 0, "the generated texts' partnerships of minted universities go to review with a table that finds them unreliable");
    }

    @Test
    void aPartnershipOfAKnownAndANewBodyNamedInTwoSentencesGoesToReviewWithItsNewPartner() {
        Extraction e = new Extractor(KnownData.gazetteer(), Annotator.NONE, table(10, 1)).extract(KnownData.document(
                "Keio University and Quillon University will partner on optics.\n\n"
                        + "Keio University and Quillon University will also partner on photonics.", "2031-03-07"));
        List<Fact> facts = partnerships(e);
        assertTrue(facts.size() >= 4, "each sentence states both partners: " + facts);
        Node partnership = facts.get(0).subject();
        assertTrue(e.facts().stream().filter(f -> f.subject().equals(partnership) || f.object().equals(partnership)).allMatch(Fact::isCandidate),
                "the known partner's two facts do not keep the partnership standing: " + e.facts());
    }

    @Test
    void aPartnershipBetweenBodiesTheReferenceDataKnowsIsFittedApartFromOneWithMintedNames() {
        Extraction known = new Extractor(KnownData.gazetteer(), Annotator.NONE, table(10, 1))
                .extract(KnownData.document("Keio University and Purdue University will partner on optics.", "2031-03-07"));
        List<Fact> facts = partnerships(known);
        assertFalse(facts.isEmpty(), known.facts().toString());
        assertTrue(facts.stream().noneMatch(Fact::isCandidate), "the known reading is reliable in the table: " + facts);
        assertTrue(partnerships(extract(table(10, 1))).stream().allMatch(Fact::isCandidate), "the new reading is not");
    }

    @Test
    void aFundingTotalWhoseMintedFunderGoesToReviewGoesWithIt() {
        String text = "The partnership between Keio University and Purdue University is supported by $5 million from the Quillon Foundation.";
        Extraction raw = new Extractor(KnownData.gazetteer(), Annotator.NONE, RuleReliability.NONE).extract(KnownData.document(text, "2031-03-07"));
        assertTrue(raw.triples().stream().anyMatch(t -> t.getPredicate().equals(Pact.funder.asNode())), "the raw rules read the funder: " + raw.facts());
        // A table that finds a minted funder's funding statements unreliable, and the rest of the total reliable.
        RuleReliability unsureOfNewFunders = RuleReliability.of(Map.of(
                new RuleReliability.Reading("funding-from", "funding", RuleReliability.NEW), new RuleReliability.Counts(10, 1),
                known("funding-from", "funding"), new RuleReliability.Counts(10, 10)));
        Extraction e = new Extractor(KnownData.gazetteer(), Annotator.NONE, unsureOfNewFunders).extract(KnownData.document(text, "2031-03-07"));
        java.util.Set<Triple> asserted = e.triples();
        assertTrue(asserted.stream().noneMatch(t -> t.getObject().equals(Pact.FundingTotal.asNode())),
                "no total is asserted without its funder: " + asserted);
        assertTrue(e.candidateTriples().stream().anyMatch(t -> t.getObject().equals(Pact.FundingTotal.asNode())), "the total waits in review: " + e.facts());
    }

    private static RuleReliability table(int found, int correct) {
        // The text's universities are not in the reference data: the partnerships rest on names the document minted.
        return RuleReliability.of(Map.of(new RuleReliability.Reading(RULE, "partnership", RuleReliability.NEW), new RuleReliability.Counts(found, correct),
                known(RULE, "partnership"), new RuleReliability.Counts(10, 10)));
    }

    private static RuleReliability.Reading known(String rule, String relation) {
        return new RuleReliability.Reading(rule, relation, RuleReliability.KNOWN);
    }

    private static Extraction extract(RuleReliability table) {
        return new Extractor(KnownData.gazetteer(), Annotator.NONE, table).extract(KnownData.document(TEXT, "2031-03-07"));
    }

    private static List<Fact> partnerships(Extraction extraction) {
        return extraction.facts().stream().filter(f -> f.rule().equals(RULE) && RelationType.of(f.triple()).equals("partnership")).toList();
    }
}
