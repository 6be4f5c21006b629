package org.pactgraph.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.eclipse.jetty.util.security.Credential;

/**
 * A {@link PasswordHash} as a Jetty credential. PBKDF2 costs a noticeable fraction of a second
 * by design, and HTTP Basic sends the password with every request, so the last password that
 * verified is remembered as a SHA-256 digest (never in clear) and later requests with it are
 * checked against that digest alone. The PBKDF2 work itself runs in its turn among
 * {@link PasswordChecks}.
 */
final class HashedCredential extends Credential {
    private final String hash;
    private final transient PasswordChecks checks;
    private transient volatile byte[] verified;

    HashedCredential(String hash, PasswordChecks checks) {
        this.hash = hash;
        this.checks = checks;
    }

    @Override
    public boolean check(Object credentials) {
        char[] password = switch (credentials) {
            case char[] c -> c;
            case String s -> s.toCharArray();
            case null -> null;
            default -> credentials.toString().toCharArray();
        };
        if (password == null) return false;
        byte[] digest = digest(password);
        byte[] known = verified;
        if (known != null && MessageDigest.isEqual(known, digest)) return true;
        boolean ok = checks.run(() -> PasswordHash.verify(password, hash));
        if (ok) verified = digest;
        return ok;
    }

    private byte[] digest(char[] password) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(hash.getBytes(StandardCharsets.US_ASCII));
            byte[] bytes = new String(password).getBytes(StandardCharsets.UTF_8);
            byte[] out = md.digest(bytes);
            Arrays.fill(bytes, (byte) 0);
            return out;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
