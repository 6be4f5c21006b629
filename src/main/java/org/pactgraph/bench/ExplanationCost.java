package org.pactgraph.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.pactgraph.model.Iris;
import org.pactgraph.reason.DatasetFacts;
import org.pactgraph.reason.Derivation;
import org.pactgraph.reason.Explainer;
import org.pactgraph.reason.Materialization;

/**
 * What explaining costs, both ways of doing it. On demand (what PactGraph does): the time to
 * explain a seeded sample of inferred triples by searching backwards over the materialised
 * data. Recorded (what it does not do): the memory a derivation per derived fact would take
 * while materialising, counted as a rule and two premises (12 bytes), and 16 more for the
 * index that finds a fact's derivation.
 *
 * @param asked how many inferred triples were explained
 * @param explained how many of them got an explanation down to asserted triples
 * @param medianMicros the median time of one explanation
 * @param maxMicros the longest
 * @param derivedFacts facts the materialisation derived, internal ones included
 */
public record ExplanationCost(int asked, int explained, long medianMicros, long maxMicros, long derivedFacts) {
    /** Bytes per derived fact that recording would take at the least. */
    public static final int RECORDED_BYTES = 12 + 16;

    public long recordingBytes() {
        return derivedFacts * RECORDED_BYTES;
    }

    static ExplanationCost measure(Graph asserted, Materialization m, int sample, long seed) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        Node data = NodeFactory.createURI(Iris.REFERENCE_GRAPH);
        Node inferredGraph = NodeFactory.createURI(Iris.INFERRED_GRAPH);
        asserted.find().forEachRemaining(t -> dsg.add(data, t.getSubject(), t.getPredicate(), t.getObject()));
        m.inferredTriples().forEach(t -> dsg.add(inferredGraph, t.getSubject(), t.getPredicate(), t.getObject()));
        List<Triple> triples = new ArrayList<>(m.inferredTriples());
        Collections.shuffle(triples, new Random(seed));
        List<Long> micros = new ArrayList<>();
        int explained = 0;
        DatasetFacts facts = new DatasetFacts(dsg);
        for (Triple t : triples.subList(0, Math.min(sample, triples.size()))) {
            // A new explainer each time, as for a request: nothing learnt from the previous one.
            Explainer explainer = new Explainer(m.schema(), facts);
            long start = System.nanoTime();
            Derivation d = explainer.explain(t).orElse(null);
            micros.add((System.nanoTime() - start) / 1000);
            if (d != null && d.leaves().stream().allMatch(l -> facts.isAsserted(l.triple()))) explained++;
        }
        List<Long> sorted = micros.stream().sorted().toList();
        return new ExplanationCost(micros.size(), explained, sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2),
                sorted.isEmpty() ? 0 : sorted.getLast(), m.derivedFacts());
    }
}
