package org.pactgraph.model;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few W3C PROV-O terms PactGraph writes; Jena ships no PROV vocabulary class. */
public final class Prov {
    private Prov() {}

    /** The PROV-O namespace. */
    public static final String NS = "http://www.w3.org/ns/prov#";
    /** The preferred prefix. */
    public static final String PREFIX = "prov";

    /** Something physical, digital or conceptual with fixed aspects. */
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    /** A set of actions or steps; here an extraction rule. */
    public static final Resource Plan = ResourceFactory.createResource(NS + "Plan");
    /** The entity (a text span) that a statement was derived from. */
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
}
