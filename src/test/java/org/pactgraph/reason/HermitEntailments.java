package org.pactgraph.reason;

import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.NTriplesDocumentFormat;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * What HermiT, a DL reasoner, entails from the same triples, on the fragment both reasoners
 * answer: class assertions of named classes, object property assertions and owl:sameAs between
 * named individuals, for the classes, properties and individuals of the OWL API's reading.
 */
final class HermitEntailments {
    final Set<String> individuals = new HashSet<>();
    final Set<String> classes = new HashSet<>();
    final Set<String> properties = new HashSet<>();
    final Set<Triple> entailed = new HashSet<>();
    final boolean consistent;

    HermitEntailments(Graph triples) throws OWLOntologyCreationException {
        StringWriter nt = new StringWriter();
        RDFDataMgr.write(nt, triples, Lang.NTRIPLES);
        OWLOntology o = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(
                new StringDocumentSource(nt.toString(), IRI.create("urn:pactgraph:test:differential"), new NTriplesDocumentFormat(), null));
        o.individualsInSignature().forEach(i -> individuals.add(i.getIRI().toString()));
        o.classesInSignature().filter(c -> !c.isOWLThing() && !c.isOWLNothing()).forEach(c -> classes.add(c.getIRI().toString()));
        o.objectPropertiesInSignature().filter(p -> !p.isOWLTopObjectProperty()).forEach(p -> properties.add(p.getIRI().toString()));
        OWLReasoner r = new ReasonerFactory().createReasoner(o);
        try {
            consistent = r.isConsistent();
            if (!consistent) return;
            r.precomputeInferences(InferenceType.CLASS_ASSERTIONS, InferenceType.OBJECT_PROPERTY_ASSERTIONS);
            for (OWLNamedIndividual i : o.individualsInSignature().toList()) {
                var x = NodeFactory.createURI(i.getIRI().toString());
                for (OWLClass c : r.getTypes(i, false).entities().toList()) {
                    if (classes.contains(c.getIRI().toString())) entailed.add(Triple.create(x, RDF.type.asNode(), NodeFactory.createURI(c.getIRI().toString())));
                }
                r.getSameIndividuals(i).entities().filter(y -> !y.equals(i)).forEach(y ->
                        entailed.add(Triple.create(x, OWL2.sameAs.asNode(), NodeFactory.createURI(y.getIRI().toString()))));
                for (OWLObjectProperty p : o.objectPropertiesInSignature().filter(p -> !p.isOWLTopObjectProperty()).toList()) {
                    var pn = NodeFactory.createURI(p.getIRI().toString());
                    r.getObjectPropertyValues(i, p).entities().forEach(y -> entailed.add(Triple.create(x, pn, NodeFactory.createURI(y.getIRI().toString()))));
                }
            }
        } finally {
            r.dispose();
        }
    }

    /** True for a triple of the compared fragment. */
    boolean inFragment(Triple t) {
        if (!t.getSubject().isURI() || !individuals.contains(t.getSubject().getURI()) || !t.getObject().isURI()) return false;
        if (t.getPredicate().equals(RDF.type.asNode())) return classes.contains(t.getObject().getURI());
        if (t.getPredicate().equals(OWL2.sameAs.asNode())) return individuals.contains(t.getObject().getURI()) && !t.getSubject().equals(t.getObject());
        return properties.contains(t.getPredicate().getURI()) && individuals.contains(t.getObject().getURI());
    }
}
