package org.pactgraph.server.security;

import java.util.Locale;

/** What a user of the password file may do. Every user may read without the anonymous row cap. */
public enum Role {
    /** Query without the row cap; no writes. */
    READ,
    /** Also SPARQL Update and Graph Store writes into the graphs writers may change, and backups. */
    WRITE;

    /** The name written in the password file: {@code read} or {@code write}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role for a word of the password file, or null when the word names none. */
    public static Role ofWord(String word) {
        for (Role r : values()) {
            if (r.word().equals(word)) return r;
        }
        return null;
    }
}
