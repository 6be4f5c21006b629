package org.pactgraph.load;

import java.util.Map;

/**
 * What a load did: how many documents and facts, how many triples went into each named graph,
 * how long each stage took, and what kind of load it was ({@code full}, or {@code incremental:}
 * with the documents added, changed and removed; then the documents, facts and graphs are those
 * of the changed documents, and the inferred graph's count is its net change).
 */
public record LoadReport(int documents, int facts, Map<String, Long> triplesByGraph, Map<String, Long> millisByStage, String kind) {
    /** A full load's report. */
    public LoadReport(int documents, int facts, Map<String, Long> triplesByGraph, Map<String, Long> millisByStage) {
        this(documents, facts, triplesByGraph, millisByStage, "full");
    }

    public LoadReport {
        triplesByGraph = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(triplesByGraph));
        millisByStage = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(millisByStage));
    }

    /** All triples in all graphs. */
    public long totalTriples() {
        return triplesByGraph.values().stream().mapToLong(Long::longValue).sum();
    }
}
