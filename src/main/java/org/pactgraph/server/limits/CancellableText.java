package org.pactgraph.server.limits;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string as {@code java.util.regex} reads it, one character at a time, that stops the reading
 * once its query is cancelled. A regular expression such as {@code ^(a+)+$} can backtrack for
 * minutes over a few thousand characters, and {@code java.util.regex} has no other point where
 * it could be interrupted: the matcher reads every character through {@link #charAt}, so the
 * cancel flag is looked at there, once every {@value #CHECK_EVERY} characters.
 */
final class CancellableText implements CharSequence {
    private static final int CHECK_EVERY = 1024;

    private final String text;
    private final AtomicBoolean cancelled;
    private int reads;

    /** The text, read under the given cancel flag; a null flag is never set. */
    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled == null ? new AtomicBoolean() : cancelled;
    }

    @Override
    public char charAt(int index) {
        if (++reads == CHECK_EVERY) {
            reads = 0;
            if (cancelled.get()) throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
