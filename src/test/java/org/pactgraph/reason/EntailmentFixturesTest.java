package org.pactgraph.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per OWL construct (src/test/resources/reason/entailment/CASE/): a user's ontology,
 * data, the triples that must be inferred ({@code expected.ttl}) and, where OWL 2 RL must not
 * go further, triples that must not ({@code absent.ttl}). Every inferred triple must also be
 * explained down to asserted triples, which checks the backward rules against the forward ones.
 */
class EntailmentFixturesTest {
    private static final Path ROOT = Path.of("src/test/resources/reason/entailment");

    static Stream<String> cases() {
        return ReasonFixtures.cases(ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void infersWhatTheConstructEntailsAndNoMore(String name) {
        Path dir = ROOT.resolve(name);
        DatasetGraph dsg = ReasonFixtures.dataset(dir, false);
        Materialization m = ReasonFixtures.materialize(dsg);
        assertEquals(List.of(), m.clashes(), "the fixture is consistent");
        List<String> missing = triples(dir.resolve("expected.ttl")).stream().filter(t -> !m.inferred().contains(t)).map(Triple::toString).toList();
        assertEquals(List.of(), missing, "entailed triples that were not inferred");
        if (Files.exists(dir.resolve("absent.ttl"))) {
            List<String> wrong = triples(dir.resolve("absent.ttl")).stream().filter(t -> m.inferred().contains(t)).map(Triple::toString).toList();
            assertEquals(List.of(), wrong, "triples OWL 2 RL does not entail");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void explainsEveryInferredTripleDownToAssertedOnes(String name) {
        DatasetGraph dsg = ReasonFixtures.dataset(ROOT.resolve(name), false);
        Materialization m = ReasonFixtures.materialize(dsg);
        DatasetFacts facts = new DatasetFacts(dsg);
        Explainer explainer = new Explainer(m.schema(), facts);
        Txn.executeRead(dsg, () -> {
            for (Triple t : m.inferred().find().toList()) {
                Derivation d = explainer.explain(t).orElse(null);
                assertTrue(d != null, "no explanation for " + t);
                assertTrue(!d.isAsserted() && d.leaves().stream().allMatch(l -> facts.isAsserted(l.triple())), "explanation of " + t);
            }
        });
    }

    private static List<Triple> triples(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(g);
        return g.find().toList();
    }
}
