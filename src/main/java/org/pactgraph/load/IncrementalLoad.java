package org.pactgraph.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.extract.Extractor;
import org.pactgraph.extract.Gazetteer;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Namespaces;
import org.pactgraph.reason.AssertedGraph;
import org.pactgraph.store.Store;
import org.pactgraph.validate.ShapesValidator;
import org.pactgraph.validate.Breach;

/**
 * A load that changes only what changed: when the store was built from the same ontologies,
 * shapes, reference data and linguistic layer, and only announcements were added, changed or
 * removed, those alone are read and extracted (the linguistic layer's cache spares CoreNLP for
 * text it has seen), their graphs alone are replaced, their resources are validated again on the
 * whole asserted graph, and the inferred graph is brought up to date over the region they touch
 * ({@link RegionalInference}). It all happens in one TDB2 write transaction on the generation in
 * use ({@link Store#update}; TDB2's is all or nothing, also under SIGKILL, and user graphs stay as they
 * are. When anything else changed, when more than a tenth of the documents did (a full load is
 * then about as quick), or when a server reads the store (a server in another process holds the
 * database, so only a new generation can reach it), the caller does a full load instead.
 */
final class IncrementalLoad {
    private final InputFiles files;
    private final DocumentIndex now;
    private final LoadPipeline.Options options;
    private final Map<String, Long> timings = new LinkedHashMap<>();
    /** The extracted facts the load sent to review because they broke a shape. */
    private List<Demotion> demoted = List.of();

    IncrementalLoad(InputFiles files, DocumentIndex now, LoadPipeline.Options options) {
        this.files = files;
        this.now = now;
        this.options = options;
    }

    /**
     * Loads incrementally into the store, whose metadata recorded the index {@code before}, or
     * returns empty when only a full load will do; the caller holds the store's lock.
     */
    Optional<LoadReport> into(Store store, Optional<DocumentIndex> before, Function<DocumentIndex, Map<String, String>> metadata) {
        if (before.isEmpty() || !before.get().base().equals(now.base())) return Optional.empty();
        DocumentIndex.Changes changes = now.changesSince(before.get());
        if (changes.size() * 10L > Math.max(10, now.documents().size())) return Optional.empty();

        long t0 = System.nanoTime();
        InputGraphs reader = new InputGraphs();
        Map<String, String> sources = new HashMap<>();
        Graph ontology = reader.readAll(files.ontologies(), sources);
        Graph reference = reader.readAll(files.referenceData(), sources);
        Graph known = InputGraphs.union(ontology, reference);
        ShapesValidator validator = new ShapesValidator(RdfFileReader.read(files.shapes()), Namespaces.standard());
        timings.put("read", since(t0));

        long t1 = System.nanoTime();
        List<Path> toExtract = new ArrayList<>();
        changes.added().forEach(p -> toExtract.add(files.dataDir().resolve(p)));
        changes.changed().forEach(p -> toExtract.add(files.dataDir().resolve(p)));
        List<DocumentPipeline.Extracted> extracted = new ArrayList<>();
        new DocumentPipeline(new Extractor(Gazetteer.of(known), files.annotator()), validator, ontology, reference,
                options.threads(), options.window(), files.dataDir()).run(toExtract, extracted::add);
        timings.put("extract", since(t1));
        extracted.forEach(d -> d.notes().forEach(options.progress()::note));

        int[] facts = {0};
        extracted.forEach(d -> facts[0] += d.facts());
        Map<String, Long> counts = new LinkedHashMap<>();
        boolean done = store.update(dsg -> {
            apply(dsg, changes, extracted, validator, sources, ontology, reference, counts);
            return metadata.apply(now);
        });
        if (!done) return Optional.empty();
        return Optional.of(new LoadReport(extracted.size(), facts[0], counts, timings, "incremental: " + changes, demoted));
    }

    private void apply(DatasetGraph dsg, DocumentIndex.Changes changes, List<DocumentPipeline.Extracted> extracted, ShapesValidator validator,
                       Map<String, String> sources, Graph ontology, Graph reference, Map<String, Long> counts) {
        long t2 = System.nanoTime();
        List<Triple> changed = new ArrayList<>();
        Set<Node> recheck = new HashSet<>();
        List<String> gone = new ArrayList<>(changes.changed());
        gone.addAll(changes.removed());
        for (String path : gone) {
            Node g = NodeFactory.createURI(DocumentIndex.graphOf(path));
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                changed.add(q.asTriple());
                recheck.add(q.getSubject());
            });
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        }
        // The reviewers' decisions, kept in the store, apply to the documents extracted again.
        org.pactgraph.review.Replay replay = new org.pactgraph.review.Replay(org.pactgraph.review.Decisions.in(dsg));
        for (DocumentPipeline.Extracted d : extracted) {
            replay.applyTo(d.graph());
            Node g = NodeFactory.createURI(d.graphIri());
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            d.graph().find().forEachRemaining(t -> {
                dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                changed.add(t);
                recheck.add(t.getSubject());
                if (t.getSubject().isURI()) sources.putIfAbsent(t.getSubject().getURI(), d.path());
            });
            recheck.addAll(d.suspects());
            counts.put(d.graphIri(), (long) d.graph().size());
        }
        timings.put("write", since(t2));

        // Resources that a changed document described, and that another graph may describe too, are checked on the whole graph.
        long t3 = System.nanoTime();
        Set<Node> present = new HashSet<>();
        for (Node n : recheck) {
            if (dsg.find(Node.ANY, n, Node.ANY, Node.ANY).hasNext()) present.add(n);
        }
        java.util.function.Function<Set<Node>, List<Breach>> check =
                nodes -> validator.breaches(new RememberedFinds(new AssertedGraph(dsg)), nodes, sources);
        // As a full load would: facts of other documents sent to review over a conflict with the changed ones are looked at again.
        ViolatingFactsToReview.Outcome restored = ViolatingFactsToReview.restore(dsg, present);
        changed.addAll(restored.changed());
        restored.changed().forEach(t -> present.add(t.getSubject()));
        ViolatingFactsToReview.Outcome demoted = ViolatingFactsToReview.demote(dsg, check.apply(present), check, replay);
        changed.addAll(demoted.changed());
        this.demoted = demoted.demotions();
        timings.put("validate", since(t3));

        long t4 = System.nanoTime();
        Set<Node> changedGraphs = new HashSet<>();
        gone.forEach(path -> changedGraphs.add(NodeFactory.createURI(DocumentIndex.graphOf(path))));
        extracted.forEach(d -> changedGraphs.add(NodeFactory.createURI(d.graphIri())));
        changedGraphs.addAll(restored.graphs());
        changedGraphs.addAll(demoted.graphs());
        for (Node g : demoted.graphs()) counts.put(g.getURI(), (long) dsg.getGraph(g).size());
        boolean additionsOnly = gone.isEmpty() && restored.isEmpty() && demoted.isEmpty();
        RegionalInference.Result r = new RegionalInference(ontology, reference).update(dsg, changed, changedGraphs, additionsOnly);
        timings.put("reason", since(t4));
        counts.put(Iris.INFERRED_GRAPH, (long) r.written() - r.dropped());
    }

    private static long since(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
