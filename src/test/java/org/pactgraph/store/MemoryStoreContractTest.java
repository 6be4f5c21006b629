package org.pactgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactgraph.TestData;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.load.Loader;
import org.pactgraph.validate.ValidationException;

/** The store contract on a dataset in memory, written by the same load pipeline. */
class MemoryStoreContractTest extends StoreContract {
    private static MemoryStore store;

    @BeforeAll
    static void load() {
        store = MemoryStore.empty();
        new Loader().load(TestData.projectInto(Path.of("unused")), store);
    }

    @Override
    Store loaded() {
        return store;
    }

    @Test
    void aLoadThatFailsValidationLeavesTheStoreAsItWas() throws IOException {
        Map<String, Graph> before = graphs(store);
        Path project = TestData.copyOfProject();
        try (var docs = Files.list(project.resolve("data/announcements"))) {
            for (Path d : docs.toList()) Files.delete(d); // fails as soon, without extracting anything
        }
        Files.writeString(project.resolve("data/reference/broken.ttl"),
                "@prefix pact: <https://w3id.org/pactgraph/ontology#> .\n<https://w3id.org/pactgraph/id/partnership/lonely> a pact:Partnership .\n");
        assertThrows(ValidationException.class,
                () -> new Loader().load(new LoadSettings(project.resolve("data"), project.resolve("ontology"), project), store));
        Map<String, Graph> after = graphs(store);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((g, graph) -> assertTrue(graph.isIsomorphicWith(after.get(g)), g));
    }
}
