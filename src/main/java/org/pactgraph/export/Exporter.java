package org.pactgraph.export;

import java.io.OutputStream;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterBuilder;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Writes the store's content (with the prefixes the load recorded in it) in a standard RDF format. Turtle and TriG are written in Jena's
 * streaming "blocks" style and N-Triples and N-Quads triple by triple, so that the store is not
 * copied into memory first.
 */
public final class Exporter {
    /** Writes the whole dataset (or its union graph, for triple formats) to the stream. */
    public void export(DatasetGraph dataset, ExportFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            RDFWriterBuilder writer = RDFWriter.create().format(format.rdfFormat());
            if (format.keepsGraphs()) {
                writer.source(dataset).output(out);
            } else {
                writer.source(dataset.getUnionGraph()).output(out);
            }
        });
    }
}
