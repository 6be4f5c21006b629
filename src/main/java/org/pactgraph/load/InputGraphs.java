package org.pactgraph.load;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontologies and the reference data as read from their files, remembering which file each
 * resource and each document graph came from, so that errors can name the file.
 */
public final class InputGraphs {
    /** Each ontology and reference file as read, to say which file a clashing triple came from. */
    private final Map<String, Graph> inputGraphs = new LinkedHashMap<>();
    private final Map<String, String> documentFiles = new HashMap<>();

    /**
     * The ontologies and the reference data in one graph: what the extractor's gazetteer is
     * built from, for commands that extract without loading.
     */
    public static Graph knownGraph(InputFiles files) {
        Map<String, String> sources = new HashMap<>();
        InputGraphs reader = new InputGraphs();
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
}
