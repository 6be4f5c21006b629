package org.pactgraph.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.pages.PageTemplates;
import org.pactgraph.server.security.SecurityHeaders;

/**
 * PactGraph's error page for every status Jetty answers by itself, on every path: requests its
 * HTTP parser refuses before any filter runs (a URL or headers too long, a bad Host header, a
 * broken request line) and errors a servlet sends with {@code sendError} (no such path, a
 * method a path does not take). A browser, which prefers {@code text/html}, gets a page in the
 * site's look that says what went wrong and where to go; every other client a short plain text.
 * Both carry the security headers, no script and no stack trace, and are never cached.
 */
final class ErrorPages extends ErrorHandler {
    private static final AcceptList OFFER = AcceptList.create("text/plain", "text/html");
    private final PageTemplates templates = new PageTemplates();

    /** Every method gets the page: Jetty's default leaves a DELETE's or PUT's 405 without a word. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        plain(fields);
        return ByteBuffer.wrap((status + " " + words(status, reason) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable fields = response.getHeaders();
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        byte[] body;
        if (wantsHtml(request.getHeaders().get(HttpHeader.ACCEPT))) {
            for (HttpField f : SecurityHeaders.fields()) fields.put(f);
            fields.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
            fields.put("Content-Security-Policy", PageTemplates.policyAllowing(PageTemplates.CSS));
            fields.put("Referrer-Policy", "same-origin");
            body = templates.render("error", new Page("en", HttpStatus.getMessage(code), PageTemplates.CSS, code,
                    words(code, message), ServerSettings.DATASET + "/sparql")).getBytes(StandardCharsets.UTF_8);
        } else {
            plain(fields);
            body = (code + " " + words(code, message) + "\n").getBytes(StandardCharsets.UTF_8);
        }
        fields.put(HttpHeader.VARY, "Accept");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** What the error page's template shows. */
    record Page(String lang, String title, String css, int status, String reason, String sparql) {}

    /** Plain text wins ties ({@code *\/*}): only a client that prefers HTML, a browser, gets the page. */
    private static boolean wantsHtml(String accept) {
        if (accept == null || accept.isBlank()) return false;
        try {
            MediaType chosen = AcceptList.match(new AcceptList(accept), OFFER);
            return chosen != null && chosen.getContentTypeStr().equals("text/html");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void plain(HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        for (HttpField f : SecurityHeaders.fields()) fields.put(f);
    }

    private static String words(int status, String reason) {
        return switch (status) {
            case HttpStatus.URI_TOO_LONG_414 -> HttpStatus.getMessage(status) + ": the URL is longer than this server takes ("
                    + HttpModule.MAX_REQUEST_HEADER_BYTES + " bytes with the headers); send a long query in a POST body";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> HttpStatus.getMessage(status)
                    + ": the request's headers are larger than this server takes (" + HttpModule.MAX_REQUEST_HEADER_BYTES
                    + " bytes with the URL)";
            case HttpStatus.NOT_FOUND_404 -> reason == null || reason.isBlank() || reason.equals(HttpStatus.getMessage(status))
                    ? "Not Found: nothing is served at this path" : reason;
            case HttpStatus.METHOD_NOT_ALLOWED_405 -> reason == null || reason.isBlank() || reason.equals(HttpStatus.getMessage(status))
                    ? "Method Not Allowed: this path is read with GET (or HEAD)" : reason;
            default -> reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        };
    }
}
