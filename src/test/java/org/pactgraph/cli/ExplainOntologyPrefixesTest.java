package org.pactgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.TestData;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.load.Loader;

/**
 * {@code pactgraph explain} reads and writes terms with the prefixes every loaded ontology
 * declares, not only PactGraph's standard ones, and {@code --all} gives every derivation.
 */
class ExplainOntologyPrefixesTest {
    @TempDir Path tmp;

    private Path storeWithAUsersOntology() throws IOException {
        Path project = TestData.copyOfProject();
        Files.writeString(project.resolve("ontology/academies.ttl"), """
                @prefix pact: <https://w3id.org/pactgraph/ontology#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix acad: <https://example.org/academies#> .
                acad:Academy a owl:Class .
                pact:University rdfs:subClassOf acad:Academy .
                """);
        Path store = tmp.resolve("store");
        new Loader().load(new LoadSettings(project.resolve("data"), project.resolve("ontology"), store));
        return store;
    }

    @Test
    void explainTakesAndPrintsThePrefixOfAUsersOntology() throws IOException {
        Path store = storeWithAUsersOntology();
        CliTest.Run r = CliTest.run("explain", "--store", store.toString(), "porg:keio-university", "a", "acad:Academy");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("porg:keio-university a acad:Academy   [cax-sco: pact:University rdfs:subClassOf acad:Academy]\n"
                + "└─ porg:keio-university a pact:University   [asserted]\n"), r.out());

        CliTest.Run all = CliTest.run("explain", "--all", "--store", store.toString(), "porg:keio-university", "a", "acad:Academy");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().startsWith("porg:keio-university a acad:Academy   ["), all.out());
    }

    @Test
    void aPrefixNoLoadedOntologyDeclaresIsStillBadUsage() {
        CliTest.Run r = CliTest.run("explain", "--store", TestData.loadedStore().toString(), "porg:keio-university", "a", "acad:Academy");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("Unknown prefix 'acad:' in acad:Academy - use one of "), r.err());
    }

    @Test
    void allListsEveryDerivationOfATripleThatHasSeveral() {
        CliTest.Run one = CliTest.run("explain", "--store", TestData.loadedStore().toString(), "porg:keio-university", "a", "pact:Organization");
        CliTest.Run all = CliTest.run("explain", "--all", "--store", TestData.loadedStore().toString(), "porg:keio-university", "a", "pact:Organization");
        assertEquals(0, all.code(), all.err());
        String firstLine = all.out().lines().findFirst().orElseThrow();
        assertTrue(firstLine.matches("porg:keio-university a pact:Organization   \\[[0-9]+ derivations\\]"), all.out());
        String shallowestRule = one.out().lines().findFirst().orElseThrow().replaceFirst(".*   \\[", "").replaceFirst("\\]$", "");
        assertTrue(all.out().contains("\n├─ 1. " + shallowestRule + "\n"), "the shallowest comes first:\n" + one.out() + "\n" + all.out());
        assertTrue(all.out().contains("\n└─ "), all.out());
        assertTrue(all.out().length() > one.out().length(), all.out());
    }
}
