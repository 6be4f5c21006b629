package org.pactgraph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.PactGraphException;
import org.pactgraph.model.Pact;

/** The README shows the diagrams the ontology gives, and every part of the model is in one of them. */
class ModelDiagramTest {
    private static final Path README = Path.of("README.md");
    private static final Path ONTOLOGY = Path.of("ontology");

    @TempDir Path tmp;

    @Test
    void readmeDataModelShowsTheDiagramsTheOntologyGives() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        assertEquals(ModelDiagram.ofFolder(ONTOLOGY), ReadmeDiagramBlock.in(readme, "README.md"),
                "The model diagram in README.md differs from the ontology's: run './pactgraph diagram --readme README.md' and commit the result");
    }

    @Test
    void everyObjectPropertyOfTheOntologyWithADomainOrRangeIsDrawn() {
        String diagrams = ModelDiagram.ofFolder(ONTOLOGY);
        Model ontology = OntologyFolder.read(ONTOLOGY);
        List<String> properties = ontology.listSubjectsWithProperty(RDF.type, OWL2.ObjectProperty)
                .filterKeep(p -> p.getURI().startsWith(Pact.NS)
                        && (p.hasProperty(RDFS.domain) || p.hasProperty(RDFS.range)))
                .mapWith(p -> p.getLocalName()).toList();
        assertTrue(properties.size() > 20, properties.toString());
        for (String p : properties) {
            assertTrue(diagrams.contains(" : " + p + "\n"), p + " is not drawn");
        }
    }

    @Test
    void classAddedToTheOntologyAppearsInItsSuperclassArea() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("ontology"));
        Files.copy(ONTOLOGY.resolve("pactgraph.ttl"), folder.resolve("pactgraph.ttl"));
        Files.writeString(folder.resolve("extra.ttl"), "@prefix pact: <" + Pact.NS + "> .\n"
                + "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                + "pact:Village a owl:Class ; rdfs:subClassOf pact:Place .\n");
        String diagrams = ModelDiagram.ofFolder(folder);
        assertNotEquals(ModelDiagram.ofFolder(ONTOLOGY), diagrams);
        String places = diagrams.substring(diagrams.indexOf("**Themes and places**"));
        assertTrue(places.contains("  Place <|-- Village\n"), places);
    }

    @Test
    void ownClassInNoAreaIsRefusedByName() {
        Model ontology = FixtureModel.ontology();
        ontology.add(ResourceFactory.createResource(FixtureModel.NS + "Loner"), RDF.type, OWL2.Class);
        PactGraphException e = assertThrows(PactGraphException.class, () -> FixtureModel.markdown(ontology, FixtureModel.areas()));
        assertTrue(e.getMessage().contains("Loner") && e.hint().contains("DiagramAreas"), e.oneLine());
    }

    @Test
    void blockIsReplacedBetweenTheMarkersOnly() {
        String text = "# T\n\nbefore\n" + ReadmeDiagramBlock.BEGIN + "\nold\n" + ReadmeDiagramBlock.END + "\nafter\n";
        String replaced = ReadmeDiagramBlock.replaced(text, "T.md", "new\n");
        assertEquals("# T\n\nbefore\n" + ReadmeDiagramBlock.BEGIN + "\nnew\n" + ReadmeDiagramBlock.END + "\nafter\n", replaced);
        assertEquals("new\n", ReadmeDiagramBlock.in(replaced, "T.md"));
    }

    @Test
    void fileWithoutMarkersIsRefusedNamingTheMarkers() {
        PactGraphException e = assertThrows(PactGraphException.class, () -> ReadmeDiagramBlock.in("# T\n", "T.md"));
        assertTrue(e.getMessage().startsWith("T.md") && e.getMessage().contains(ReadmeDiagramBlock.BEGIN), e.getMessage());
    }

    @Test
    void missingOntologyFolderIsRefusedWithTheOption() {
        PactGraphException e = assertThrows(PactGraphException.class, () -> ModelDiagram.ofFolder(tmp.resolve("nowhere")));
        assertTrue(e.hint().contains("--ontology"), e.oneLine());
    }

    @Test
    void brokenOntologyFileIsNamedWithTheParserPosition() throws IOException {
        Files.writeString(tmp.resolve("bad.ttl"), "@prefix ex: <http://example.org/> .\nex:a ex:b .\n");
        PactGraphException e = assertThrows(PactGraphException.class, () -> ModelDiagram.ofFolder(tmp));
        assertTrue(e.getMessage().contains("bad.ttl") && e.getMessage().contains("line: 2"), e.getMessage());
    }
}
