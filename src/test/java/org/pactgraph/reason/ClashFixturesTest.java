package org.pactgraph.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Namespaces;

/**
 * One fixture per kind of contradiction (src/test/resources/reason/clash/KIND/): the data and
 * maybe a user's axioms, and the expected report, which names the resources, the rule, the
 * axiom, and explains each clashing fact down to its file, sentence or curated source.
 */
class ClashFixturesTest {
    private static final Path ROOT = Path.of("src/test/resources/reason/clash");

    static Stream<String> cases() {
        return ReasonFixtures.cases(ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheClashWithItsAxiomFactsAndSources(String name) {
        Path dir = ROOT.resolve(name);
        DatasetGraph dsg = ReasonFixtures.dataset(dir);
        Materialization m = ReasonFixtures.materialize(dsg);
        assertFalse(m.consistent(), name + " should contradict the ontology");
        String report = ConsistencyReport.render(m.clashes(), m.schema(), new DatasetFacts(dsg, (g, t) -> fileOf(dir, g)), Namespaces.standard());
        Path expected = dir.resolve("expected.txt");
        if (!Files.exists(expected)) System.out.println("=== " + name + "\n" + report);
        assertTrue(Files.exists(expected), "every clash fixture has its expected report: " + expected);
        assertEquals(ReasonFixtures.read(expected).stripTrailing(), report);
    }

    private static String fileOf(Path dir, Node graph) {
        return graph.getURI().equals(Iris.ONTOLOGY_GRAPH) ? null : dir.resolve("data.trig").toString();
    }
}
