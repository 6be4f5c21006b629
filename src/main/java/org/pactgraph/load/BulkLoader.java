package org.pactgraph.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
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
import org.pactgraph.store.UserGraphs;
import org.pactgraph.validate.ShapesValidator;
import org.pactgraph.validate.ValidationException;
import org.pactgraph.validate.Violation;

/**
 * Writes a whole load into an empty TDB2 database with TDB2's phased bulk loader (the loader
 * that {@code tdb2.tdbloader} uses by default), streaming: documents are extracted and
 * validated on several threads ({@link DocumentPipeline}) and their quads go to the loader as
 * they come, in file order. The bulk loader is not crash-safe, so this writes only into a fresh
 * generation that the store switches to when all is done ({@code TdbStore.replace}).
 *
 * <p>Checks stay those of the in-memory load. SHACL: the reference data and ontologies are
 * validated alone, and each document with them beside it; the resources that broke a shape in
 * such a partial view, and every resource that two or more documents say something about, are
 * validated again on the whole asserted graph in the new database before it is used. Every
 * shape of {@code ontology/shapes.ttl} can only be broken further by a resource's own triples
 * (no {@code sh:not}, no inverse paths), so this finds exactly what validating the whole would.
 * Reasoning: every asserted triple also goes to the reasoner, which runs once over all of them
 * when the documents are done; the inferred graph is then streamed to the loader too.
 *
 * <p>Memory: the documents in flight (at most {@code window}, each its graph of a few hundred
 * triples); the reasoner's fact table, about 200 bytes per distinct asserted or inferred triple
 * (four ints per fact in the log and indexes, each distinct node once); the list of inferred
 * triples until they are written; for each resource that a document describes, the number of
 * the first document that did (to find those described by several); the names of the document
 * graphs; and the TDB2 loader's own buffers, which do not grow with the data. Nothing holds the
 * corpus's text or its asserted graph as Jena nodes and triples.
 */
public final class BulkLoader {
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
    private boolean bulkFinished;

    public BulkLoader(Options options) {
        this.options = options;
    }

    /** Reads, extracts, validates and reasons, writing everything into the empty database at the location; closes it. */
    public LoadReport write(InputFiles files, Location location) {
        return write(files, UserGraphs.NONE, location);
    }

    /**
     * As {@link #write(InputFiles, Location)}, with the given user graphs written as they are
     * and reasoned over with the rest (their triples add facts; the axioms are the ontologies').
     */
    public LoadReport write(InputFiles files, UserGraphs users, Location location) {
        long t0 = System.nanoTime();
        GraphBuilder reader = new GraphBuilder();
        Map<String, String> sources = new HashMap<>();
        Graph ontology = reader.readAll(files.ontologies(), sources);
        timings.put("ontology", since(t0));
        long t1 = System.nanoTime();
        Graph reference = reader.readAll(files.referenceData(), sources);
        timings.put("reference", since(t1));
        Graph known = GraphBuilder.union(ontology, reference);
        ShapesValidator validator = new ShapesValidator(RdfFileReader.read(files.shapes()), Namespaces.standard());

        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location);
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (format, args) -> { });
        try {
            loader.startBulk();
            return load(files, users, reader, sources, known, ontology, reference, validator, dsg, loader);
        } catch (RuntimeException e) {
            if (!bulkFinished) abandon(loader, e);
            throw e;
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private LoadReport load(InputFiles files, UserGraphs users, GraphBuilder reader, Map<String, String> sources, Graph known, Graph ontology, Graph reference,
                            ShapesValidator validator, DatasetGraph dsg, DataLoader loader) {
        StreamRDF out = loader.stream();
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
        DocumentPipeline pipeline = new DocumentPipeline(extractor, validator, ontology, reference, options.threads(), options.window(),
                files.dataDir(), new org.pactgraph.review.Replay(users.decisions()));
        pipeline.run(files.documents(), d -> {
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
        progress.stage("building TDB2 indexes");
        long t4 = System.nanoTime();
        loader.finishBulk();
        bulkFinished = true;
        timings.put("store", since(t4));

        progress.stage("checking " + String.format("%,d", recheck.size()) + " resources on the whole graph");
        long t5 = System.nanoTime();
        Txn.executeRead(dsg, () -> {
            Graph asserted = new AssertedGraph(dsg);
            List<Violation> violations = validator.violations(asserted, recheck, sourcesOf(recheck, describedBy, paths, sources));
            if (!violations.isEmpty()) throw new ValidationException(violations);
            if (!reasoning.consistent()) {
                DatasetFacts stated = new DatasetFacts(dsg, reader::fileOf);
                throw new InconsistencyException(ConsistencyReport.summary(reasoning.clashes()),
                        ConsistencyReport.render(reasoning.clashes(), reasoning.schema(), stated, Namespaces.standard()));
            }
        });
        timings.put("check", since(t5));
        return new LoadReport(files.documents().size(), facts[0], counts, timings);
    }

    /** Ends the loader after a failure; the generation it wrote into is deleted whatever happens here. */
    private static void abandon(DataLoader loader, RuntimeException cause) {
        try {
            loader.finishException(cause);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
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
