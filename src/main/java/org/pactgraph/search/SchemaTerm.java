package org.pactgraph.search;

/** A class or property of the ontology, offered by the reconciliation service's type and property suggestions. */
public record SchemaTerm(String id, String name, String description, boolean isClass) {}
