package org.pactgraph.load;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pactgraph.extract.Document;
import org.pactgraph.extract.Extraction;
import org.pactgraph.extract.Extractor;
import org.pactgraph.extract.StatementMapper;
import org.pactgraph.review.Decisions;
import org.pactgraph.review.Replay;
import org.pactgraph.validate.ShapesValidator;

/**
 * Reads, extracts and validates documents on several threads and hands each result, in the
 * order of the files, to one consumer. At most {@code window} documents are in flight at once
 * (being extracted, or extracted and waiting for their turn), so memory holds that many
 * documents' texts and graphs whatever the size of the corpus.
 *
 * <p>Each document's graph is validated with the ontologies and the reference data about the
 * resources it names beside it: a violation there is only a suspect, since another document may
 * say what this one lacks; the bulk loader checks the suspects again on the whole graph.
 */
final class DocumentPipeline {
    /** One document, extracted and validated (its text is not kept), with what the load should tell of it ({@link Extraction#unreadNotes()}). */
    record Extracted(int index, String graphIri, String path, Graph graph, int facts, Set<Node> suspects, List<String> notes) {}

    private static final Node TYPE = RDF.type.asNode();
    private static final Set<Node> AXIOM_PREDICATES = Set.of(RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode(),
            RDFS.domain.asNode(), RDFS.range.asNode());

    private final Extractor extractor;
    private final ShapesValidator validator;
    private final Graph ontology;
    private final Graph reference;
    private final int threads;
    private final int window;
    private final Path dataDir;
    private final Replay replay;
    private final AtomicLong extractNanos = new AtomicLong();
    private final AtomicLong validateNanos = new AtomicLong();

    /** The ontology and reference graphs are only read, from several threads, once they are complete. */
    DocumentPipeline(Extractor extractor, ShapesValidator validator, Graph ontology, Graph reference, int threads, int window,
                     Path dataDir) {
        this(extractor, validator, ontology, reference, threads, window, dataDir, new Replay(Decisions.NONE));
    }

    /** As above, with the reviewers' decisions applied to each document graph before it is validated ({@link Replay}). */
    DocumentPipeline(Extractor extractor, ShapesValidator validator, Graph ontology, Graph reference, int threads, int window,
                     Path dataDir, Replay replay) {
        this.replay = replay;
        this.dataDir = dataDir;
        this.extractor = extractor;
        this.validator = validator;
        this.ontology = ontology;
        this.reference = reference;
        this.threads = threads;
        this.window = Math.max(window, threads);
    }

    /** Runs every document through, handing results to {@code consumer} in file order; the first failure, in file order, stops it. */
    void run(List<Path> files, Consumer<Extracted> consumer) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pactgraph-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<Extracted>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() && inFlight.size() < window) {
                int i = next++;
                inFlight.add(pool.submit(() -> process(i, files.get(i))));
            }
            while (!inFlight.isEmpty()) {
                Extracted done = await(inFlight.poll());
                if (next < files.size()) {
                    int i = next++;
                    inFlight.add(pool.submit(() -> process(i, files.get(i))));
                }
                consumer.accept(done);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Time spent extracting, summed over the threads. */
    long extractMillis() {
        return extractNanos.get() / 1_000_000;
    }

    /** Time spent validating, summed over the threads. */
    long validateMillis() {
        return validateNanos.get() / 1_000_000;
    }

    private Extracted process(int index, Path file) {
        long start = System.nanoTime();
        Document doc = DocumentReader.read(file, dataDir);
        Extraction extraction = extractor.extract(doc);
        Graph g = new StatementMapper().toGraph(extraction);
        replay.applyTo(g);
        long extracted = System.nanoTime();
        extractNanos.addAndGet(extracted - start);
        g.find().forEachRemaining(t -> refuseAxiom(doc, t));
        Set<Node> suspects = validator.nodesInViolation(view(g), null);
        validateNanos.addAndGet(System.nanoTime() - extracted);
        return new Extracted(index, doc.graphIri(), doc.path(), g, extraction.facts().size(), suspects, extraction.unreadNotes());
    }

    /**
     * What a document is validated on: its graph, the ontologies, and what the reference data
     * says about each resource the document names, with the types of the resources that says
     * something of. Whatever breaks a shape in this view is checked again on the whole graph.
     */
    private Graph view(Graph doc) {
        Graph view = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(view::add);
        Graph ref = reference;
        Set<Node> named = new HashSet<>();
        doc.find().forEachRemaining(t -> {
            view.add(t);
            named.add(t.getSubject());
            if (!t.getObject().isLiteral()) named.add(t.getObject());
        });
        for (Node n : named) {
            ref.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                view.add(t);
                if (!t.getObject().isLiteral() && !t.getPredicate().equals(TYPE)) {
                    ref.find(t.getObject(), TYPE, Node.ANY).forEachRemaining(view::add);
                }
            });
        }
        return view;
    }

    /**
     * The reasoner of a bulk load reads its axioms from the ontologies and reference data before
     * the documents come; extraction never yields axioms, and this makes sure of it.
     */
    private static void refuseAxiom(Document doc, Triple t) {
        Node p = t.getPredicate();
        boolean axiom = AXIOM_PREDICATES.contains(p)
                || (p.isURI() && p.getURI().startsWith(OWL2.NS) && !p.equals(OWL2.sameAs.asNode()))
                || (p.equals(TYPE) && t.getObject().isURI() && t.getObject().getURI().startsWith(OWL2.NS));
        if (axiom) {
            throw new InputException(doc.path() + ": its extraction yields the axiom " + t + ", which a load reads only from the ontology folder",
                    "report this as a bug of the extractor, or move the axiom into a file under ontology/");
        }
    }

    private static Extracted await(Future<Extracted> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while extracting documents", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
