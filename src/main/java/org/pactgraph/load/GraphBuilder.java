package org.pactgraph.load;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pactgraph.extract.Document;
import org.pactgraph.extract.Extraction;
import org.pactgraph.extract.Extractor;
import org.pactgraph.extract.Gazetteer;
import org.pactgraph.extract.StatementMapper;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Namespaces;
import org.pactgraph.reason.ConsistencyReport;
import org.pactgraph.reason.DatasetFacts;
import org.pactgraph.reason.InconsistencyException;
import org.pactgraph.reason.Materialization;
import org.pactgraph.reason.Materializer;
import org.pactgraph.validate.ShapesValidator;

/**
 * Builds the whole graph in memory from the input files, stage by stage: ontologies, reference
 * data, extraction of each document, SHACL validation, inference. Nothing touches the store
 * here, so any failure leaves the store as it was.
 */
public final class GraphBuilder {
    /** The built dataset with one named graph per source, and the load's figures. */
    public record Built(DatasetGraph dataset, LoadReport report) {}

    private final Map<String, Long> timings = new LinkedHashMap<>();
    /** Each ontology and reference file as read, to say which file a clashing triple came from. */
    private final Map<String, Graph> inputGraphs = new LinkedHashMap<>();
    private final Map<String, String> documentFiles = new HashMap<>();

    /** Reads, extracts, validates and reasons. */
    public Built build(InputFiles files) {
        Map<String, String> sources = new HashMap<>();
        Graph ontology = timed("ontology", () -> readAll(files.ontologies(), sources));
        Graph reference = timed("reference", () -> readAll(files.referenceData(), sources));
        Graph known = union(ontology, reference);
        Gazetteer gazetteer = Gazetteer.of(known);
        Extractor extractor = new Extractor(gazetteer, files.annotator());
        StatementMapper mapper = new StatementMapper();

        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.prefixes().putAll(Namespaces.standardWith(ontology.getPrefixMapping()));
        addGraph(dsg, Iris.ONTOLOGY_GRAPH, ontology);
        addGraph(dsg, Iris.REFERENCE_GRAPH, reference);
        int facts = timed("extract", () -> {
            int n = 0;
            for (Path file : files.documents()) {
                Document doc = DocumentReader.read(file, files.dataDir());
                Extraction extraction = extractor.extract(doc);
                Graph g = mapper.toGraph(extraction);
                g.find().forEachRemaining(t -> {
                    if (t.getSubject().isURI()) sources.putIfAbsent(t.getSubject().getURI(), doc.path());
                });
                addGraph(dsg, doc.graphIri(), g);
                documentFiles.put(doc.graphIri(), doc.path());
                n += extraction.facts().size();
            }
            return n;
        });
        Graph asserted = dsg.getUnionGraph();
        timed("validate", () -> {
            Graph shapes = RdfFileReader.read(files.shapes());
            new ShapesValidator(shapes, Namespaces.standard()).validate(asserted, sources);
            return null;
        });
        Materialization reasoning = timed("reason", () -> new Materializer().materialize(asserted));
        addTriples(dsg, Iris.INFERRED_GRAPH, reasoning.inferredTriples());
        if (!reasoning.consistent()) {
            DatasetFacts stated = new DatasetFacts(dsg, this::fileOf);
            throw new InconsistencyException(ConsistencyReport.summary(reasoning.clashes()),
                    ConsistencyReport.render(reasoning.clashes(), reasoning.schema(), stated, Namespaces.standard()));
        }

        Map<String, Long> counts = new LinkedHashMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> counts.put(g.getURI(), (long) dsg.getGraph(g).size()));
        return new Built(dsg, new LoadReport(files.documents().size(), facts, counts, timings));
    }

    /**
     * The ontologies and the reference data in one graph: what the extractor's gazetteer is
     * built from, for commands that extract without loading.
     */
    public static Graph knownGraph(InputFiles files) {
        Map<String, String> sources = new HashMap<>();
        GraphBuilder reader = new GraphBuilder();
        return union(reader.readAll(files.ontologies(), sources), reader.readAll(files.referenceData(), sources));
    }

    /** Remembers that a document's graph came from the file, for {@link #fileOf}. */
    void documentRead(String graphIri, String path) {
        documentFiles.put(graphIri, path);
    }

    /** The file a triple of the graph was read from. */
    String fileOf(Node graph, Triple t) {
        String document = documentFiles.get(graph.getURI());
        if (document != null) return document;
        for (Map.Entry<String, Graph> e : inputGraphs.entrySet()) {
            if (e.getValue().contains(t)) return e.getKey();
        }
        return null;
    }

    /** The triples of every file, and the prefixes they declare. */
    Graph readAll(List<Path> files, Map<String, String> sources) {
        Graph all = GraphFactory.createDefaultGraph();
        for (Path file : files) {
            Graph g = RdfFileReader.read(file);
            String name = InputFiles.display(file);
            inputGraphs.put(name, g);
            // The prefixes each file declares, the first file's binding kept: the store keeps the ontologies' ones.
            g.getPrefixMapping().getNsPrefixMap().forEach((prefix, ns) -> {
                if (all.getPrefixMapping().getNsPrefixURI(prefix) == null) all.getPrefixMapping().setNsPrefix(prefix, ns);
            });
            g.find().forEachRemaining(t -> {
                all.add(t);
                if (t.getSubject().isURI()) sources.putIfAbsent(t.getSubject().getURI(), name);
            });
        }
        return all;
    }

    static Graph union(Graph a, Graph b) {
        Graph g = GraphFactory.createDefaultGraph();
        a.find().forEachRemaining(g::add);
        b.find().forEachRemaining(g::add);
        return g;
    }

    private static void addGraph(DatasetGraph dsg, String iri, Graph g) {
        Node name = NodeFactory.createURI(iri);
        g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    private static void addTriples(DatasetGraph dsg, String iri, List<Triple> triples) {
        Node name = NodeFactory.createURI(iri);
        triples.forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    private <T> T timed(String stage, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            timings.merge(stage, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }
}
