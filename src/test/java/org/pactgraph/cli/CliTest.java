package org.pactgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactgraph.TestData;
import org.pactgraph.store.LockHolder;
import picocli.CommandLine;

class CliTest {
    @TempDir Path tmp;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"load", "serve", "query", "export"})
    void everyCommandExplainsItselfWithHelp(String command) {
        Run r = run(command, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: pactgraph " + command), r.out());
    }

    @Test
    void anUnknownOptionIsBadUsageWithExitCodeTwo() {
        Run r = run("load", "--no-such-option");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option: '--no-such-option'"), r.err());
    }

    @Test
    void aMissingDataFolderGivesOneLineAndNoStackTrace() {
        Run r = run("load", "--store", tmp.resolve("s").toString(), "--data", tmp.resolve("none").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("pactgraph: The data folder"), r.err());
        assertFalse(r.err().contains("at org."), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"backup", "export"})
    void aFolderWithNoLoadedStoreIsNamedWithWhatToDo(String command) {
        Path none = tmp.resolve("never-loaded");
        Run r = run(command, "--store", none.toString());
        assertEquals(1, r.code());
        assertEquals("pactgraph: There is no loaded store at " + none + " - run 'pactgraph load --store " + none + "' first",
                r.err().strip());
    }

    @Test
    void verboseAddsTheStackTrace() {
        Run r = run("load", "--verbose", "--store", tmp.resolve("s").toString(), "--data", tmp.resolve("none").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("at org.pactgraph"), r.err());
    }

    @Test
    void loadThenQueryPrintsAnAlignedTable() {
        Path store = tmp.resolve("store");
        Run load = run("load", "--store", store.toString());
        assertEquals(0, load.code(), load.err());
        assertTrue(load.out().startsWith("Loaded 1 document"), load.out());
        Run q = run("query", "--store", store.toString(), "queries/institutions-in-ai-and-semiconductor.rq");
        assertEquals(0, q.code(), q.err());
        assertTrue(q.out().contains("| porg:university-of-washington | \"University of Washington\"@en |"), q.out());
    }

    @Test
    void queryTakesTextAndTheStandardPrefixesAndPrintsCsv() {
        Run q = run("query", "--store", TestData.loadedStore().toString(), "--format", "csv",
                "SELECT ?name WHERE { porg:keio-university rdfs:label ?name FILTER(lang(?name) = 'ja') }");
        assertEquals(0, q.code(), q.err());
        assertEquals("name\r\n慶應義塾大学\r\n", q.out());
    }

    @Test
    void aQueryThatDoesNotParseSaysWhere() {
        Run q = run("query", "--store", TestData.loadedStore().toString(), "SELECT ?x WHERE { ?x ?y }");
        assertEquals(1, q.code());
        assertTrue(q.err().contains("does not parse") && q.err().contains("line 1"), q.err());
    }

    @Test
    void exportWritesTurtleToAFile() throws Exception {
        Path file = tmp.resolve("all.ttl");
        Run r = run("export", "--store", TestData.loadedStore().toString(), "--format", "ttl", "--output", file.toString());
        assertEquals(0, r.code(), r.err());
        String ttl = Files.readString(file);
        assertTrue(ttl.contains("PREFIX pact: <https://w3id.org/pactgraph/ontology#>") && ttl.contains("porg:university-of-washington"), ttl.substring(0, 300));
    }

    @Test
    void aStoreLockedByAnotherProcessGivesOneClearLine() throws Exception {
        Path store = tmp.resolve("locked");
        Process holder = LockHolder.start(store);
        try {
            Run r = run("load", "--store", store.toString());
            assertEquals(1, r.code());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains("is in use by another PactGraph process (pid " + holder.pid() + ")"), r.err());
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }
}
