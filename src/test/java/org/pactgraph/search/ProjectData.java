package org.pactgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.pactgraph.model.Iris;

/**
 * The project's reference data and ontology, and the real corpus's gold statements, each file in
 * a named graph of an in-memory dataset: what search and reconciliation are measured on without
 * a load (no inferred types; the tests that need them use the loaded store).
 */
final class ProjectData {
    private ProjectData() {}

    static final Path GOLD_DEV = Path.of("src/test/resources/extract/real/gold-dev");

    /** data/reference/*.ttl, ontology/pactgraph.ttl and, when asked, every gold-dev file. */
    static DatasetGraph dataset(boolean withGold) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            files(Path.of("data/reference")).forEach(f -> add(dsg, Iris.REFERENCE_GRAPH, f));
            add(dsg, Iris.ONTOLOGY_GRAPH, Path.of("ontology/pactgraph.ttl"));
            if (withGold) files(GOLD_DEV).forEach(f -> add(dsg, Iris.documentGraph("gold-" + f.getFileName()), f));
        });
        return dsg;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(DatasetGraph dsg, String graph, Path file) {
        Graph g = RDFDataMgr.loadGraph(file.toString());
        g.find().forEachRemaining(t -> dsg.add(NodeFactory.createURI(graph), t.getSubject(), t.getPredicate(), t.getObject()));
    }
}
