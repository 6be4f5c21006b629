package org.pactgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private final Model ontology = RDFDataMgr.loadModel("ontology/pactgraph.ttl");

    @Test
    void everyJavaConstantNamesATermTheOntologyDeclares() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (Field f : Pact.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) continue;
            Object value = f.get(null);
            if (value instanceof Property p) {
                boolean declared = ontology.contains(p, RDF.type, OWL2.ObjectProperty)
                        || ontology.contains(p, RDF.type, OWL2.DatatypeProperty);
                if (!declared) missing.add(p.getURI());
            } else if (value instanceof Resource r) {
                if (!ontology.contains(r, RDF.type, OWL2.Class)) missing.add(r.getURI());
            }
        }
        assertEquals(List.of(), missing, "constants in Pact.java that ontology/pactgraph.ttl does not declare");
    }

    @Test
    void everyOntologyTermHasAJavaConstant() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field f : Pact.class.getFields()) {
            if (f.get(null) instanceof Resource r) constants.add(r.getURI());
        }
        List<String> missing = new ArrayList<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(Pact.NS) && !constants.contains(s.getURI())) missing.add(s.getURI());
        });
        assertEquals(List.of(), missing, "terms of ontology/pactgraph.ttl without a constant in Pact.java");
    }

    @Test
    void slugsAreLowerCaseWordsJoinedByHyphens() {
        assertEquals("university-of-washington", Iris.slug("University of Washington"));
        assertEquals("rene-haas", Iris.slug("René Haas"));
        assertEquals("us-ai-safety-institute", Iris.slug("U.S. AI Safety Institute"));
        assertEquals("us-eu-trade-and-technology-council", Iris.slug("U.S.-EU Trade and Technology Council"));
        assertEquals("washington-dc", Iris.slug("Washington, D.C."));
        assertEquals("john-p-holdren", Iris.slug("John P. Holdren"));
        assertEquals("research-and-development", Iris.slug("Research & Development"));
        assertEquals("japans-ambassador", Iris.slug("Japan’s Ambassador"));
        assertTrue(Iris.span("https://x/doc", 3, 9).endsWith("#char=3,9"));
    }
}
