package org.pactgraph.load;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a load did: how many documents and facts, how many triples went into each named graph,
 * how long each stage took, and what kind of load it was ({@code full}, or {@code incremental:}
 * with the documents added, changed and removed; then the documents, facts and graphs are those
 * of the changed documents, and the inferred graph's count is its net change); and the extracted
 * facts it sent to review because they broke a shape ({@link ViolatingFactsToReview}).
 */
public record LoadReport(int documents, int facts, Map<String, Long> triplesByGraph, Map<String, Long> millisByStage, String kind,
                         List<Demotion> demoted) {
    /** A full load's report, with nothing sent to review. */
    public LoadReport(int documents, int facts, Map<String, Long> triplesByGraph, Map<String, Long> millisByStage) {
        this(documents, facts, triplesByGraph, millisByStage, "full", List.of());
    }

    public LoadReport {
        triplesByGraph = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(triplesByGraph));
        millisByStage = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(millisByStage));
        demoted = List.copyOf(demoted);
    }

    /** All triples in all graphs. */
    public long totalTriples() {
        return triplesByGraph.values().stream().mapToLong(Long::longValue).sum();
    }

    /** How many extracted facts went to review, by the shape they broke. */
    public SortedMap<String, Long> demotedByShape() {
        SortedMap<String, Long> out = new TreeMap<>();
        demoted.forEach(d -> out.merge(d.shape(), 1L, Long::sum));
        return out;
    }

    /** The documents whose facts broke the given shape and went to review. */
    public SortedSet<String> demotedDocuments(String shape) {
        SortedSet<String> out = new TreeSet<>();
        demoted.stream().filter(d -> d.shape().equals(shape)).forEach(d -> out.add(d.document()));
        return out;
    }
}
