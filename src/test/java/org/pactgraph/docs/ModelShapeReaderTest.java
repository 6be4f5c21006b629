package org.pactgraph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.junit.jupiter.api.Test;
import org.pactgraph.docs.ModelShape.Association;
import org.pactgraph.docs.ModelShape.Link;

class ModelShapeReaderTest {
    private static final String EX = FixtureModel.NS;
    private final ModelShape shape = ModelShapeReader.read(FixtureModel.ontology().getGraph());

    @Test
    void unionDomainAndUnionRangeGiveOneAssociationPerPairOfMembers() {
        List<Association> funds = shape.associations().stream().filter(a -> a.property().equals(EX + "funds")).toList();
        assertEquals(List.of(
                new Association(EX + "Company", EX + "funds", EX + "Grant"),
                new Association(EX + "Company", EX + "funds", EX + "Project"),
                new Association(EX + "Person", EX + "funds", EX + "Grant"),
                new Association(EX + "Person", EX + "funds", EX + "Project")), funds);
    }

    @Test
    void missingRangeAndRestrictionDomainAreOwlThing() {
        assertTrue(shape.associations().contains(new Association(EX + "Grant", EX + "about", OWL2.Thing.getURI())));
        assertTrue(shape.associations().contains(new Association(OWL2.Thing.getURI(), EX + "cites", EX + "Project")));
    }

    @Test
    void assertedAndDefinedSubclassesAreBothLinksToTheirSuperclass() {
        assertTrue(shape.superclasses().contains(new Link(EX + "Company", EX + "Agent")));
        assertTrue(shape.superclasses().contains(new Link(EX + "Agent", "https://schema.org/Organization")));
        assertTrue(shape.superclasses().contains(new Link(EX + "Boss", EX + "Person")), shape.superclasses().toString());
        assertEquals(List.of(new Link(EX + "Person", "http://xmlns.com/foaf/0.1/Person")), shape.equivalents());
    }

    @Test
    void propertyOnlyDeclaredIsNotDrawnAndEnumerationKeepsItsValues() {
        assertFalse(shape.attributes().values().stream().flatMap(List::stream).anyMatch(a -> a.property().equals("https://schema.org/name")));
        assertEquals(List.of("open", "closed"), shape.attributesOf(EX + "Project").getFirst().oneOf());
        assertEquals("http://www.w3.org/2001/XMLSchema#string", shape.attributesOf(OWL2.Thing.getURI()).getFirst().datatype());
    }

    @Test
    void unionThatHoldsItselfEndsAtItsNamedMembers() {
        Model m = RDFParser.fromString("""
                @prefix ex: <http://example.org/fixture#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                ex:p a owl:ObjectProperty ; rdfs:domain _:u ; rdfs:range ex:B .
                _:u owl:unionOf _:l .
                _:l rdf:first ex:A ; rdf:rest _:m .
                _:m rdf:first _:u ; rdf:rest rdf:nil .
                """, Lang.TURTLE).toModel();
        ModelShape cyclic = ModelShapeReader.read(m.getGraph());
        assertEquals(List.of(new Association(EX + "A", EX + "p", EX + "B")), cyclic.associations());
    }
}
