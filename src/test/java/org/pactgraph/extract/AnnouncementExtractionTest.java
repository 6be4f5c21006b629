package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactgraph.load.DocumentReader;
import org.pactgraph.model.Pact;

/** The extractor on the announcement in data/: the facts its readers ask for first (the gold standard test scores all). */
class AnnouncementExtractionTest {
    private static final String ID = "https://w3id.org/pactgraph/id/";
    private static Extraction extraction;

    private static final String[] REFERENCE_WITHOUT_PARTNERSHIPS = {"ontology/pactgraph.ttl", "data/reference/organizations.ttl",
        "data/reference/people.ttl", "data/reference/places.ttl", "data/reference/themes.ttl", "data/reference/initiatives.ttl"};

    @BeforeAll
    static void extract() {
        extraction = extractWith("data/reference/partnerships.ttl");
    }

    private static Extraction extractWith(String... more) {
        Graph known = GraphFactory.createDefaultGraph();
        for (String f : REFERENCE_WITHOUT_PARTNERSHIPS) RDFDataMgr.read(known, f);
        for (String f : more) RDFDataMgr.read(known, f);
        Document doc = DocumentReader.read(Path.of("data/announcements/2024-04-09-us-japan-ai-partnerships.md"));
        return new Extractor(Gazetteer.of(known)).extract(doc);
    }

    private static Set<String> objects(String subject, Node predicate) {
        return objects(extraction, subject, predicate);
    }

    private static Set<String> objects(Extraction extraction, String subject, Node predicate) {
        return extraction.triples().stream()
                .filter(t -> t.getSubject().getURI().equals(subject) && t.getPredicate().equals(predicate))
                .map(t -> t.getObject().isURI() ? t.getObject().getURI().substring(ID.length()) : t.getObject().getLiteralLexicalForm())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void findsBothPartnershipsWithTheirPartners() {
        assertEquals(Set.of("org/university-of-washington", "org/university-of-tsukuba"),
                objects(ID + "partnership/uw-tsukuba-ai-2024", Pact.partner.asNode()));
        assertEquals(Set.of("org/carnegie-mellon-university", "org/keio-university"),
                objects(ID + "partnership/cmu-keio-ai-2024", Pact.partner.asNode()));
    }

    @Test
    void findsTheThreeAnnouncingOfficialsButNotThePrimeMinisterWhoseVisitItWas() {
        assertEquals(Set.of("person/gina-raimondo", "person/rahm-emanuel", "person/moriyama-masahito"),
                objects(ID + "announcement/2024-04-09-us-japan-ai-partnerships", Pact.announcedBy.asNode()));
    }

    @Test
    void findsEveryFunderNamedAfterTheAmount() {
        String funding = extraction.triples().stream()
                .filter(t -> t.getPredicate().equals(Pact.funder.asNode()))
                .map(t -> t.getSubject().getURI()).findFirst().orElseThrow();
        assertEquals(Set.of("org/nvidia", "org/amazon", "org/arm", "org/softbank-group", "org/microsoft",
                "org/consortium-of-nine-japanese-companies"), objects(funding, Pact.funder.asNode()));
        String amount = extraction.triples().stream()
                .filter(t -> t.getSubject().getURI().equals(funding) && t.getPredicate().equals(Pact.statedAmount.asNode()))
                .map(t -> t.getObject().getURI()).findFirst().orElseThrow();
        assertEquals(Set.of("110000000"), objects(amount, Pact.value.asNode()));
    }

    /**
     * The reference data's partnership shares are parts of the announcement's two totals
     * (pact:shareOf), so the extractor gives those totals as stated amounts, which sums do not
     * read; without those shares each total is money of its own (pact:amount).
     */
    @Test
    void givesATotalThatTheReferenceDataSplitsAsAStatedAmountAndOtherwiseAsAnAmount() {
        Extraction alone = extractWith();
        for (String n : new String[] {"1", "2"}) {
            String total = ID + "funding/2024-04-09-us-japan-ai-partnerships-" + n;
            assertEquals(Set.of("funding/2024-04-09-us-japan-ai-partnerships-" + n + "#amount"), objects(total, Pact.statedAmount.asNode()));
            assertEquals(Set.of(), objects(total, Pact.amount.asNode()));
            assertEquals(Set.of("funding/2024-04-09-us-japan-ai-partnerships-" + n + "#amount"), objects(alone, total, Pact.amount.asNode()));
            assertEquals(Set.of(), objects(alone, total, Pact.statedAmount.asNode()));
        }
    }

    @Test
    void findsTheFiveCmuKeioThemesFromTheListAfterTheColonWithoutTheUmbrellaThemeAboveThem() {
        assertEquals(Set.of("theme/multimodal-and-multilingual-learning", "theme/embodied-ai",
                        "theme/autonomous-ai-symbiosis-with-humans", "theme/life-sciences", "theme/ai-for-scientific-discovery"),
                objects(ID + "partnership/cmu-keio-ai-2024", Pact.hasTheme.asNode()));
    }

    @Test
    void linksThePartnershipsToTheAiInitiative() {
        assertEquals(Set.of("initiative/us-japan-ai-2024"), objects(ID + "partnership/uw-tsukuba-ai-2024", Pact.partOfInitiative.asNode()));
        assertEquals(Set.of("3"), objects(ID + "initiative/us-japan-ai-2024", Pact.ordinal.asNode()));
    }

    @Test
    void everyFactPointsAtTheSentenceThatSupportsIt() {
        String raw = extraction.document().rawText();
        for (Fact f : extraction.facts()) {
            String span = raw.substring(f.evidence().rawBegin(), f.evidence().rawEnd());
            assertTrue(span.length() > 10, "span of " + f);
        }
        Node uw = NodeFactory.createURI(ID + "org/university-of-washington");
        assertTrue(extraction.facts().stream()
                .filter(f -> f.object().equals(uw))
                .anyMatch(f -> f.evidence().text().contains("between the University of Washington and the University of Tsukuba")));
    }
}
