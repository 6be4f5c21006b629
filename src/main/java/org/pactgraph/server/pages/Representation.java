package org.pactgraph.server.pages;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.pactgraph.export.ExportFormat;

/**
 * The documents a resource IRI has: an HTML page and its description in each RDF format, each
 * at the resource's path plus a suffix ({@code /id/org/nvidia.ttl}). A request for the IRI itself
 * is answered 303 See Other to one of them, chosen from the Accept header. The ontology has the
 * same documents at /ontology.{suffix}.
 */
public enum Representation {
    // The order is the server's preference when a client accepts several equally (curl's */*).
    HTML("html", "text/html", null),
    TTL("ttl", "text/turtle", ExportFormat.TTL),
    JSONLD("jsonld", "application/ld+json", ExportFormat.JSONLD),
    RDFXML("rdf", "application/rdf+xml", ExportFormat.RDFXML),
    NT("nt", "application/n-triples", ExportFormat.NT),
    TRIG("trig", "application/trig", ExportFormat.TRIG),
    NQ("nq", "application/n-quads", ExportFormat.NQ);

    private static final AcceptList OFFER = AcceptList.create(
            Arrays.stream(values()).map(Representation::mediaType).toArray(String[]::new));

    private final String suffix;
    private final String mediaType;
    private final ExportFormat format;

    Representation(String suffix, String mediaType, ExportFormat format) {
        this.suffix = suffix;
        this.mediaType = mediaType;
        this.format = format;
    }

    public String suffix() {
        return suffix;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The RDF format; null for the HTML page. */
    public ExportFormat format() {
        return format;
    }

    public static Optional<Representation> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(r -> r.suffix.equals(suffix)).findFirst();
    }

    /** The best representation for an Accept header (none or empty: HTML); empty when none is acceptable. */
    public static Optional<Representation> negotiate(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(HTML);
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), OFFER);
        } catch (RuntimeException e) {
            return Optional.of(HTML);
        }
        if (chosen == null) return Optional.empty();
        String type = chosen.getContentTypeStr();
        return Arrays.stream(values()).filter(r -> r.mediaType.equals(type)).findFirst();
    }

    /** The media types offered, for a 406 answer. */
    public static String offered() {
        return String.join(", ", Arrays.stream(values()).map(Representation::mediaType).toList());
    }
}
