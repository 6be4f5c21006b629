package org.pactgraph.export;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Namespaces;

/**
 * Writes the store, or a part of it ({@link ExportScope}), in a standard RDF format, with the
 * prefixes the load recorded. Every format is written as a stream straight from TDB2's indexes:
 * N-Triples and N-Quads triple by triple, Turtle and TriG in Jena's streaming "blocks" style,
 * JSON-LD and RDF/XML by PactGraph's own streaming writers. Nothing is copied into memory first;
 * the JSON-LD writer holds one subject's properties at a time.
 */
public final class Exporter {
    /** Writes the part of the dataset the scope names, in one read transaction. */
    public void export(DatasetGraph dataset, ExportFormat format, ExportScope scope, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            List<Node> graphs = graphs(dataset, scope);
            // A store read over SPARQL has no prefixes of its own: write PactGraph's standard ones.
            PrefixMap prefixes = dataset.prefixes().isEmpty() ? Prefixes.adapt(Namespaces.standard()) : dataset.prefixes();
            StreamRDF sink = sink(format, out, prefixes);
            sink.start();
            prefixes.forEach(sink::prefix);
            if (format.keepsGraphs()) {
                for (Node g : graphs) dataset.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(sink::quad);
            } else if (scope.graph().isPresent()) {
                dataset.getGraph(graphs.get(0)).find().forEachRemaining(sink::triple);
            } else {
                // The union, graph by graph in TDB2's graph-first index order, a triple written
                // with the first graph that holds it: one index look-up per triple and no set of
                // the triples seen, so memory stays flat (TDB2's own union graph keeps such a set).
                for (Node g : graphs) {
                    dataset.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                        if (firstHolder(dataset, q.asTriple(), graphs).equals(g)) sink.triple(q.asTriple());
                    });
                }
            }
            sink.finish();
        });
    }

    /** The named graphs of the dataset, sorted by IRI. */
    public static List<String> graphNames(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            List<String> out = new java.util.ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(g -> out.add(g.getURI()));
            out.sort(null);
            return List.copyOf(out);
        });
    }

    private static List<Node> graphs(DatasetGraph dataset, ExportScope scope) {
        List<String> names = graphNames(dataset);
        if (scope.graph().isPresent()) {
            String g = scope.graph().get();
            if (!names.contains(g)) {
                throw new ExportException("The store has no graph <" + g + ">", "give one of: " + String.join(", ", names));
            }
            if (g.equals(Iris.INFERRED_GRAPH) && !scope.inferred()) {
                throw new ExportException("The graph <" + g + "> holds only inferred triples, and inferred triples were left out",
                        "drop --no-inferred or give another --graph");
            }
            return List.of(NodeFactory.createURI(g));
        }
        return names.stream()
                .filter(n -> scope.inferred() || !n.equals(Iris.INFERRED_GRAPH))
                .map(NodeFactory::createURI)
                .toList();
    }

    /** The first graph of the list that holds the triple. */
    private static Node firstHolder(DatasetGraph dataset, Triple t, List<Node> graphs) {
        Iterator<Quad> in = dataset.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        int first = Integer.MAX_VALUE;
        try {
            while (in.hasNext()) {
                int at = graphs.indexOf(in.next().getGraph());
                if (at >= 0 && at < first) first = at;
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(in);
        }
        return graphs.get(first);
    }

    static StreamRDF sink(ExportFormat format, OutputStream out, PrefixMap prefixes) {
        return switch (format) {
            case TTL -> StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
            case NT -> StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
            case NQ -> StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            case TRIG -> StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
            case JSONLD -> new JsonLdStreamWriter(out, JsonLdContext.of(prefixes));
            case RDFXML -> new RdfXmlStreamWriter(out, prefixes);
        };
    }
}
