package org.pactgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactgraph.TestData;
import org.pactgraph.load.Loader;
import org.pactgraph.model.Iris;
import org.pactgraph.query.QueryRunner;
import org.pactgraph.validate.ValidationException;

/**
 * The store contract ({@link StoreContract}) on a real Virtuoso Open Source (Debian's
 * virtuoso-opensource, started once for the class) loaded through {@code --store sparql:URL}:
 * every query of queries/ gives its golden answer, the graphs read back are TDB2's, and a reload
 * or a failed load leaves the graphs a load promises.
 */
class VirtuosoStoreTest extends StoreContract {
    private static VirtuosoServer virtuoso;
    private static SparqlStore store;

    @BeforeAll
    static void startAndLoad() throws Exception {
        virtuoso = VirtuosoServer.start();
        store = SparqlStore.at(SparqlEndpoints.of(virtuoso.sparqlUrl(), null, virtuoso.gspUrl()));
        new Loader().load(TestData.projectInto(Path.of("unused")), store);
    }

    @AfterAll
    static void stop() {
        if (virtuoso != null) virtuoso.close();
    }

    @Override
    Store loaded() {
        return store;
    }

    @Test
    void reloadReplacesTheGraphsOfThePreviousLoadAndLeavesNoStagedGraph() throws IOException {
        Path project = TestData.copyOfProject();
        try (Stream<Path> docs = Files.list(project.resolve("data/announcements"))) {
            for (Path d : docs.toList()) Files.delete(d);
        }
        try {
            new Loader().load(new org.pactgraph.load.LoadSettings(project.resolve("data"), project.resolve("ontology"), project), store);
            assertEquals(List.of(Iris.INFERRED_GRAPH, Iris.ONTOLOGY_GRAPH, Iris.REFERENCE_GRAPH), graphNames());
            assertEquals("0", store.metadata().get("documents"));
        } finally {
            new Loader().load(TestData.projectInto(Path.of("unused")), store);
        }
        assertEquals(4, graphNames().size());
    }

    @Test
    void aLoadThatFailsValidationLeavesTheStoreAsItWas() throws IOException {
        Map<String, String> before = store.metadata();
        Path project = TestData.copyOfProject();
        Files.writeString(project.resolve("data/reference/broken.ttl"),
                "@prefix pact: <https://w3id.org/pactgraph/ontology#> .\n<https://w3id.org/pactgraph/id/partnership/lonely> a pact:Partnership .\n");
        assertThrows(ValidationException.class,
                () -> new Loader().load(new org.pactgraph.load.LoadSettings(project.resolve("data"), project.resolve("ontology"), project), store));
        assertEquals(before, store.metadata());
    }

    @Test
    void aLoadThatTheStoreRefusesSaysWhereAndLeavesTheStoreAsItWas() {
        Map<String, String> before = store.metadata();
        SparqlStore wrongGsp = SparqlStore.at(SparqlEndpoints.of(virtuoso.sparqlUrl(), null, virtuoso.sparqlUrl() + "-no-such-endpoint"));
        StoreException e = assertThrows(StoreException.class, () -> new Loader().load(TestData.projectInto(Path.of("unused")), wrongGsp));
        assertTrue(e.getMessage().contains("could not write the graph") && e.hint().contains("--gsp-url"), e.oneLine());
        assertEquals(before, store.metadata());
        assertFalse(graphNames().stream().anyMatch(g -> g.contains("/staging/")), "no staged graph left: " + graphNames());
    }

    /** The named graphs in the store, Virtuoso's own system graphs left out. */
    private static List<String> graphNames() {
        List<String> names = new ArrayList<>();
        store.query(QueryRunner.parse("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + Iris.GRAPH_BASE + "\")) } ORDER BY ?g"),
                exec -> {
                    exec.select().forEachRemaining(b -> names.add(b.get("g").getURI()));
                    return null;
                });
        names.remove(Iris.GRAPH_BASE + "load");
        return names;
    }
}
