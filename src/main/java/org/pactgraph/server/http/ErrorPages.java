package org.pactgraph.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.pactgraph.server.security.SecurityHeaders;

/**
 * PactGraph's error page for every status Jetty answers by itself: requests its HTTP parser
 * refuses before any filter runs (a URL or headers too long, a bad Host header, a broken
 * request line) and errors a servlet sends with {@code sendError}. Each is a short plain text
 * with the same security headers as every other answer, no markup and no stack trace.
 */
final class ErrorPages extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        secure(fields);
        return ByteBuffer.wrap(text(status, reason));
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        secure(response.getHeaders());
        response.write(true, ByteBuffer.wrap(text(code, message)), callback);
    }

    private static void secure(HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        for (HttpField f : SecurityHeaders.fields()) fields.put(f);
    }

    private static byte[] text(int status, String reason) {
        String words = switch (status) {
            case HttpStatus.URI_TOO_LONG_414 -> HttpStatus.getMessage(status) + ": the URL is longer than this server takes ("
                    + HttpModule.MAX_REQUEST_HEADER_BYTES + " bytes with the headers); send a long query in a POST body";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> HttpStatus.getMessage(status)
                    + ": the request's headers are larger than this server takes (" + HttpModule.MAX_REQUEST_HEADER_BYTES
                    + " bytes with the URL)";
            default -> reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        };
        return (status + " " + words + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
