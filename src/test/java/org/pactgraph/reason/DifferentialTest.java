package org.pactgraph.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactgraph.TestData;
import org.pactgraph.generate.InstanceGenerator;
import org.pactgraph.store.TdbStore;

/**
 * The materialisation against an independent reasoner: HermiT (a DL reasoner, through the OWL
 * API) on the project's data, on seeded random data over the project's ontology, and on each
 * construct's fixture. Compared on what both answer: class assertions of named classes, object
 * property assertions and owl:sameAs between named individuals; both ways, so that a missed
 * entailment and an unsound one both fail. Left out of the comparison: the evidence nodes of
 * extracted facts (rdf:Statement reification, to which OWL 2 DL gives no meaning), literals
 * (data property values), and types to anonymous class expressions. No entailment had to be
 * excluded: the inputs are such that OWL 2 DL's reasoning by cases (a union as a domain, as
 * pact:hasTheme's) never concludes a named type, which is where HermiT would go beyond OWL 2 RL.
 */
class DifferentialTest {
    @Test
    void agreesWithHermitOnTheProjectData() throws Exception {
        DatasetGraph store = TdbStore.at(TestData.loadedStore()).open();
        Set<Node> reification = Set.of(RDF.subject.asNode(), RDF.predicate.asNode(), RDF.object.asNode());
        Graph asserted = GraphFactory.createDefaultGraph();
        try {
            Txn.executeRead(store, () -> new AssertedGraph(store).find().forEachRemaining(t -> {
                if (!reification.contains(t.getPredicate()) && !t.getObject().equals(RDF.Statement.asNode())) asserted.add(t);
            }));
        } finally {
            TdbStore.close(store);
        }
        compare(asserted, 1000);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void agreesWithHermitOnRandomDataOverTheOntology(long seed) throws Exception {
        Graph ontology = GraphFactory.createDefaultGraph();
        RDFParser.source(ReasonFixtures.PROJECT_ONTOLOGY).parse(ontology);
        Graph data = new InstanceGenerator(ontology).generate(3000, seed);
        Graph all = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(all::add);
        data.find().forEachRemaining(all::add);
        compare(all, 1000);
    }

    static java.util.stream.Stream<String> fixtures() {
        return EntailmentFixturesTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("fixtures")
    void agreesWithHermitOnEachConstructsFixture(String name) throws Exception {
        DatasetGraph dsg = ReasonFixtures.dataset(java.nio.file.Path.of("src/test/resources/reason/entailment", name), false);
        Graph all = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> all.add(q.asTriple()));
        compare(all, 1);
    }

    /** Same answers on the fragment, and at least {@code least} of them, so that the test means something. */
    private static void compare(Graph asserted, int least) throws Exception {
        Materialization m = new Materializer().materialize(asserted);
        assertEquals(List.of(), m.clashes());
        HermitEntailments hermit = new HermitEntailments(asserted);
        assertTrue(hermit.consistent, "HermiT finds the data inconsistent");
        Set<String> ours = new TreeSet<>();
        for (Graph g : List.of(asserted, m.inferred())) {
            g.find().forEachRemaining(t -> {
                if (hermit.inFragment(t)) ours.add(t.toString());
            });
        }
        Set<String> theirs = new TreeSet<>();
        hermit.entailed.stream().map(Triple::toString).forEach(theirs::add);
        Set<String> missed = new TreeSet<>(theirs);
        missed.removeAll(ours);
        Set<String> extra = new TreeSet<>(ours);
        extra.removeAll(theirs);
        assertEquals(Set.of(), missed, "HermiT entails these, the materialisation does not");
        assertEquals(Set.of(), extra, "the materialisation has these, HermiT does not entail them");
        assertTrue(theirs.size() >= least, "only " + theirs.size() + " answers compared");
    }
}
