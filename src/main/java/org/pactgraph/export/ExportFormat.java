package org.pactgraph.export;

import org.apache.jena.riot.RDFFormat;

/**
 * The formats {@code pactgraph export} writes. Triple formats carry the union of all graphs;
 * quad formats (N-Quads, TriG) keep each named graph.
 */
public enum ExportFormat {
    TTL(RDFFormat.TURTLE_BLOCKS, false, "ttl"),
    NT(RDFFormat.NTRIPLES, false, "nt"),
    NQ(RDFFormat.NQUADS, true, "nq"),
    TRIG(RDFFormat.TRIG_BLOCKS, true, "trig"),
    JSONLD(RDFFormat.JSONLD11, true, "jsonld"),
    RDFXML(RDFFormat.RDFXML_PLAIN, false, "rdf");

    private final RDFFormat format;
    private final boolean quads;
    private final String extension;

    ExportFormat(RDFFormat format, boolean quads, String extension) {
        this.format = format;
        this.quads = quads;
        this.extension = extension;
    }

    /** Jena's writer format. */
    public RDFFormat rdfFormat() {
        return format;
    }

    /** True when the format keeps named graphs. */
    public boolean keepsGraphs() {
        return quads;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }
}
