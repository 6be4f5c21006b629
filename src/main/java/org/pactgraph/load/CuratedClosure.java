package org.pactgraph.load;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.pactgraph.reason.Materializer;
import org.pactgraph.reason.Schema;

/**
 * What reasoning over a region needs of the ontologies and the reference data, whatever the
 * region: their triples, their axioms read and closed, what the two entail alone (the costly
 * part), every resource they name, and the predicates a rule joins on. It depends on those two
 * graphs only, so a store generation (whose ontologies and reference data no decision and no
 * in-place load changes) needs it once: {@link InferenceAfterReview} keeps it across decisions.
 * Immutable once built; the triples are copied, so it outlives the transaction it was read in.
 *
 * @param triples the ontologies' and the reference data's triples, in one graph
 * @param schema the axioms read from them
 * @param closure what they entail and do not assert
 * @param named every subject, predicate and object of their triples
 * @param joinPredicates the predicates on whose object an OWL 2 RL rule joins two facts: rdf:type
 *        (restrictions), owl:sameAs, the transitive properties and the links of property chains;
 *        a new fact of another predicate about a curated resource joins with nothing that points at it
 */
record CuratedClosure(Graph triples, Schema schema, Set<Triple> closure, Set<Node> named, Set<Node> joinPredicates) {
    /** Reads the two graphs (a store's or in memory) and reasons over them. */
    static CuratedClosure of(Graph ontology, Graph reference) {
        Graph triples = InputGraphs.union(ontology, reference);
        Schema schema = Schema.of(triples);
        Materializer.Session session = new Materializer().start(schema);
        triples.find().forEachRemaining(session::add);
        Set<Triple> closure = Set.copyOf(session.finish().inferredTriples());
        Set<Node> named = new HashSet<>();
        triples.find().forEachRemaining(t -> {
            named.add(t.getSubject());
            named.add(t.getPredicate());
            named.add(t.getObject());
        });
        return new CuratedClosure(triples, schema, closure, Set.copyOf(named), joinPredicates(ontology));
    }

    private static Set<Node> joinPredicates(Graph ontology) {
        Set<Node> out = new HashSet<>();
        out.add(RDF.type.asNode());
        out.add(OWL2.sameAs.asNode());
        ontology.find(Node.ANY, RDF.type.asNode(), OWL2.TransitiveProperty.asNode()).forEachRemaining(t -> out.add(t.getSubject()));
        ontology.find(Node.ANY, OWL2.propertyChainAxiom.asNode(), Node.ANY).forEachRemaining(t -> {
            for (Node list = t.getObject(); list.isBlank() || list.isURI() && !list.equals(RDF.nil.asNode()); ) {
                Node link = list;
                ontology.find(link, RDF.first.asNode(), Node.ANY).forEachRemaining(f -> out.add(f.getObject()));
                list = ontology.find(link, RDF.rest.asNode(), Node.ANY).nextOptional().map(Triple::getObject).orElse(RDF.nil.asNode());
            }
        });
        return Set.copyOf(out);
    }

    /** Not a list of triples: a graph's text would be long and say nothing. */
    @Override
    public String toString() {
        return "CuratedClosure[" + triples.size() + " triples, " + closure.size() + " entailed]";
    }
}
