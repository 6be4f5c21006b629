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
    /** Something that occurs over a period of time and acts upon entities; here a reviewer's decision. */
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    /** Something that bears responsibility for an activity; here a writer of the password file. */
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    /** The agent responsible for an activity or entity. */
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS + "wasAttributedTo");
    /** When an activity ended. */
    public static final Property endedAtTime = ResourceFactory.createProperty(NS + "endedAtTime");
    /** An entity an activity used: the evidence or resource a decision was about. */
    public static final Property used = ResourceFactory.createProperty(NS + "used");
    /** An entity an activity brought about: the statement an approval asserts. */
    public static final Property generated = ResourceFactory.createProperty(NS + "generated");
    /** An entity an activity ended the existence of: the statement a rejection refuses. */
    public static final Property invalidated = ResourceFactory.createProperty(NS + "invalidated");
}
