package org.pactgraph.model;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The NIF 2.0 Core terms that describe text spans: offsets and the text they cover. */
public final class Nif {
    private Nif() {}

    /** The NIF Core namespace. */
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    /** The preferred prefix. */
    public static final String PREFIX = "nif";

    /** Offset of the first character of a span, counted in Unicode code points from 0. */
    public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
    /** Offset just after the last character of a span. */
    public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");
    /** The text that a span covers. */
    public static final Property anchorOf = ResourceFactory.createProperty(NS + "anchorOf");
}
