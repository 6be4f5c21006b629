package org.pactgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAnnotationProperty;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLLiteral;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.search.EntitySearcher;
import org.semanticweb.owlapi.vocab.OWLRDFVocabulary;

/**
 * The ontology checked with tools made for OWL: the OWL API parses it and checks the OWL 2 DL
 * profile, HermiT (a DL reasoner) proves it consistent and every named class satisfiable, alone
 * and together with the curated reference data.
 */
class OntologyTest {
    private static final String SKOS_DEFINITION = "http://www.w3.org/2004/02/skos/core#definition";
    private static final Path ONTOLOGY = Path.of("ontology/pactgraph.ttl");
    private static OWLOntology ontology;

    @BeforeAll
    static void parse() throws OWLOntologyCreationException {
        ontology = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(ONTOLOGY.toFile());
    }

    @Test
    void isInTheOwl2DlProfile() {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        List<String> violations = report.getViolations().stream().map(OWLProfileViolation::toString).sorted().toList();
        assertEquals(List.of(), violations, "OWL 2 DL profile violations");
    }

    @Test
    void isConsistentAndEveryNamedClassIsSatisfiable() {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            assertTrue(reasoner.isConsistent(), "HermiT finds the ontology inconsistent");
            Set<String> unsatisfiable = new TreeSet<>();
            reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom().forEach(c -> unsatisfiable.add(c.getIRI().toString()));
            assertEquals(Set.of(), unsatisfiable, "classes that can have no instance");
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void isConsistentWithTheCuratedReferenceData() throws OWLOntologyCreationException, IOException {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology merged = manager.createOntology(IRI.create("urn:pactgraph:test:merged"));
        manager.addAxioms(merged, ontology.axioms());
        List<Path> files;
        try (var list = Files.list(Path.of("data/reference"))) {
            files = list.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
        for (Path file : files) {
            OWLOntology data = manager.loadOntologyFromOntologyDocument(file.toFile());
            manager.addAxioms(merged, data.axioms());
        }
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(merged);
        try {
            assertTrue(reasoner.isConsistent(), "the ontology and data/reference/*.ttl contradict each other");
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void everyTermHasAnEnglishLabelAndAnEnglishDefinition() {
        OWLAnnotationProperty label = OWLManager.getOWLDataFactory().getRDFSLabel();
        OWLAnnotationProperty definition = OWLManager.getOWLDataFactory().getOWLAnnotationProperty(IRI.create(SKOS_DEFINITION));
        List<String> missing = new ArrayList<>();
        ontology.signature(Imports.EXCLUDED)
                .filter(e -> e.getIRI().toString().startsWith(Pact.NS))
                .sorted()
                .forEach(e -> {
                    if (!hasEnglish(e, label)) missing.add(e.getIRI().getShortForm() + " has no English rdfs:label");
                    if (!hasEnglish(e, definition)) missing.add(e.getIRI().getShortForm() + " has no English skos:definition");
                });
        assertEquals(List.of(), missing);
    }

    private static boolean hasEnglish(OWLEntity e, OWLAnnotationProperty property) {
        return EntitySearcher.getAnnotations(e, ontology, property)
                .map(a -> a.getValue().asLiteral())
                .flatMap(java.util.Optional::stream)
                .anyMatch(l -> l.getLang().equals("en") && !l.getLiteral().isBlank());
    }
}
