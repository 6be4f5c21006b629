package org.pactgraph.server.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.pactgraph.export.ExportFormat;

/**
 * The documents a resource IRI has: an HTML page and its description in each RDF format, each
 * at the resource's path plus a suffix ({@code /id/org/nvidia.ttl}). A request for the IRI itself
 * is answered 303 See Other to one of them, chosen from the Accept header. The ontology has the
 * same documents at /ontology.{suffix}.
 *
 * <p>Besides each format's registered type, the types clients really send for it are understood:
 * {@code text/plain} for N-Triples (rdflib asks {@code text/plain, *\/*;q=0.1} for it, the type
 * N-Triples had before it was registered), {@code application/json} for JSON-LD, {@code text/n3}
 * and {@code application/x-turtle} for Turtle (Turtle is a subset of N3, so an N3 reader reads it),
 * and the pre-registration {@code application/x-trig} and {@code text/x-nquads} (Raptor's rapper asks those).
 * Every document is labelled with its registered type and {@code charset=utf-8}.
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

    /** The other types clients send for a format, offered after every registered type. */
    private static final Map<String, Representation> ALIASES = Map.of(
            "text/plain", NT,
            "application/json", JSONLD,
            "text/n3", TTL,
            "text/rdf+n3", TTL,
            "application/x-turtle", TTL,
            "application/x-trig", TRIG,
            "text/x-nquads", NQ);
    private static final List<Representation> ALL = List.of(values());

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

    /** The Content-Type header of the document: the registered type, in UTF-8. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
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
        return negotiate(accept, ALL);
    }

    /**
     * The best of the offered representations, in the order given (the server's preference on
     * ties, such as curl's {@code *\/*}); none or an unreadable Accept header: the first.
     */
    public static Optional<Representation> negotiate(String accept, List<Representation> offered) {
        if (accept == null || accept.isBlank()) return Optional.of(offered.get(0));
        String[] types = Stream.concat(offered.stream().map(Representation::mediaType),
                ALIASES.entrySet().stream().filter(e -> offered.contains(e.getValue())).map(Map.Entry::getKey).sorted())
                .toArray(String[]::new);
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), AcceptList.create(types));
        } catch (RuntimeException e) {
            return Optional.of(offered.get(0));
        }
        if (chosen == null) return Optional.empty();
        String type = chosen.getContentTypeStr();
        return Optional.ofNullable(ALIASES.get(type)).or(() -> offered.stream().filter(r -> r.mediaType.equals(type)).findFirst());
    }

    /** The media types offered, for a 406 answer. */
    public static String offered() {
        return String.join(", ", Arrays.stream(values()).map(Representation::mediaType).toList())
                + " (and " + String.join(", ", ALIASES.keySet().stream().sorted().toList()) + ")";
    }
}
