package org.pactgraph.server.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The password check of every user of a {@link PasswordFile}, costing the same whether or not
 * the user exists: a name that is not in the file is checked against a dummy hash that no
 * password matches, with the iterations of the file's first hash, so that the answer's delay
 * does not tell which names are users (it did: 1 to 5 ms for an unknown name, 150 to 280 ms for
 * a wrong password).
 */
final class Logins {
    private final Map<String, HashedCredential> credentials = new LinkedHashMap<>();
    private final HashedCredential dummy;

    Logins(PasswordFile users, PasswordChecks checks) {
        users.accounts().forEach(a -> credentials.put(a.name(), new HashedCredential(a.hash(), checks)));
        int iterations = users.accounts().stream().findFirst().map(a -> PasswordHash.iterations(a.hash()))
                .orElse(PasswordHash.ITERATIONS);
        this.dummy = new HashedCredential(PasswordHash.unmatchable(iterations), checks);
    }

    /** The credential of the user, as the Jetty user store holds it. */
    Optional<HashedCredential> credential(String user) {
        return Optional.ofNullable(credentials.get(user));
    }

    /** True when the password is the user's; costs one PBKDF2 run unless it verified before. */
    boolean verify(BasicCredentials c) {
        HashedCredential known = credentials.get(c.user());
        if (known == null) {
            dummy.check(c.password());
            return false;
        }
        return known.check(c.password());
    }
}
