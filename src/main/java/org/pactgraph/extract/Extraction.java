package org.pactgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Triple;

/** What was extracted from one document: its sentences, their mentions, and the facts. */
public record Extraction(Document document, List<Sentence> sentences, List<List<Mention>> mentions, List<Fact> facts) {
    public Extraction {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
    }

    /** The distinct statements, without evidence, in the order first found. */
    public Set<Triple> triples() {
        Set<Triple> triples = new LinkedHashSet<>();
        facts.forEach(f -> triples.add(f.triple()));
        return triples;
    }
}
