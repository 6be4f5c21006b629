package org.pactgraph.export;

import java.util.Objects;
import java.util.Optional;

/**
 * Which part of the store an export writes: one named graph or all of them, with or without the
 * graph of inferred triples.
 *
 * @param graph the IRI of the one named graph to write; empty for all. Defaults to all.
 * @param inferred whether the triples that only the reasoner entailed are written. Defaults to
 *     true.
 */
public record ExportScope(Optional<String> graph, boolean inferred) {
    public ExportScope {
        Objects.requireNonNull(graph, "graph");
    }

    /** Every graph, inferred triples included. */
    public static ExportScope all() {
        return new ExportScope(Optional.empty(), true);
    }

    /** Only the named graph with this IRI. */
    public static ExportScope graph(String iri) {
        return new ExportScope(Optional.of(iri), true);
    }

    /** This scope without the inferred triples. */
    public ExportScope withoutInferred() {
        return new ExportScope(graph, false);
    }
}
