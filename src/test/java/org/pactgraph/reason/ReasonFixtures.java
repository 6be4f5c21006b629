package org.pactgraph.reason;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.pactgraph.model.Iris;

/**
 * Test data for the reasoner: a case folder holds {@code data.trig} (named graphs, as a load
 * would build them) and maybe {@code ontology.ttl} (axioms a user adds); the project's
 * ontology is always loaded too.
 */
final class ReasonFixtures {
    static final Path PROJECT_ONTOLOGY = Path.of("ontology/pactgraph.ttl");

    private ReasonFixtures() {}

    static Stream<String> cases(Path root) {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case's graphs with the project's and the case's ontology in the ontology graph. */
    static DatasetGraph dataset(Path dir) {
        return dataset(dir, true);
    }

    /** The case's graphs with its ontology, and the project's if asked, in the ontology graph. */
    static DatasetGraph dataset(Path dir, boolean withProjectOntology) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Graph ontology = dsg.getGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH));
        if (withProjectOntology) RDFParser.source(PROJECT_ONTOLOGY).parse(ontology);
        if (Files.exists(dir.resolve("ontology.ttl"))) RDFParser.source(dir.resolve("ontology.ttl")).parse(ontology);
        if (Files.exists(dir.resolve("data.trig"))) RDFParser.source(dir.resolve("data.trig")).parse(dsg);
        return dsg;
    }

    /** Materialises the dataset and adds the inferred graph to it. */
    static Materialization materialize(DatasetGraph dsg) {
        Materialization m = new Materializer().materialize(dsg.getUnionGraph());
        Graph inferred = dsg.getGraph(NodeFactory.createURI(Iris.INFERRED_GRAPH));
        m.inferred().find().forEachRemaining(inferred::add);
        return m;
    }

    static String read(Path file) {
        try {
            return Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
