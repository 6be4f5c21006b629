package org.pactgraph.server.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.pactgraph.server.security.SecurityHeaders;

/**
 * A request refused with a status and one line of plain text that names the limit and says what
 * to do: the one way every filter of the server writes such an answer (body limits, the heavy-work
 * gate, write turns, preconditions, bad parameters), so that they all carry the same type,
 * charset and headers, the security headers among them wherever the refusing filter stands. Built, then sent:
 * {@code PlainRefusal.of(503, "The server is busy: ...").retryAfter(5).send(response)}.
 */
public final class PlainRefusal {
    private final int status;
    private final String line;
    private final int retryAfterSeconds;
    private final boolean closing;

    private PlainRefusal(int status, String line, int retryAfterSeconds, boolean closing) {
        if (line.contains("\n")) throw new IllegalArgumentException("A refusal is one line: " + line);
        this.status = status;
        this.line = line;
        this.retryAfterSeconds = retryAfterSeconds;
        this.closing = closing;
    }

    /** A refusal with this status and line (without its end of line). */
    public static PlainRefusal of(int status, String line) {
        return new PlainRefusal(status, line, -1, false);
    }

    /** The same refusal telling the client when to try again ({@code Retry-After}). */
    public PlainRefusal retryAfter(int seconds) {
        return new PlainRefusal(status, line, seconds, closing);
    }

    /**
     * The same refusal closing the connection after it: for a request whose body is left unread,
     * which would otherwise be taken for the next request on the connection.
     */
    public PlainRefusal closing() {
        return new PlainRefusal(status, line, retryAfterSeconds, true);
    }

    /**
     * Writes the refusal; nothing when the answer has already begun to go out, as its status can
     * no longer change. Every caller refuses before anything of the answer is written, so nothing
     * is reset: resetting the buffer of an answer whose request body was left unread made another
     * client's query wait a second longer while a 10 MB body was refused (AbuseTest).
     */
    public void send(HttpServletResponse response) throws IOException {
        if (response.isCommitted()) return;
        response.setStatus(status);
        if (retryAfterSeconds >= 0) response.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
        if (closing) response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=utf-8");
        // A filter may refuse before the one that adds these to every answer has run.
        for (HttpField header : SecurityHeaders.fields()) response.setHeader(header.getName(), header.getValue());
        response.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The line, for logs and tests. */
    @Override
    public String toString() {
        return status + " " + line;
    }
}
