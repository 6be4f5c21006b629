package org.pactgraph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How PactGraph names things. Resources live under {@link #ID_BASE} as {@code {kind}/{slug}};
 * the slug of a named entity is its English name in lower case with hyphens, so that reloading
 * the same documents yields the same IRIs. Named graphs live under {@link #GRAPH_BASE}.
 */
public final class Iris {
    private Iris() {}

    /** Base of every resource IRI. */
    public static final String ID_BASE = "https://w3id.org/pactgraph/id/";
    /** Base of every named graph IRI. */
    public static final String GRAPH_BASE = "https://w3id.org/pactgraph/graph/";
    /** The named graph holding the ontologies. */
    public static final String ONTOLOGY_GRAPH = GRAPH_BASE + "ontology";
    /** The named graph holding the curated reference data. */
    public static final String REFERENCE_GRAPH = GRAPH_BASE + "reference";
    /** The named graph holding the triples the reasoner inferred. */
    public static final String INFERRED_GRAPH = GRAPH_BASE + "inferred";
    /**
     * The named graph holding reviewers' decisions on candidates (see {@code review.Decisions}):
     * PactGraph's own, written only through the review queue, and carried by every load.
     */
    public static final String DECISIONS_GRAPH = GRAPH_BASE + "decisions";
    /** Prefix of the named graphs that hold what was extracted from one document each. */
    public static final String DOCUMENT_GRAPH_BASE = GRAPH_BASE + "document/";
    /** Under it, the graphs that users write through the server (see {@code store.OwnGraphs}). */
    public static final String USER_GRAPH_BASE = GRAPH_BASE + "user/";

    /** Kinds of resources, the first path segment after {@link #ID_BASE}. */
    public enum Kind {
        ORG("org"), PERSON("person"), POST("post"), PLACE("place"), THEME("theme"),
        PARTNERSHIP("partnership"), INITIATIVE("initiative"), FUNDING("funding"), EVENT("event"),
        ANNOUNCEMENT("announcement"), STATEMENT("statement"), DOCUMENT("document"),
        EVIDENCE("evidence"), RULE("rule"), CLAIM("claim"), OFFICE("office");

        private final String segment;

        Kind(String segment) {
            this.segment = segment;
        }

        /** The path segment, such as {@code org}. */
        public String segment() {
            return segment;
        }
    }

    /** The IRI of a resource of the given kind and slug. */
    public static String id(Kind kind, String slug) {
        return ID_BASE + kind.segment() + "/" + slug;
    }

    /** The slug of an IRI made by {@link #id}: its last path segment. */
    public static String slugOf(String idIri) {
        return idIri.substring(idIri.lastIndexOf('/') + 1);
    }

    /**
     * The IRI of a signing ceremony that no reference data names: by its day and, when known, its
     * place, since ceremonies of one day in different places are different events. The extractor
     * mints it and the generator's gold standard expects it.
     */
    public static String signingCeremony(LocalDate day, String placeIri) {
        return id(Kind.EVENT, "signing-ceremony-" + day + (placeIri == null ? "" : "-" + slugOf(placeIri)));
    }

    /** The IRI of the named graph holding what was extracted from a document. */
    public static String documentGraph(String documentSlug) {
        return DOCUMENT_GRAPH_BASE + documentSlug;
    }

    /** An RFC 5147 fragment IRI for characters {@code [begin, end)} of a document. */
    public static String span(String documentIri, int begin, int end) {
        return documentIri + "#char=" + begin + "," + end;
    }

    /**
     * The slug of a name: lower case ASCII letters and digits separated by single hyphens.
     * Accents are dropped ("Rene" for "René"); "&" reads "and"; a dotted acronym is one word
     * ("ab" for "A.B.", "dc" for "D.C."), as the reference data and gold standards write it.
     */
    public static String slug(String name) {
        String ascii = DOTTED_ACRONYM.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", ""))
                .replaceAll(m -> m.group().replace(".", ""));
        String words = ascii.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replace("'", "")
                .replace("\u2019", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        return words.isEmpty() ? "unnamed" : words;
    }

    /** Two or more single letters each closed by a period: "A.B.", "D.C." (not an initial: "Jane Q. Doe"). */
    private static final java.util.regex.Pattern DOTTED_ACRONYM = java.util.regex.Pattern.compile("(?<![\\p{L}.])(?:\\p{L}\\.){2,}");

    /** A short stable digest of the parts, for resources that have no name (evidence, amounts). */
    public static String digest(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
