package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** How a place named by its name alone (a dateline's city, "met in X") is found in the reference data. */
class PlacesByNameTest {
    private static final String KNOWN = """
            @prefix pact: <https://w3id.org/pactgraph/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix place: <https://w3id.org/pactgraph/id/place/> .
            pact:City rdfs:subClassOf pact:Place .
            pact:State rdfs:subClassOf pact:Place .
            place:rosmouth-state a pact:State ; rdfs:label "Rosmouth State"@en ; skos:altLabel "Rosmouth"@en .
            place:rosmouth-capital a pact:City ; rdfs:label "Rosmouth, F.D."@en .
            place:alton a pact:City ; rdfs:label "Alton"@en .
            """;

    private static Gazetteer gazetteer() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(KNOWN)).lang(Lang.TURTLE).parse(g);
        return Gazetteer.of(g);
    }

    @Test
    void aNameThatIsAStateAndTheStartOfACapitalsNameIsTheCapital() {
        Gazetteer.Entry place = gazetteer().placeNamed("Rosmouth").orElseThrow();
        assertEquals("https://w3id.org/pactgraph/id/place/rosmouth-capital", place.iri());
        assertTrue(place.known(), "the reference data's city, so no new place is minted for it");
    }

    @Test
    void aKnownCitysOwnNameIsThatCity() {
        assertEquals("https://w3id.org/pactgraph/id/place/alton", gazetteer().placeNamed("Alton").orElseThrow().iri());
    }

    @Test
    void aNameTheReferenceDataDoesNotKnowIsNoKnownPlace() {
        assertTrue(gazetteer().placeNamed("Harlow").isEmpty());
        assertTrue(gazetteer().placeNamed("Alt").isEmpty(), "a city's name must be the whole name, not its beginning");
    }
}
