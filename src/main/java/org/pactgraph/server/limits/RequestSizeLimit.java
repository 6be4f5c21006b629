package org.pactgraph.server.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.jena.riot.RDFLanguages;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.http.PlainRefusal;

/**
 * Refuses a request body larger than the limit with 413 and a one-line message, before anything
 * parses it, whatever its Content-Type (Fuseki takes a body with none as an update): a 10 MB
 * query would otherwise be read whole and parsed for seconds. RDF sent to the Graph Store
 * Protocol has a larger limit, {@link #MAX_RDF_BYTES}. A body whose size
 * is not announced (chunked) has been read by {@link BodyReads} up to the limit plus one byte, and
 * is refused the same way when longer;
 * a chunked form, which Jetty would parse past this filter, is refused with 411. Long URLs are refused by Jetty itself (414).
 */
final class RequestSizeLimit implements Filter {
    /** The most of a refused body read (and dropped) so that its sender gets the answer. */
    private static final long DISCARD_LIMIT = 64L * 1024 * 1024;

    /** The largest body of RDF sent to the Graph Store Protocol. */
    static final long MAX_RDF_BYTES = 64L * 1024 * 1024;

    /** The request's media type in lower case, "" when it has none. */
    static String typeOf(ServletRequest request) {
        return request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    }

    /** At most the first 40 characters of a header's value, for a message. */
    static String clip(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }

    /** Whether a body of this type is RDF in a syntax Jena reads, as the Graph Store Protocol takes. */
    static boolean isRdf(String type) {
        return !type.isEmpty() && RDFLanguages.contentTypeToLang(type.split(";", 2)[0].strip()) != null;
    }

    /** The largest body of this type taken. */
    static long limitFor(String type) {
        return isRdf(type) ? MAX_RDF_BYTES : ServerSettings.MAX_REQUEST_BYTES;
    }

    /** Whether a body of this type is an HTML form, which Jetty parses itself. */
    static boolean isForm(String type) {
        return type.startsWith("application/x-www-form-urlencoded");
    }

    /**
     * Whether this filter refuses the request from its headers alone, before its body is read: a
     * longer body than {@link #limitFor} its type announced (413), or a form without a length (411).
     * {@link BodyReads} leaves such a body unread for it.
     */
    static boolean refusesUnread(ServletRequest request) {
        String type = typeOf(request);
        long length = request.getContentLengthLong();
        return length > limitFor(type) || (length < 0 && isForm(type));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String type = typeOf(request);
        long maxBytes = limitFor(type);
        long length = request.getContentLengthLong();
        if (!refusesUnread(request)) {
            var held = HeldBody.in(request);
            if (length < 0 && held.isPresent() && held.get().bytes().length > maxBytes) {
                // Size not announced: BodyReads read one byte more than the limit, and dropped the rest.
                refuse((HttpServletResponse) response, "The request is more than " + maxBytes + " bytes", maxBytes);
                return;
            }
            chain.doFilter(request, response);
        } else if (length > maxBytes) {
            if (length <= DISCARD_LIMIT) discardBody(request);
            refuse((HttpServletResponse) response, "The request is " + length + " bytes", maxBytes);
        } else {
            // A form without a length: Jetty parses forms from the connection itself, past any filter; ask for the size instead.
            PlainRefusal.of(HttpServletResponse.SC_LENGTH_REQUIRED, "A form without a Content-Length is not taken; send its length,"
                    + " as browsers do.").closing().send((HttpServletResponse) response);
        }
    }

    /**
     * Reads and drops the rest of a refused body, up to {@link #DISCARD_LIMIT} bytes. A client
     * still sending its body when the answer comes and the connection closes may see the
     * connection reset instead of the answer; reading bytes without keeping or parsing them costs
     * milliseconds and lets every client read why it was refused. Larger bodies are cut off.
     */
    private static void discardBody(ServletRequest request) throws IOException {
        discard(request.getInputStream());
    }

    /** Reads and drops the rest of a stream, up to {@link #DISCARD_LIMIT} bytes. */
    static void discard(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = DISCARD_LIMIT;
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) left -= n;
    }

    private static void refuse(HttpServletResponse r, String size, long maxBytes) throws IOException {
        PlainRefusal.of(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, size + "; this server takes at most " + maxBytes
                + " bytes in one " + (maxBytes == MAX_RDF_BYTES ? "Graph Store write" : "query or update") + ". Send a shorter one.")
                .closing().send(r); // the rest of the body is not read
    }
}
