package org.pactgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Namespaces;
import org.pactgraph.model.Pact;

/**
 * Aligned matching on small invented graphs ({@code src/test/resources/eval/aligned/<case>/}: a
 * gold.ttl, a found.ttl, and expected.txt with the renamings and the strict and aligned counts):
 * it forgives the writer's naming of minted nodes, and gives no credit beyond that.
 */
class AlignedMatchingTest {
    private static final Path CASES = Path.of("src/test/resources/eval/aligned");
    private static final PrefixMapping PREFIXES = Namespaces.standard();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static Set<Triple> gold(String name) {
        return GoldStandard.read(CASES.resolve(name).resolve("gold.ttl"));
    }

    private static Set<Triple> found(String name) {
        return GoldStandard.read(CASES.resolve(name).resolve("found.ttl"));
    }

    private static Evaluator.DocumentScore score(String name, Matching matching) {
        Set<Triple> gold = gold(name);
        Set<Triple> found = found(name);
        Alignment alignment = matching.align(name, found, found, gold);
        return Evaluator.compare(name, gold, alignment.rename(found), Set.of(), Map.of(), alignment);
    }

    private static Map<Node, Node> renamed(String name) {
        return score(name, Matching.ALIGNED).renamed();
    }

    private static Node iri(String kind, String slug) {
        return NodeFactory.createURI(Iris.ID_BASE + kind + "/" + slug);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesEachCaseItsExpectedRenamingsAndCounts(String name) throws IOException {
        StringBuilder out = new StringBuilder();
        score(name, Matching.ALIGNED).renamed().forEach((from, to) ->
                out.append("aligned ").append(PREFIXES.shortForm(from.getURI())).append(" as ").append(PREFIXES.shortForm(to.getURI())).append('\n'));
        for (Matching m : Matching.values()) {
            Score s = score(name, m).overall();
            out.append(String.format("%-7s expected %d found %d correct %d%n", m.label(), s.truePositives() + s.falseNegatives(),
                    s.truePositives() + s.falsePositives(), s.truePositives()));
        }
        assertEquals(Files.readString(CASES.resolve(name).resolve("expected.txt")), out.toString());
    }

    @Test
    void alignsARenumberedStatementByItsQuotationAndSpeaker() {
        assertEquals(Map.of(iri("statement", "quarry-1"), iri("statement", "quarry-2")), renamed("renumbered-statement"));
        assertTrue(score("renumbered-statement", Matching.ALIGNED).spurious().isEmpty());
    }

    @Test
    void alignsAPartnershipOfTheSamePartnersGivenAnotherYear() {
        assertEquals(Map.of(iri("partnership", "larkfield-university-tollan-labs-2024"), iri("partnership", "larkfield-university-tollan-labs-2023")),
                renamed("partnership-other-year"));
        // Its label is another name: still wrong after the renaming.
        Set<Triple> spurious = score("partnership-other-year", Matching.ALIGNED).spurious();
        assertEquals(1, spurious.size(), spurious.toString());
        assertEquals(RDFS.label.asNode(), spurious.iterator().next().getPredicate());
    }

    @Test
    void neverAlignsAMintedPersonOfAnotherNameWithNoSharedStatementThoughTypeAndReviewMarkAgree() {
        assertEquals(Map.of(), renamed("person-other-name"));
        assertEquals(0, score("person-other-name", Matching.ALIGNED).overall().truePositives());
    }

    @Test
    void alignsAnAgencyMintedByItsInitialsThroughThePartnershipBothNameAsPartner() {
        assertEquals(Map.of(iri("partnership", "hpa-kell-university-2020"), iri("partnership", "kell-university-us-harbor-protection-agency-2020"),
                iri("org", "hpa"), iri("org", "us-harbor-protection-agency")), renamed("acronym-partner"));
    }

    @Test
    void neverAlignsAnotherThemeOfTheSamePartnershipNorAnotherSpeakerOfTheSameQuotation() {
        assertEquals(Map.of(), renamed("wrong-theme"));
        assertEquals(Map.of(), renamed("wrong-speaker"));
    }

    @Test
    void neverAlignsANamedPersonOfAnotherNameHoldingTheGoldPersonsPostAndSpeakingTheQuotation() {
        assertEquals(Map.of(), renamed("other-person-same-post"));
        Evaluator.DocumentScore score = score("other-person-same-post", Matching.ALIGNED);
        assertTrue(score.spurious().contains(Triple.create(iri("statement", "dock-1"), Pact.speaker.asNode(), iri("person", "mira-sol"))),
                score.spurious().toString());
    }

    @Test
    void neverRenamesAReferenceNodeNorMakesOneATarget() {
        assertEquals(Map.of(), renamed("reference-never-renamed"));
        Set<Triple> spurious = score("reference-never-renamed", Matching.ALIGNED).spurious();
        Node partnership = iri("partnership", "hollis-institute-vantor-agency-2022");
        assertTrue(spurious.contains(Triple.create(partnership, Pact.partner.asNode(), iri("org", "orrin-council"))), spurious.toString());
        assertTrue(spurious.contains(Triple.create(partnership, Pact.partner.asNode(), iri("org", "hollis"))), spurious.toString());
    }

    @Test
    void pairsTwoFoundNodesNeverWithOneGoldNode() {
        Map<Node, Node> renamed = renamed("one-to-one");
        assertEquals(Map.of(iri("theme", "robotics-tidal"), iri("theme", "tidal-robotics")), renamed);
        Evaluator.DocumentScore score = score("one-to-one", Matching.ALIGNED);
        assertTrue(score.spurious().contains(Triple.create(iri("partnership", "keswin-university-marl-robotics-2025"), Pact.hasTheme.asNode(),
                iri("theme", "the-tidal-robotics"))), score.spurious().toString());
    }

    @Test
    void letsTheAmountOfARenumberedFundingFollowIt() {
        Evaluator.DocumentScore score = score("renumbered-funding", Matching.ALIGNED);
        assertTrue(score.spurious().isEmpty(), score.spurious().toString());
        assertTrue(score.missed().stream().allMatch(t -> t.getSubject().getURI().contains("brine-1")), score.missed().toString());
    }

    @Test
    void strictMatchingRenamesNothingAndCountsTheStatementsBothHold() throws IOException {
        for (String name : cases().toList()) {
            Evaluator.DocumentScore score = score(name, Matching.STRICT);
            Set<Triple> both = new HashSet<>(found(name));
            both.retainAll(gold(name));
            assertEquals(Map.of(), score.renamed(), name);
            assertEquals(both.size(), score.overall().truePositives(), name);
        }
    }

    @Test
    void givesTheSameAlignmentWhateverTheOrderOfTheStatements() throws IOException {
        for (String name : cases().toList()) {
            List<Triple> reversed = new ArrayList<>(found(name));
            Collections.reverse(reversed);
            Set<Triple> found = new LinkedHashSet<>(reversed);
            assertEquals(renamed(name), Matching.ALIGNED.align(name, found, found, gold(name)).renamed(), name);
        }
    }

    @Test
    void refusesADocumentOfMoreMintedPairsThanItWeighsNamingItAndTheWayOut() {
        Set<Triple> found = new LinkedHashSet<>();
        Set<Triple> gold = new LinkedHashSet<>();
        for (int i = 0; i < 150; i++) {
            found.add(Triple.create(iri("statement", "huge-f" + i), Pact.quote.asNode(), NodeFactory.createLiteralString("f" + i)));
            gold.add(Triple.create(iri("statement", "huge-g" + i), Pact.quote.asNode(), NodeFactory.createLiteralString("g" + i)));
        }
        EvaluationException e = org.junit.jupiter.api.Assertions.assertThrows(EvaluationException.class,
                () -> Matching.ALIGNED.align("huge.ttl", found, found, gold));
        assertEquals("Aligned matching of huge.ttl would weigh 22500 pairs of minted nodes, more than 20000 (150 minted nodes found)"
                + " - score a document this large with --match strict", e.oneLine());
        assertEquals(Map.of(), Matching.STRICT.align("huge.ttl", found, found, gold).renamed());
    }

    @Test
    void refusesADocumentOfMoreStatementsThanItWeighsThoughFewPairsNamingItAndTheWayOut() {
        Set<Triple> found = new LinkedHashSet<>();
        Set<Triple> gold = new LinkedHashSet<>();
        for (int i = 0; i < 2_501; i++) {
            found.add(Triple.create(iri("person", "ria-dorn"), Pact.holdsPost.asNode(), iri("post", "warden-" + i)));
            gold.add(Triple.create(iri("person", "ria-dorn-2"), Pact.holdsPost.asNode(), iri("post", "warden-" + i)));
        }
        found.add(Triple.create(iri("person", "ria-dorn"), Pact.needsReview.asNode(), NodeFactory.createLiteralByValue(true)));
        gold.add(Triple.create(iri("person", "ria-dorn-2"), Pact.needsReview.asNode(), NodeFactory.createLiteralByValue(true)));
        EvaluationException e = org.junit.jupiter.api.Assertions.assertThrows(EvaluationException.class,
                () -> Matching.ALIGNED.align("posts.ttl", found, found, gold));
        assertEquals("Aligned matching of posts.ttl would weigh 5004 statements, more than 5000 (2502 found, 2502 gold)"
                + " - score a document this large with --match strict", e.oneLine());
        // Four found statements fewer, at the limit: aligned, the two nameless people pair on their posts.
        found.removeIf(t -> t.getObject().isURI() && Set.of("warden-0", "warden-1", "warden-2", "warden-3").contains(t.getObject().getLocalName()));
        assertEquals(Map.of(iri("person", "ria-dorn"), iri("person", "ria-dorn-2")), Matching.ALIGNED.align("posts.ttl", found, found, gold).renamed());
    }

    @Test
    void marksAFoundNodeWhoseIriAnotherFoundNodeTookAsUnaligned() {
        Node taken = iri("theme", "tidal-robotics");
        Alignment alignment = new Alignment(Map.of(iri("theme", "robotics-tidal"), taken));
        Triple t = Triple.create(taken, Pact.needsReview.asNode(), NodeFactory.createLiteralString("x"));
        assertEquals(taken.getURI() + "#unaligned", alignment.rename(t).getSubject().getURI());
    }

    @Test
    void spellsNamesAlikeWhateverTheirCaseThePunctuationALeadingTheAndTheUnitedStates() {
        String key = ScoringNameKey.of("U.S. Environmental Protection Agency");
        assertEquals("us environmental protection agency", key);
        assertEquals(key, ScoringNameKey.of("The United States Environmental Protection Agency"));
        assertEquals(key, ScoringNameKey.of("US Environmental-Protection Agency"));
        assertEquals("us eu partnership", ScoringNameKey.of("U.S.-EU partnership"));
        assertEquals("theodore quill", ScoringNameKey.of("Theodore Quill"));
    }

    @Test
    void relatesNamesWhenTheTwoOrMoreWordsOfOneAreMostOfTheOtherOrOneIsTheInitialsOfTheOther() {
        assertTrue(ScoringNameKey.related("epa", ScoringNameKey.of("U.S. Environmental Protection Agency")));
        assertTrue(ScoringNameKey.related("usgs", ScoringNameKey.of("U.S. Geological Survey")));
        assertTrue(ScoringNameKey.related(ScoringNameKey.of("Road Bureau"), ScoringNameKey.of("Road Bureau of the Ministry")));
        assertTrue(ScoringNameKey.related(ScoringNameKey.of("Road Bureau of the Ministry"), ScoringNameKey.of("Road Bureau")));
        // Two words of four, or one word, say too little of which body it is.
        assertTrue(!ScoringNameKey.related(ScoringNameKey.of("Road Bureau"), ScoringNameKey.of("Road Bureau of the Ministry of Land")));
        assertTrue(!ScoringNameKey.related(ScoringNameKey.of("Harbour Office"), ScoringNameKey.of("Kell Patent and Harbour Office")));
        assertTrue(!ScoringNameKey.related(ScoringNameKey.of("Office of Research"), ScoringNameKey.of("KV Office of Research and Development")));
        assertTrue(!ScoringNameKey.related(ScoringNameKey.of("U.S."), ScoringNameKey.of("U.S. Geological Survey")));
        assertTrue(!ScoringNameKey.related(ScoringNameKey.of("Survey"), ScoringNameKey.of("Geological Survey")));
        assertTrue(!ScoringNameKey.related(ScoringNameKey.of("Department of Energy"), ScoringNameKey.of("Department of the Interior")));
        assertTrue(!ScoringNameKey.related(ScoringNameKey.of("Coastal law"), ScoringNameKey.of("Drone mapping")));
        assertTrue(!ScoringNameKey.related(ScoringNameKey.of("of the"), ScoringNameKey.of("Office of the Secretary")));
    }
}
