package org.pactgraph.server.security;

import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.pactgraph.server.limits.StrictUtf8;

/**
 * The user name and password of an HTTP Basic {@code Authorization} header, read as RFC 7617
 * says with {@code charset="UTF-8"}: Base64 of the UTF-8 bytes of {@code user:password}. A
 * header that claims to be Basic but is not (bad Base64, bytes that are not UTF-8, no colon) is
 * {@link Malformed}: the client is broken, not wrong, and is answered 400.
 */
record BasicCredentials(String user, String password) {
    /** A Basic header that cannot be read; the message says what is wrong with it. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super("The Authorization header is not valid HTTP Basic: " + message
                    + "; send 'Basic ' and the Base64 of the UTF-8 bytes of USER:PASSWORD");
        }
    }

    @Override
    public String toString() {
        return "BasicCredentials[" + user + "]";
    }

    /** The credentials of the header; empty when it names another scheme. */
    static Optional<BasicCredentials> parse(String header) throws Malformed {
        String h = header.strip();
        int space = h.indexOf(' ');
        String scheme = space < 0 ? h : h.substring(0, space);
        if (!scheme.toLowerCase(Locale.ROOT).equals("basic")) return Optional.empty();
        String token = space < 0 ? "" : h.substring(space + 1).strip();
        if (token.isEmpty()) throw new Malformed("no credentials follow 'Basic'");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw new Malformed("'" + abbreviated(token) + "' is not Base64 (" + e.getMessage() + ")");
        }
        String text;
        try {
            text = StrictUtf8.decode(bytes);
        } catch (StrictUtf8.MalformedException e) {
            throw new Malformed("the decoded credentials are not UTF-8");
        }
        int colon = text.indexOf(':');
        if (colon <= 0) throw new Malformed(colon < 0 ? "the decoded credentials have no ':'" : "the user name is empty");
        return Optional.of(new BasicCredentials(text.substring(0, colon), text.substring(colon + 1)));
    }

    private static String abbreviated(String token) {
        return token.length() <= 16 ? token : token.substring(0, 16) + "...";
    }
}
