package org.pactgraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats PactGraph writes, for {@code pactgraph export}, the dumps and the resource pages.
 * Triple formats carry one graph (a named graph, or the union of all); quad formats (N-Quads,
 * TriG, JSON-LD) keep each named graph.
 */
public enum ExportFormat {
    TTL("ttl", "text/turtle", "Turtle", false),
    NT("nt", "application/n-triples", "N-Triples", false),
    NQ("nq", "application/n-quads", "N-Quads", true),
    TRIG("trig", "application/trig", "TriG", true),
    JSONLD("jsonld", "application/ld+json", "JSON-LD", true),
    RDFXML("rdf", "application/rdf+xml", "RDF/XML", false);

    private final String extension;
    private final String mediaType;
    private final String title;
    private final boolean quads;

    ExportFormat(String extension, String mediaType, String title, boolean quads) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.title = title;
        this.quads = quads;
    }

    /** The usual file extension, without the dot: {@code ttl}, {@code rdf} ... */
    public String extension() {
        return extension;
    }

    /** The IANA media type. */
    public String mediaType() {
        return mediaType;
    }

    /** The format's name for people: Turtle, RDF/XML ... */
    public String title() {
        return title;
    }

    /** True when the format keeps named graphs. */
    public boolean keepsGraphs() {
        return quads;
    }

    /** The format for a file extension ({@code ttl}) or an option word ({@code rdfxml}, {@code turtle}). */
    public static Optional<ExportFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("turtle")) return Optional.of(TTL);
        if (n.equals("xml") || n.equals("owl")) return Optional.of(RDFXML);
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n))
                .findFirst();
    }

    /** The format for a media type (parameters ignored). */
    public static Optional<ExportFormat> byMediaType(String mediaType) {
        String m = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (m.equals("application/x-turtle")) return Optional.of(TTL);
        if (m.equals("text/plain")) return Optional.empty();
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(m)).findFirst();
    }
}
