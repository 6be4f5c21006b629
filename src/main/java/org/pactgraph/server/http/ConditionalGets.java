package org.pactgraph.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.asserted.AssertedViewModule;
import org.pactgraph.server.security.SecurityModule;

/**
 * Validators on every GET that can have them, and 304 Not Modified when the client's copy is
 * still right. Two kinds of answer have them:
 * <ul>
 * <li>documents computed from the store (resource descriptions and pages, dumps, the ontology,
 * the VoID, the JSON-LD context, the Graph Store read endpoint, the service description): their
 * {@code ETag} is the {@link StoreVersion} with a checksum of the request's path, query and
 * negotiating headers, and their {@code Last-Modified} the moment the server began answering
 * from that state. A revalidation is answered before anything is computed.
 * <li>the query page's files and the favicon: their {@code ETag} is a hash of the bytes, which
 * are kept aside (at most {@value #MAX_HASHED_BYTES} bytes) until the answer is complete.
 * </ul>
 * SPARQL results have none: a query may read {@code NOW()} or {@code RAND()}, so the same query
 * on the same data is not the same answer. The tag is weak: the same state gives the same
 * triples, not necessarily the same bytes. Every answer also gets its {@code Vary} values
 * merged rather than replaced ({@link AnswerHeaders}), so that a servlet's {@code Vary: Accept}
 * does not erase the CORS filter's {@code Origin}. A Graph Store write whose own precondition
 * fails is refused before its body is read; the write itself, in its turn, and the version
 * moving on are {@link GraphStoreWrites}'; TRACE, which would echo credentials, is refused.
 */
final class ConditionalGets implements Filter {
    /** The largest answer whose bytes are hashed into a tag. */
    static final int MAX_HASHED_BYTES = 2 << 20;
    /** The request headers that choose between answers of one URL. */
    private static final List<String> NEGOTIATING = List.of("Accept", "Accept-Language");
    private static final List<String> STORE_PREFIXES = List.of("/id/", "/dumps/", "/ontology.", "/ontology/");
    private static final List<String> STORE_PATHS = List.of("/ontology", "/.well-known/void", "/context.jsonld",
            ServerSettings.DATASET + "/get", ServerSettings.DATASET + "/" + SecurityModule.DATA, ServerSettings.DATASET + "/sparql", ServerSettings.DATASET + "/query",
            AssertedViewModule.DATASET + "/sparql", AssertedViewModule.DATASET + "/query");
    private static final List<String> FILE_PREFIXES = List.of("/page/");
    private static final List<String> FILE_PATHS = List.of("/", "/favicon.ico", "/favicon.svg");

    private final StoreVersion version;
    private final GraphStoreWrites writes;

