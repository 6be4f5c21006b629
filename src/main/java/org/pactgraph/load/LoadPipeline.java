package org.pactgraph.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.pactgraph.extract.Extractor;
import org.pactgraph.extract.Gazetteer;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Namespaces;
import org.pactgraph.reason.AssertedGraph;
import org.pactgraph.reason.ConsistencyReport;
import org.pactgraph.reason.DatasetFacts;
import org.pactgraph.reason.InconsistencyException;
import org.pactgraph.reason.Materialization;
import org.pactgraph.reason.Materializer;
import org.pactgraph.store.Sink;
import org.pactgraph.store.UserGraphs;
import org.pactgraph.validate.ShapesValidator;
import org.pactgraph.validate.Breach;

/**
 * The one way a full load runs, whatever the store: read the ontologies and reference data;
 * read, extract and validate the documents on several threads ({@link DocumentPipeline}),
 * streaming their quads in file order into the store's {@link Sink} (TDB2's phased bulk loader
 * into a fresh generation, a dataset in memory, or a dataset in memory that a remote SPARQL
 * store then receives); reason once over everything; write the inferred graph; then check on the
 * whole graph written what partial views cannot show. The store switches to the new content
 * only when all of this succeeded ({@link org.pactgraph.store.Store#replaceWith}).
 *
 * <p>SHACL: the reference data and ontologies are validated alone, and each document with them
 * beside it; the resources that broke a shape in such a partial view, and every resource that
 * two or more documents say something about, are validated again on the whole asserted graph
 * written. Every shape of {@code ontology/shapes.ttl} can only be broken further by a resource's
 * own triples (no {@code sh:not}, no inverse paths), so this finds exactly what validating the
 * whole would. Reasoning: every asserted triple also goes to the reasoner, which runs once over
 * all of them when the documents are done; the inferred graph is then streamed to the sink too.
 *
 * <p>Memory: the documents in flight (at most {@code window}, each its graph of a few hundred
 * triples); the reasoner's fact table, about 200 bytes per distinct asserted or inferred triple
 * (four ints per fact in the log and indexes, each distinct node once); the list of inferred
 * triples until they are written; for each resource that a document describes, the number of
 * the first document that did (to find those described by several); the names of the document
 * graphs; and what the sink holds (TDB2's loader: buffers that do not grow with the data; a
 * dataset in memory: everything). Nothing else holds the corpus's text or its asserted graph.
 */
public final class LoadPipeline {
    /**
     * @param threads threads that extract and validate documents
     * @param window documents in flight at most
     * @param progress where progress is shown
     */
    public record Options(int threads, int window, LoadProgress progress) {
        public Options {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
            if (window < 1) throw new IllegalArgumentException("window must be at least 1");
        }

        /** One thread per processor, 64 documents in flight per thread, no progress shown. */
        public static Options defaults() {
            return of(Runtime.getRuntime().availableProcessors(), LoadProgress.silent());
        }

        /** The given threads with 64 documents in flight per thread. */
        public static Options of(int threads, LoadProgress progress) {
            return new Options(threads, 64 * threads, progress);
        }
    }

    private final Options options;
    private final Map<String, Long> timings = new LinkedHashMap<>();

    public LoadPipeline(Options options) {
        this.options = options;
    }

    /**
     * Reads, extracts, validates and reasons, writing everything into the sink, with the given
     * user graphs written as they are and reasoned over with the rest (their triples add facts;
     * the axioms are the ontologies'). A failure ends the sink and is thrown.
     */
    public LoadReport write(InputFiles files, UserGraphs users, Sink sink) {
        long t0 = System.nanoTime();
        InputGraphs reader = new InputGraphs();
        Map<String, String> sources = new HashMap<>();
        Graph ontology = reader.readAll(files.ontologies(), sources);
        timings.put("ontology", since(t0));
        long t1 = System.nanoTime();
        Graph reference = reader.readAll(files.referenceData(), sources);
        timings.put("reference", since(t1));
        Graph known = InputGraphs.union(ontology, reference);
        ShapesValidator validator = new ShapesValidator(RdfFileReader.read(files.shapes()), Namespaces.standard());
        try {
            return load(files, users, reader, sources, known, ontology, reference, validator, sink);
        } catch (RuntimeException e) {
            sink.abandon(e);
            throw e;
        }
    }

