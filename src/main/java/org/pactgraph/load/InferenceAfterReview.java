package org.pactgraph.load;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Namespaces;
import org.pactgraph.reason.AssertedGraph;
import org.pactgraph.review.DocumentChanges;
import org.pactgraph.review.QueueText;
import org.pactgraph.review.ReviewException;
import org.pactgraph.store.LiveDataset;
import org.pactgraph.validate.Breach;
import org.pactgraph.validate.ShapesValidator;
import org.pactgraph.validate.TouchedResources;

/**
 * Brings the inferred graph up to date after a reviewer's decision changed document graphs, as
 * an incremental load does after documents changed ({@link RegionalInference}, over the
 * ontologies and reference data the store holds), in the decision's transaction: an approved
 * fact's inferences are served at once, and an undone one's leave with it. A decision whose
 * facts contradict the ontology is refused with a {@link org.pactgraph.review.ReviewException}
 * (an answer of 400 from the review API), its transaction aborted.
 *
 * <p>What the ontologies and the reference data entail alone ({@link CuratedClosure}) is the
 * costly part of that reasoning and no decision changes it, so one instance keeps it for the
 * store generation it was read from and gives it to every decision made on that generation; a
 * decision on another generation (a load switched the server to it) reads that one's. The
 * generation of a {@link LiveDataset} is the one the decision's transaction is pinned to; any
 * other dataset is one generation (a load never changes the ontologies or the reference data of
 * the generation it writes in place). Hold one instance for as long as decisions are made (the
 * review API holds one per server); threads may share it.
 */
public final class InferenceAfterReview implements DocumentChanges {
    private static final Node ONTOLOGY = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
    private static final Node REFERENCE = NodeFactory.createURI(Iris.REFERENCE_GRAPH);

    /** The closure of one generation; the generation is a folder, or the dataset itself when it has no folder of generations. */
    private record Kept(Object generation, CuratedClosure closure) {}

    private final AtomicReference<Kept> kept = new AtomicReference<>();
    private final ShapesValidator shapes;

    /** Inference only: a decision is not validated against the shapes (the review benchmark's). */
    public InferenceAfterReview() {
        this.shapes = null;
    }

    /**
     * Inference, after a check that the facts a decision asserts break none of the shapes the load
     * uses ({@code shapesFile}, {@code ontology/shapes.ttl}): a decision that would make the asserted
     * graph break one, as approving both of two values a shape allows one of, is refused.
     */
    public InferenceAfterReview(Path shapesFile) {
        this.shapes = new ShapesValidator(RdfFileReader.read(shapesFile), Namespaces.standard());
    }

    @Override
    public void changed(DatasetGraph dsg, Set<Node> graphs, List<Triple> triples, boolean additionsOnly) {
        if (shapes != null) refuseIfBreakingAShape(dsg, graphs, triples);
        RegionalInference inference = new RegionalInference(closureOf(dsg));
        try {
            inference.update(dsg, triples, graphs, additionsOnly);
        } catch (org.pactgraph.reason.InconsistencyException e) {
            // Thrown inside the decision's transaction, which is aborted: the store stays as it was.
            throw new org.pactgraph.review.ReviewException("This decision would make the store contradict its ontology: " + e.getMessage(),
                    "decide otherwise (reject the item, or edit it with another resource); nothing was changed");
        }
    }

    /**
     * Validates the resources the asserted facts touch ({@link TouchedResources}), as the load does
     * after it sent facts to review, and refuses the decision when one of them breaks a shape through
     * a fact it asserted; the caller's transaction is then aborted, and the store stays as it was.
     */
    private void refuseIfBreakingAShape(DatasetGraph dsg, Set<Node> graphs, List<Triple> triples) {
        Set<Triple> asserted = new HashSet<>();
        for (Triple t : triples) {
            if (graphs.stream().anyMatch(g -> dsg.contains(g, t.getSubject(), t.getPredicate(), t.getObject()))) asserted.add(t);
        }
        Set<Node> touched = new HashSet<>();
        asserted.forEach(t -> touched.addAll(TouchedResources.of(dsg, t)));
        for (Breach b : shapes.breaches(new AssertedGraph(dsg), touched, Map.of())) {
            if (b.statements().stream().noneMatch(asserted::contains)) continue;
            List<String> others = b.statements().stream().filter(t -> !asserted.contains(t)).map(QueueText::statement).sorted().toList();
            throw new ReviewException("This decision would make " + QueueText.term(b.focus()) + " break " + b.violation().shape() + " ("
                    + b.violation().message() + ")" + (others.isEmpty() ? "" : "; already asserted: " + String.join("; ", others)),
                    others.isEmpty() ? "reject the item, or edit it; nothing was changed"
                            : "reject or undo the other value first, then approve this one; nothing was changed");
        }
    }

    /** The curated closure of the generation the caller's transaction reads: the one kept when it is that generation's. */
    CuratedClosure closureOf(DatasetGraph dsg) {
        Object generation = dsg instanceof LiveDataset live ? live.generationInUse() : dsg;
        Kept k = kept.get();
        if (k != null && k.generation().equals(generation)) return k.closure();
        CuratedClosure fresh = CuratedClosure.of(dsg.getGraph(ONTOLOGY), dsg.getGraph(REFERENCE));
        kept.set(new Kept(generation, fresh));
        return fresh;
    }
}
