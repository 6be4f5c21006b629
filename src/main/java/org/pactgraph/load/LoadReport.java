package org.pactgraph.load;

import java.util.Map;

/**
 * What a load did: how many documents and facts, how many triples went into each named graph,
 * and how long each stage took.
 */
public record LoadReport(int documents, int facts, Map<String, Long> triplesByGraph, Map<String, Long> millisByStage) {
    public LoadReport {
        triplesByGraph = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(triplesByGraph));
        millisByStage = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(millisByStage));
    }

    /** All triples in all graphs. */
    public long totalTriples() {
        return triplesByGraph.values().stream().mapToLong(Long::longValue).sum();
    }
}