    ConditionalGets(StoreVersion version, GraphStoreWrites writes) {
        this.version = version;
        this.writes = writes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        AnswerHeaders response = new AnswerHeaders((HttpServletResponse) res);
        String method = request.getMethod();
        if (method.equals("TRACE")) {
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "TRACE is not served here");
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            // A failed precondition needs no byte of the body: refused before the body limits read it (and again in the write's turn).
            Optional<PlainRefusal> failed = writes.failedPrecondition(request);
            if (failed.isPresent()) {
                failed.get().send(response);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI();
        if (storeDerived(path) && !asksAQuery(request)) {
            fromStore(request, response, chain);
        } else if (FILE_PATHS.contains(path) || FILE_PREFIXES.stream().anyMatch(path::startsWith)) {
            hashed(request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean storeDerived(String path) {
        return STORE_PATHS.contains(path) || STORE_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** A query endpoint with a query: results, which carry no validator; without one, the service description. */
    private static boolean asksAQuery(HttpServletRequest request) {
        return DatasetEndpoint.of(request.getRequestURI()) == DatasetEndpoint.QUERY && request.getParameter("query") != null;
    }

    private void fromStore(HttpServletRequest request, AnswerHeaders response, FilterChain chain) throws IOException, ServletException {
        StoreVersion.State state = version.current();
        String tag = "W/\"" + state.token() + "-" + variant(request) + "\"";
        long modified = state.since().toEpochMilli();
        if (preconditionFails(request, modified)) {
            PlainRefusal.of(HttpServletResponse.SC_PRECONDITION_FAILED, "The precondition failed: this document's tag is " + tag
                    + " (a weak tag, which If-Match never matches) and it was last modified " + java.time.Instant.ofEpochMilli(modified)
                    + "; ask without If-Match and If-Unmodified-Since, or use If-None-Match and If-Modified-Since to revalidate a copy.")
                    .send(response);
            return;
        }
        if (unchanged(request, tag, modified)) {
            notModified(request, response, tag, modified);
            return;
        }
        response.validators(tag, modified);
        chain.doFilter(request, response);
    }

    private void hashed(HttpServletRequest request, AnswerHeaders response, FilterChain chain) throws IOException, ServletException {
        HeldAnswer held = new HeldAnswer(response, MAX_HASHED_BYTES);
        chain.doFilter(request, held);
        if (!held.isHeld() || held.getStatus() != HttpServletResponse.SC_OK) {
            held.release();
            return;
        }
        String tag = "W/\"" + hash(held.bytes()) + "\"";
        if (unchanged(request, tag, -1)) {
            notModified(request, response, tag, -1);
            return;
        }
        response.setHeader("ETag", tag);
        held.release();
    }

    /**
     * The 304: the validators and caching headers of the answer it stands for, and nothing that
     * would overwrite the cached page's own (no Content-Security-Policy); the data is public, so
     * a page of another origin revalidating its copy may read it as it read the 200.
     */
    private static void notModified(HttpServletRequest request, HttpServletResponse response, String tag, long modified) {
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        response.setHeader("Content-Length", null);
        if (request.getHeader("Origin") != null) response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("ETag", tag);
        if (modified >= 0) response.setDateHeader("Last-Modified", modified);
        if (response.getHeader("Cache-Control") == null) response.setHeader("Cache-Control", AnswerHeaders.REVALIDATE);
    }

    /**
     * RFC 9110's first two steps, for a document computed from the store: If-Match decides when
     * present, and fails but for {@code *}, since its strong comparison never matches the weak
     * tags these documents carry; otherwise If-Unmodified-Since fails when the document changed
     * after that second. Both were ignored, and a client that asked for the copy it knew got 200
     * with whatever the store held.
     */
    static boolean preconditionFails(HttpServletRequest request, long modified) {
        String match = request.getHeader("If-Match");
        if (match != null) return Arrays.stream(match.split(",")).map(String::trim).noneMatch(t -> t.equals("*"));
        long since;
        try {
            since = request.getDateHeader("If-Unmodified-Since");
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && modified / 1000 > since / 1000;
    }

    /**
     * RFC 9110's order: If-None-Match decides when present (weak comparison, any listed tag);
     * otherwise If-Modified-Since, to the second.
     */
    static boolean unchanged(HttpServletRequest request, String tag, long modified) {
        String noneMatch = request.getHeader("If-None-Match");
        if (noneMatch != null) {
            String opaque = opaque(tag);
            return Arrays.stream(noneMatch.split(",")).map(String::trim)
                    .anyMatch(t -> t.equals("*") || opaque(t).equals(opaque));
        }
        if (modified < 0) return false;
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && modified / 1000 <= since / 1000;
    }

    /** The tag without its weakness marker, for the weak comparison. */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** A checksum of what, besides the store, chooses the answer: path, query and negotiating headers. */
    private static String variant(HttpServletRequest request) {
        CRC32 crc = new CRC32();
        StringBuilder key = new StringBuilder(request.getRequestURI()).append('?').append(request.getQueryString());
        for (String h : NEGOTIATING) key.append('\n').append(request.getHeader(h));
        crc.update(key.toString().getBytes(StandardCharsets.UTF_8));
        return Long.toString(crc.getValue(), 36);
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
