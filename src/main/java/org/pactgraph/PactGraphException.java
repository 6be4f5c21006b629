package org.pactgraph;

/**
 * The root of every error PactGraph reports to a user. Each stage has its own subclass. The
 * message says what went wrong and where (file, line, column, URL); {@link #hint()} says what to
 * do about it. The CLI prints both on one line and shows a stack trace only with --verbose.
 */
public class PactGraphException extends RuntimeException {
    private final String hint;

    public PactGraphException(String message, String hint) {
        this(message, hint, null);
    }

    public PactGraphException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint == null ? "" : hint;
    }

    /** What the user can do about it; empty when there is nothing to add. */
    public String hint() {
        return hint;
    }

    /** The message and the hint as one line, for the terminal. */
    public String oneLine() {
        return hint.isEmpty() ? getMessage() : getMessage() + " - " + hint;
    }
}
