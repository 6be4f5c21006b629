package org.pactgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactgraph.model.Namespaces;

/**
 * Each shape of ontology/shapes.ttl against its failing fixture,
 * src/test/resources/validate/SHAPE/invalid.ttl: the fixture must break that shape and no other.
 * The fixtures lean on base.ttl; valid.ttl holds one valid instance of everything checked.
 */
class ShapeFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/validate");
    private static final String SHAPES_NS = "https://w3id.org/pactgraph/shapes#";
    private static final Graph SHAPES = RDFDataMgr.loadGraph("ontology/shapes.ttl");
    private static final ShapesValidator VALIDATOR = new ShapesValidator(SHAPES, Namespaces.standard());

    static Stream<String> shapesWithFixtures() throws IOException {
        try (var dirs = Files.list(FIXTURES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "shape:{0}")
    @MethodSource("shapesWithFixtures")
    void theFailingFixtureBreaksItsShapeAndNoOther(String shape) {
        Path fixture = FIXTURES.resolve(shape).resolve("invalid.ttl");
        Map<String, String> sources = new HashMap<>();
        List<Violation> violations = VALIDATOR.violations(dataWith(fixture, sources), sources);
        assertFalse(violations.isEmpty(), fixture + " breaks no shape");
        for (Violation v : violations) {
            assertEquals("shape:" + shape, v.shape(), "unexpected violation: " + v);
            assertEquals(fixture.toString(), v.source(), "the report names the file of " + v.focusNode());
            assertFalse(v.message().isBlank(), "every violation explains itself: " + v);
        }
    }

    @Test
    void theValidCaseConforms() {
        Map<String, String> sources = new HashMap<>();
        assertEquals(List.of(), VALIDATOR.violations(dataWith(FIXTURES.resolve("valid.ttl"), sources), sources));
    }

    @Test
    void everyShapeWithATargetHasAFailingFixture() throws IOException {
        Set<String> targeted = new TreeSet<>();
        for (Node target : List.of(SHACL.targetClass, SHACL.targetNode, SHACL.targetSubjectsOf, SHACL.targetObjectsOf)) {
            SHAPES.find(Node.ANY, target, Node.ANY).forEachRemaining(t -> targeted.add(t.getSubject().getURI().substring(SHAPES_NS.length())));
        }
        assertEquals(targeted, new TreeSet<>(shapesWithFixtures().toList()));
    }

    @Test
    void aViolationReadsAsFileResourcePathMessageAndShape() {
        Path fixture = FIXTURES.resolve("Partnership/invalid.ttl");
        Map<String, String> sources = new HashMap<>();
        ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> VALIDATOR.validate(dataWith(fixture, sources), sources));
        assertEquals(fixture + ": <https://example.org/lonely> pact:partner: A partnership has at least two partners,"
                + " each an organisation. (shape:Partnership)", e.violations().get(0).toString());
        assertTrue(e.report().startsWith("SHACL validation failed with 1 violation"), e.report());
    }

    /** The ontology, base.ttl and the fixture, with the fixture named as the source of its subjects. */
    private static Graph dataWith(Path fixture, Map<String, String> sources) {
        Graph data = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(data, "ontology/pactgraph.ttl");
        RDFDataMgr.read(data, FIXTURES.resolve("base.ttl").toString());
        Graph own = RDFDataMgr.loadGraph(fixture.toString());
        own.find().forEachRemaining(t -> {
            data.add(t);
            if (t.getSubject().isURI()) sources.putIfAbsent(t.getSubject().getURI(), fixture.toString());
        });
        return data;
    }
}
