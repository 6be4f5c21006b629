package org.pactgraph.load;

import org.pactgraph.PactGraphException;

/** A file under data/ or ontology/ that cannot be read, or is not what it should be. */
public final class InputException extends PactGraphException {
    public InputException(String message, String hint) {
        super(message, hint);
    }

    public InputException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }

    /** An error at a line and column of a file. */
    public static InputException at(String file, long line, long column, String problem, String hint) {
        String where = line > 0 ? file + ":" + line + (column > 0 ? ":" + column : "") : file;
        return new InputException(where + ": " + problem, hint);
    }
}
