package org.pactgraph.server.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes as PBKDF2 with HMAC-SHA256 from the JDK, written
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (salt and hash in Base64). PBKDF2 is the one
 * strong password hash the JDK itself provides (Jetty's own password files know only MD5 and
 * crypt); the iteration count follows OWASP's advice for this function.
 */
public final class PasswordHash {
    /** The iterations of new hashes. */
    public static final int ITERATIONS = 600_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {}

    /** A new hash of the password with a fresh random salt. */
    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(password, salt, ITERATIONS));
    }

    /** True when the text has the form of a hash this class writes. */
    public static boolean isWellFormed(String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) return false;
        try {
            return Integer.parseInt(parts[1]) > 0 && Base64.getDecoder().decode(parts[2]).length > 0
                    && Base64.getDecoder().decode(parts[3]).length == HASH_BITS / 8;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A well-formed hash with these iterations that no password matches, its hash part being
     * random bytes: checking a password against it costs exactly what checking a real one costs.
     */
    static String unmatchable(int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] noHash = new byte[HASH_BITS / 8];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(noHash);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(noHash);
    }

    /** The iterations of a well-formed hash. */
    static int iterations(String encoded) {
        return Integer.parseInt(encoded.split("\\$")[1]);
    }

    /** True when the password matches the hash; compares in constant time. */
    public static boolean verify(char[] password, String encoded) {
        if (!isWellFormed(encoded)) return false;
        String[] parts = encoded.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, Integer.parseInt(parts[1])));
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK lacks PBKDF2WithHmacSHA256, which every JDK 21 has", e);
        } finally {
            spec.clearPassword();
        }
    }
}