    private LoadReport load(InputFiles files, UserGraphs users, InputGraphs reader, Map<String, String> sources, Graph known, Graph ontology, Graph reference,
                            ShapesValidator validator, Sink sink) {
        StreamRDF out = sink.stream();
        Namespaces.standardWith(ontology.getPrefixMapping()).getNsPrefixMap().forEach(out::prefix);
        Materializer.Session reasoner = new Materializer().start(known);
        Map<String, Long> counts = new LinkedHashMap<>();
        write(out, reasoner, Iris.ONTOLOGY_GRAPH, ontology, counts);
        write(out, reasoner, Iris.REFERENCE_GRAPH, reference, counts);
        users.quads().forEach(q -> {
            out.quad(q);
            reasoner.add(q.asTriple());
            counts.merge(q.getGraph().getURI(), 1L, Long::sum);
        });
        Set<Node> recheck = new HashSet<>(validator.nodesInViolation(known, null));

        List<String> paths = new ArrayList<>(files.documents().size());
        Map<Node, Integer> describedBy = new HashMap<>();
        int[] facts = {0};
        long[] triples = {counts.values().stream().mapToLong(Long::longValue).sum()};
        LoadProgress progress = options.progress();
        progress.start(files.documents().size());
        long t2 = System.nanoTime();
        Extractor extractor = new Extractor(Gazetteer.of(known), files.annotator());
        org.pactgraph.review.Replay replay = new org.pactgraph.review.Replay(users.decisions());
        DocumentPipeline pipeline = new DocumentPipeline(extractor, validator, ontology, reference, options.threads(), options.window(),
                files.dataDir(), replay);
        pipeline.run(files.documents(), d -> {
            d.notes().forEach(progress::note);
            paths.add(d.path());
            reader.documentRead(d.graphIri(), d.path());
            write(out, reasoner, d.graphIri(), d.graph(), counts);
            d.graph().find().forEachRemaining(t -> {
                Integer first = describedBy.putIfAbsent(t.getSubject(), d.index());
                if (first != null && first != d.index()) recheck.add(t.getSubject());
            });
            recheck.addAll(d.suspects());
            facts[0] += d.facts();
            triples[0] += d.graph().size();
            progress.documents(d.index() + 1, triples[0]);
        });
        progress.documents(files.documents().size(), triples[0]);
        timings.put("documents", since(t2));
        timings.put("extract", pipeline.extractMillis());
        timings.put("validate", pipeline.validateMillis());

        progress.stage("reasoning over " + String.format("%,d", reasoner.size()) + " facts");
        long t3 = System.nanoTime();
        Materialization reasoning = reasoner.finish();
        timings.put("reason", since(t3));
        // Written even when there are contradictions: their report explains them from the inferred graph.
        Node inferred = NodeFactory.createURI(Iris.INFERRED_GRAPH);
        reasoning.inferredTriples().forEach(t -> out.quad(Quad.create(inferred, t)));
        counts.put(Iris.INFERRED_GRAPH, (long) reasoning.inferredTriples().size());
        progress.stage("building the store's indexes");
        long t4 = System.nanoTime();
        DatasetGraph dsg = sink.finish();
        timings.put("store", since(t4));

        progress.stage("checking " + String.format("%,d", recheck.size()) + " resources on the whole graph");
        long t5 = System.nanoTime();
        java.util.function.Function<Set<Node>, List<Breach>> check =
                nodes -> validator.breaches(new AssertedGraph(dsg), nodes, sourcesOf(nodes, describedBy, paths, sources));
        List<Breach> breaches = Txn.calculateRead(dsg, () -> check.apply(recheck));
        ViolatingFactsToReview.Outcome demoted = ViolatingFactsToReview.Outcome.NONE;
        if (!breaches.isEmpty()) {
            progress.stage("sending to review the extracted facts behind " + breaches.size() + " violations");
            // In a write transaction on the fresh content, which nobody reads yet: a refusal aborts it, and the store stays as it was.
            demoted = Txn.calculateWrite(dsg, () -> {
                ViolatingFactsToReview.Outcome o = ViolatingFactsToReview.demote(dsg, breaches, check, replay);
                new RegionalInference(ontology, reference).update(dsg, o.changed(), o.graphs(), false);
                counts.put(Iris.INFERRED_GRAPH, (long) dsg.getGraph(inferred).size());
                for (Node g : o.graphs()) counts.put(g.getURI(), (long) dsg.getGraph(g).size());
                return o;
            });
        }
        Txn.executeRead(dsg, () -> {
            if (!reasoning.consistent()) {
                DatasetFacts stated = new DatasetFacts(dsg, reader::fileOf);
                throw new InconsistencyException(ConsistencyReport.summary(reasoning.clashes()),
                        ConsistencyReport.render(reasoning.clashes(), reasoning.schema(), stated, Namespaces.standard()));
            }
        });
        timings.put("check", since(t5));
        return new LoadReport(files.documents().size(), facts[0], counts, timings, "full", demoted.demotions());
    }

    private static void write(StreamRDF out, Materializer.Session reasoner, String graphIri, Graph g, Map<String, Long> counts) {
        Node name = NodeFactory.createURI(graphIri);
        g.find().forEachRemaining(t -> {
            out.quad(Quad.create(name, t));
            reasoner.add(t);
        });
        counts.put(graphIri, (long) g.size());
    }

    /** The file each resource to check came from, for the messages of violations. */
    private static Map<String, String> sourcesOf(Set<Node> nodes, Map<Node, Integer> describedBy, List<String> paths, Map<String, String> known) {
        Map<String, String> out = new HashMap<>();
        for (Node n : nodes) {
            if (!n.isURI()) continue;
            // As the in-memory load names them: the reference or ontology file first, else the first document.
            Integer doc = describedBy.get(n);
            String file = known.containsKey(n.getURI()) || doc == null ? known.get(n.getURI()) : paths.get(doc);
            if (file != null) out.put(n.getURI(), file);
        }
        return out;
    }

    private static long since(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
