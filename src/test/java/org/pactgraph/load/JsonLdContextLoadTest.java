package org.pactgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.LoopbackListener;
import org.pactgraph.TestData;
import org.pactgraph.model.Pact;

/**
 * A reference .jsonld file names its context by IRI: only PactGraph's own is known, read from
 * memory; any other is refused with one fixed message, fetched from nowhere, so that the error
 * tells nothing of the loading machine (whether a file exists, whether a port is open).
 */
class JsonLdContextLoadTest {
    @TempDir Path tmp;

    private static String namingContext(String context) {
        return "{ \"@context\": \"" + context + "\", \"@id\": \"https://w3id.org/pactgraph/id/org/x\","
                + " \"http://www.w3.org/2000/01/rdf-schema#label\": \"X\" }\n";
    }

    private InputException loadWithReference(Path project, String json) throws IOException {
        Files.writeString(project.resolve("data/reference/zz-context.jsonld"), json);
        LoadSettings settings = new LoadSettings(project.resolve("data"), project.resolve("ontology"), tmp.resolve("store"));
        return assertThrows(InputException.class, () -> new Loader().load(settings));
    }

    @Test
    void aRemoteContextInAReferenceFileIsRefusedAndNeverFetched() throws Exception {
        Path project = TestData.copyOfProject();
        try (LoopbackListener listener = new LoopbackListener()) {
            InputException e = loadWithReference(project, namingContext(listener.url("/context.jsonld")));
            assertTrue(e.getMessage().contains("zz-context.jsonld") && e.getMessage().contains(LocalContextLoader.REFUSED),
                    e.getMessage());
            assertEquals(0, listener.connections(), "the load fetched the context");
        }
    }

    @Test
    void aFileContextIsRefusedWithTheSameWordsWhetherTheFileExistsOrNot() throws IOException {
        Path project = TestData.copyOfProject();
        Path context = tmp.resolve("secret-context.jsonld");
        Files.writeString(context, "{ \"@context\": { \"label\": \"http://www.w3.org/2000/01/rdf-schema#label\" } }");
        String json = namingContext(context.toUri().toString());
        String whenItExists = loadWithReference(project, json).oneLine();
        Files.delete(context);
        String whenItDoesNot = loadWithReference(project, json).oneLine();
        assertEquals(whenItExists, whenItDoesNot);
        assertTrue(whenItExists.contains(LocalContextLoader.REFUSED), whenItExists);
    }

    @Test
    void pactGraphsOwnContextIsKnownWithoutTheNetwork() {
        String json = "{ \"@context\": \"" + LocalContextLoader.PACTGRAPH_CONTEXT + "\","
                + " \"@id\": \"porg:x\", \"@type\": \"pact:University\" }";
        Graph g = RDFParser.fromString(json, Lang.JSONLD).toGraph();
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/pactgraph/id/org/x"), org.apache.jena.vocabulary.RDF.Nodes.type,
                NodeFactory.createURI(Pact.NS + "University")), g.toString());
    }
}
