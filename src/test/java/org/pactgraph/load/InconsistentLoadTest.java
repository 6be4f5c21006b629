package org.pactgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.TestData;
import org.pactgraph.reason.InconsistencyException;

class InconsistentLoadTest {
    @TempDir Path tmp;

    @Test
    void dataThatContradictsTheOntologyIsRefusedWithItsFilesAndTheStoreIsUnchanged() throws IOException {
        LoadedStore loaded = LoadedStore.in(tmp);
        Path project = loaded.project();
        LoadSettings settings = loaded.settings();

        Files.writeString(project.resolve("data/reference/zz-slip.ttl"), """
                @prefix pact: <https://w3id.org/pactgraph/ontology#> .
                <https://w3id.org/pactgraph/id/org/nvidia> a pact:University .
                """);
        InconsistencyException e = assertThrows(InconsistencyException.class, () -> new Loader().load(settings));
        assertTrue(e.getMessage().startsWith("The data contradicts the ontology: 1 clash (cax-adc)"), e.getMessage());
        assertTrue(e.report().contains("porg:nvidia: an instance of two disjoint classes   [cax-adc: AllDisjointClasses(pact:Company, pact:Institution, pact:Person)]"), e.report());
        assertTrue(e.report().contains("porg:nvidia a pact:University   [asserted]"), e.report());
        assertTrue(e.report().contains("zz-slip.ttl") && e.report().contains("organizations.ttl"), e.report());
        loaded.assertUnchanged();
    }

    @Test
    void aUsersOwnOntologyUnderTheOntologyFolderGetsItsEntailments() throws IOException {
        Path project = TestData.copyOfProject();
        Files.writeString(project.resolve("ontology/mine.ttl"), """
                @prefix pact: <https://w3id.org/pactgraph/ontology#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix ex: <https://example.org/mine#> .
                ex:JapanesePartner owl:equivalentClass [ owl:intersectionOf ( pact:Organization
                    [ a owl:Restriction ; owl:onProperty pact:locatedIn ; owl:hasValue <https://w3id.org/pactgraph/id/place/japan> ] ) ] .
                """);
        Path store = tmp.resolve("store");
        new Loader().load(new LoadSettings(project.resolve("data"), project.resolve("ontology"), store));
        var content = LoaderTest.content(store);
        assertTrue(content.contains(org.apache.jena.graph.NodeFactory.createURI(org.pactgraph.model.Iris.INFERRED_GRAPH),
                org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/pactgraph/id/org/keio-university"),
                org.apache.jena.vocabulary.RDF.type.asNode(),
                org.apache.jena.graph.NodeFactory.createURI("https://example.org/mine#JapanesePartner")));
    }
}
