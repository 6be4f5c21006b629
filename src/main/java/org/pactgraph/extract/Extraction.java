package org.pactgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Triple;

/**
 * What was extracted from one document: its sentences, their mentions, and the facts, the
 * candidates among them (below {@link Confidence#THRESHOLD}) kept for review only.
 */
public record Extraction(Document document, List<Sentence> sentences, List<List<Mention>> mentions, List<Fact> facts) {
    public Extraction {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
    }

    /** The distinct asserted statements, without evidence, in the order first found. */
    public Set<Triple> triples() {
        Set<Triple> triples = new LinkedHashSet<>();
        facts.stream().filter(f -> !f.isCandidate()).forEach(f -> triples.add(f.triple()));
        return triples;
    }

    /** The distinct statements kept as candidates for review that are not also asserted. */
    public Set<Triple> candidateTriples() {
        Set<Triple> asserted = triples();
        Set<Triple> candidates = new LinkedHashSet<>();
        facts.stream().filter(Fact::isCandidate).map(Fact::triple).filter(t -> !asserted.contains(t)).forEach(candidates::add);
        return candidates;
    }
}
