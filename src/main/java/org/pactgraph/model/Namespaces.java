package org.pactgraph.model;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The prefixes PactGraph writes in Turtle and offers to queries that do not declare their own:
 * the vocabularies it uses and one prefix per kind of resource ({@code porg:nvidia}).
 */
public final class Namespaces {
    private Namespaces() {}

    /** A fresh prefix mapping with every standard prefix. */
    public static PrefixMapping standard() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix(Pact.PREFIX, Pact.NS);
        pm.setNsPrefix("rdf", RDF.getURI());
        pm.setNsPrefix("rdfs", RDFS.getURI());
        pm.setNsPrefix("owl", OWL.getURI());
        pm.setNsPrefix("xsd", XSD.getURI());
        pm.setNsPrefix("skos", SKOS.getURI());
        pm.setNsPrefix("dct", DCTerms.getURI());
        pm.setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        pm.setNsPrefix("org", ORG.getURI());
        pm.setNsPrefix(Prov.PREFIX, Prov.NS);
        pm.setNsPrefix("schema", "https://schema.org/");
        pm.setNsPrefix(Nif.PREFIX, Nif.NS);
        pm.setNsPrefix("porg", Iris.ID_BASE + "org/");
        for (Iris.Kind kind : Iris.Kind.values()) {
            if (kind != Iris.Kind.ORG) {
                pm.setNsPrefix(kind.segment(), Iris.ID_BASE + kind.segment() + "/");
            }
        }
        pm.setNsPrefix("graph", Iris.GRAPH_BASE);
        return pm;
    }

    /**
     * The standard prefixes and, after them, the prefixes {@code declared} (by the loaded
     * ontologies' files, or kept in a store) whose names the standard ones do not take: a
     * standard prefix always means what it means here, whatever a file binds it to.
     */
    public static PrefixMapping standardWith(PrefixMapping declared) {
        PrefixMapping pm = standard();
        declared.getNsPrefixMap().forEach((prefix, ns) -> {
            if (pm.getNsPrefixURI(prefix) == null) pm.setNsPrefix(prefix, ns);
        });
        return pm;
    }
}
