package org.pactgraph.server.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Why credentials were not taken, as the answer says it: 400 for a header that is not HTTP
 * Basic, 429 with {@code Retry-After} for a client that must wait, 401 with the challenge for a
 * wrong name or password, or for none on a write endpoint. Written by the authenticator on the write endpoints, where Jetty
 * checks credentials before any filter, and by {@link RefusedCredentials} on the open ones; both
 * carry the {@link SecurityHeaders}.
 */
record LoginRefusal(int status, String message, long retryAfterSeconds) {
    /** The request attribute under which the authenticator leaves its refusal for the filter. */
    static final String ATTRIBUTE = LoginRefusal.class.getName();
    static final String CHALLENGE = "Basic realm=\"" + SecurityModule.REALM + "\", charset=\"UTF-8\"";

    static LoginRefusal malformed(BasicCredentials.Malformed e) {
        return new LoginRefusal(400, e.getMessage(), 0);
    }

    static LoginRefusal throttled(long seconds) {
        return new LoginRefusal(429, "Too many wrong passwords from this address; try again in " + seconds
                + " s (requests without credentials are served meanwhile)", seconds);
    }

    static LoginRefusal busy() {
        return new LoginRefusal(429, new PasswordChecks.Busy().getMessage(), 1);
    }

    /** A write endpoint asked without credentials: saying they are wrong would mislead. */
    static LoginRefusal missing() {
        return new LoginRefusal(401, "Writes need the credentials of a user with the write role (realm " + SecurityModule.REALM
                + "); send HTTP Basic credentials of a user of the server's password file, e.g. curl -u NAME:PASSWORD", 0);
    }

    static LoginRefusal wrong(long retryAfterSeconds) {
        return new LoginRefusal(401, "The user name or password is wrong (realm " + SecurityModule.REALM + ");"
                + " send the credentials of a user of the server's password file, or none to query anonymously",
                retryAfterSeconds);
    }

    private byte[] body() {
        return (message + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the answer through the servlet API. */
    void writeTo(HttpServletResponse out) throws IOException {
        byte[] body = body();
        SecurityHeaders.set(out::setHeader);
        out.setStatus(status);
        if (status == 401) out.setHeader("WWW-Authenticate", CHALLENGE);
        if (retryAfterSeconds > 0) out.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        out.setContentType("text/plain; charset=utf-8");
        out.setContentLength(body.length);
        out.getOutputStream().write(body);
    }

    /** Writes the answer through Jetty's own API, before any servlet filter has run. */
    void writeTo(Response out, Callback callback) {
        byte[] body = body();
        HttpFields.Mutable headers = out.getHeaders();
        SecurityHeaders.set(headers::put);
        out.setStatus(status);
        if (status == 401) headers.put("WWW-Authenticate", CHALLENGE);
        if (retryAfterSeconds > 0) headers.put("Retry-After", Long.toString(retryAfterSeconds));
        headers.put("Content-Type", "text/plain; charset=utf-8");
        headers.put("Content-Length", Integer.toString(body.length));
        out.write(true, ByteBuffer.wrap(body), callback);
    }
}
