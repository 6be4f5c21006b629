package org.pactgraph.server.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.UserIdentity;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.pactgraph.server.http.ClientAddress;

/**
 * HTTP Basic as Jetty does it, with four changes: the credentials are UTF-8 (RFC 7617; Jetty
 * reads ISO-8859-1, so a password set with non-ASCII letters could never log in); a header
 * that is not Basic is answered 400, not 500; an unknown user costs what a wrong password costs
 * ({@link Logins}); and an address with too many wrong passwords waits ({@link LoginThrottle}),
 * as does everyone when password checks are saturated ({@link PasswordChecks}). Jetty calls it
 * up front on the write endpoints and, on the open ones, when a filter first asks for the user;
 * there it cannot answer, so it leaves its {@link LoginRefusal} on the request for
 * {@link RefusedCredentials}.
 */
final class ThrottledBasicAuthenticator extends BasicAuthenticator {
    private final Logins logins;
    private final LoginThrottle throttle;

    ThrottledBasicAuthenticator(Logins logins, LoginThrottle throttle) {
        this.logins = logins;
        this.throttle = throttle;
        setCharset(StandardCharsets.UTF_8);
    }

    @Override
    public AuthenticationState validateRequest(Request req, Response res, Callback callback) {
        String header = req.getHeaders().get(HttpHeader.AUTHORIZATION);
        LoginRefusal refusal = header == null ? LoginRefusal.missing() : LoginRefusal.wrong(0);
        if (header != null) {
            try {
                Optional<BasicCredentials> credentials = BasicCredentials.parse(header);
                if (credentials.isPresent()) {
                    String client = ClientAddress.of(Request.getRemoteAddr(req));
                    UserIdentity user = checkedLogin(credentials.get(), client, req, res);
                    if (user != null) return new UserAuthenticationSucceeded(getAuthenticationType(), user);
                    refusal = LoginRefusal.wrong(throttle.retryAfterSeconds(client));
                }
            } catch (BasicCredentials.Malformed e) {
                refusal = LoginRefusal.malformed(e);
            } catch (Refused e) {
                refusal = e.refusal;
            }
        }
        req.setAttribute(LoginRefusal.ATTRIBUTE, refusal);
        if (res.isCommitted()) return null;
        refusal.writeTo(res, callback);
        return refusal.status() == 401 ? AuthenticationState.CHALLENGE : AuthenticationState.SEND_FAILURE;
    }

    private UserIdentity checkedLogin(BasicCredentials c, String address, Request req, Response res) throws Refused {
        long wait = throttle.retryAfterSeconds(address);
        if (wait > 0) throw new Refused(LoginRefusal.throttled(wait));
        boolean verified;
        try {
            verified = logins.verify(c);
        } catch (PasswordChecks.Busy e) {
            throw new Refused(LoginRefusal.busy());
        }
        if (!verified) {
            throttle.failed(address);
            return null;
        }
        // The credential now remembers this password: Jetty's own login checks it without hashing again.
        return login(c.user(), c.password(), req, res);
    }

    /** A refusal found on the way, carried out of the login. */
    private static final class Refused extends Exception {
        final LoginRefusal refusal;

        Refused(LoginRefusal refusal) {
            super(refusal.message(), null, false, false);
            this.refusal = refusal;
        }
    }
}
