package org.pactgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.pactgraph.export.ExportFormat;
import org.pactgraph.export.ExportScope;
import org.pactgraph.export.Exporter;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Namespaces;
import org.pactgraph.model.Pact;
import org.pactgraph.store.Folders;

/**
 * How fast each export format streams out of a TDB2 store and how much heap it takes on the
 * way, against two baselines of the same run: N-Quads (a plain scan of the store, for time) and
 * Jena's own JSON-LD and RDF/XML writers over the same store (for memory: they build or walk
 * the whole graph). The store is synthetic, made of organisations shaped like PactGraph's, in
 * four named graphs, with blank nodes and literals in two languages.
 */
public final class ExportBenchmark {
    /** One measured export: wall time, bytes written and the peak of live heap above its level before. */
    public record Row(String name, long millis, long bytes, long peakHeapBytes) {}

    /** The store's size and one row per export. */
    public record Result(long quads, List<Row> rows) {}

    /** Builds a store of the given number of organisations (about ten quads each) and exports it every way. */
    public Result run(int organisations) {
        Path dir;
        try {
            dir = Files.createTempDirectory("pactgraph-export-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        try {
            fill(dsg, organisations);
            long quads = Txn.calculateRead(dsg, () -> (long) org.apache.jena.atlas.iterator.Iter.count(dsg.find()));
            List<Row> rows = new ArrayList<>();
            Exporter exporter = new Exporter();
            for (ExportFormat f : ExportFormat.values()) {
                rows.add(measure("pactgraph export " + f.title(), out -> exporter.export(dsg, f, ExportScope.all(), out)));
            }
            rows.add(measure("Jena JSON-LD 1.1 writer", out -> Txn.executeRead(dsg, () ->
                    RDFWriter.source(dsg).format(RDFFormat.JSONLD11).output(out))));
            rows.add(measure("Jena RDF/XML writer (union graph)", out -> Txn.executeRead(dsg, () ->
                    RDFWriter.source(dsg.getUnionGraph()).format(RDFFormat.RDFXML_PLAIN).output(out))));
            return new Result(quads, rows);
        } finally {
            TDBInternal.expel(dsg);
            Folders.deleteQuietly(dir);
        }
    }

    private interface Export {
        void to(OutputStream out);
    }

    /**
     * Times the export once after a warm-up, then runs it again while another thread collects
     * garbage every 20 ms and records the heap in use just after: the peak of that is the
     * export's live data, whatever garbage it makes on the way.
     */
    private static Row measure(String name, Export export) {
        export.to(OutputStream.nullOutputStream()); // warm-up
        Counting out = new Counting();
        long start = System.nanoTime();
        export.to(out);
        long millis = (System.nanoTime() - start) / 1_000_000;

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                memory.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        export.to(OutputStream.nullOutputStream());
        running.set(false);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Row(name, millis, out.count, Math.max(0, peak.get() - before));
    }

    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private static void fill(DatasetGraph dsg, int organisations) {
        Node reference = NodeFactory.createURI(Iris.REFERENCE_GRAPH);
        Node document = NodeFactory.createURI(Iris.documentGraph("bench"));
        Node inferred = NodeFactory.createURI(Iris.INFERRED_GRAPH);
        Node type = RDF.type.asNode();
        Txn.executeWrite(dsg, () -> {
            dsg.prefixes().putAll(Namespaces.standard());
            for (int i = 0; i < organisations; i++) {
                Node org = NodeFactory.createURI(Iris.id(Iris.Kind.ORG, "bench-" + i));
                Node place = NodeFactory.createURI(Iris.id(Iris.Kind.PLACE, "bench-" + (i % 100)));
                Node funding = NodeFactory.createURI(Iris.id(Iris.Kind.FUNDING, "bench-" + i));
                Node amount = NodeFactory.createBlankNode();
                dsg.add(reference, org, type, Pact.Company.asNode());
                dsg.add(reference, org, RDFS.label.asNode(), NodeFactory.createLiteralLang("Company \"" + i + "\" & Co", "en"));
                dsg.add(reference, org, RDFS.label.asNode(), NodeFactory.createLiteralLang("会社 " + i, "ja"));
                dsg.add(reference, org, Pact.locatedIn.asNode(), place);
                dsg.add(document, funding, Pact.funder.asNode(), org);
                dsg.add(document, funding, Pact.amount.asNode(), amount);
                dsg.add(document, amount, Pact.value.asNode(), NodeFactory.createLiteralDT(i + ".0", XSDDatatype.XSDdecimal));
                dsg.add(inferred, org, type, Pact.Organization.asNode());
                dsg.add(inferred, org, Pact.funds.asNode(), funding);
                dsg.add(inferred, org, Pact.locatedIn.asNode(), place);
            }
        });
    }

}
