package org.pactgraph.docs;

import org.apache.jena.shared.PrefixMapping;

/**
 * How a term is named in a diagram: the ontology's own terms by their local name
 * ({@code Partnership}), reused terms by their prefixed name ({@code schema:Organization}), a
 * term of no known namespace by its full IRI; and the identifier Mermaid needs, made of letters,
 * digits and underscores.
 */
record TermNames(PrefixMapping prefixes, String homeNamespace) {
    String display(String iri) {
        if (iri.startsWith(homeNamespace) && iri.length() > homeNamespace.length()) {
            return iri.substring(homeNamespace.length());
        }
        String qname = prefixes.qnameFor(iri);
        return qname != null ? qname : "<" + iri + ">";
    }

    String id(String iri) {
        return display(iri).replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** Whether Mermaid would show the identifier as it is, so that no label is needed. */
    boolean needsLabel(String iri) {
        return !id(iri).equals(display(iri));
    }
}
