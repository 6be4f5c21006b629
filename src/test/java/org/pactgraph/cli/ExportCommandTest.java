package org.pactgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.TestData;
import org.pactgraph.model.Iris;

class ExportCommandTest {
    @TempDir Path tmp;

    @Test
    void aFileNameEndingInNqGzGivesGzippedNQuadsOfEveryGraph() throws IOException {
        Path file = tmp.resolve("pactgraph.nq.gz");
        CliTest.Run r = CliTest.run("export", "--store", TestData.loadedStore().toString(), "--output", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("Wrote " + file + " ("), r.err());
        assertTrue(r.err().contains("N-Quads, gzip"), r.err());
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
        }
        assertTrue(dsg.containsGraph(org.apache.jena.graph.NodeFactory.createURI(Iris.INFERRED_GRAPH)));
        assertTrue(dsg.containsGraph(org.apache.jena.graph.NodeFactory.createURI(Iris.REFERENCE_GRAPH)));
        assertFalse(Files.exists(tmp.resolve("pactgraph.nq.gz.partial")), "the partial file is gone");
    }

    @Test
    void oneGraphWithoutInferredTriplesGoesToStandardOutputAsTurtle() {
        CliTest.Run r = CliTest.run("export", "--store", TestData.loadedStore().toString(), "--graph", Iris.ONTOLOGY_GRAPH, "--no-inferred");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("owl:Ontology"), r.out());
        assertFalse(r.out().contains("graph/reference"), "only the ontology graph");
    }

    @Test
    void serveRefusesABaseUrlThatIsNoHttpUrlAsBadUsage() {
        CliTest.Run r = CliTest.run("serve", "--store", TestData.loadedStore().toString(), "--port", "0", "--base-url", "ftp://example.org/id/");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Invalid --base-url: the base URL must be an absolute http or https URL"), r.err());
    }

    @Test
    void anOutputInAFolderThatDoesNotExistFailsOnOneLine() {
        Path file = tmp.resolve("no-such-folder").resolve("dump.ttl");
        CliTest.Run r = CliTest.run("export", "--store", TestData.loadedStore().toString(), "--output", file.toString());
        assertEquals(1, r.code());
        assertEquals("pactgraph: Cannot write " + file + ": the folder " + file.getParent() + " does not exist - create it first or give another --output",
                r.err().strip());
    }

    @Test
    void anUnknownFormatIsBadUsage() {
        CliTest.Run r = CliTest.run("export", "--store", TestData.loadedStore().toString(), "--format", "yaml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown --format 'yaml': expected ttl, nt, nq, trig, jsonld or rdfxml"), r.err());
    }

    @Test
    void anUnknownGraphFailsOnOneLineAndWritesNoFile() {
        Path file = tmp.resolve("out.ttl");
        CliTest.Run r = CliTest.run("export", "--store", TestData.loadedStore().toString(), "--graph", "urn:nothing",
                "--output", file.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("pactgraph: The store has no graph <urn:nothing> - give one of: "), r.err());
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(tmp.resolve("out.ttl.partial")));
    }
}
