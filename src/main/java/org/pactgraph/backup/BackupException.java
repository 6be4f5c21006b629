package org.pactgraph.backup;

import org.pactgraph.PactGraphException;

/** A backup that cannot be written, or a backup that cannot be restored, with what to do. */
public class BackupException extends PactGraphException {
    public BackupException(String message, String fix) {
        super(message, fix);
    }

    public BackupException(String message, String fix, Throwable cause) {
        super(message, fix, cause);
    }
}
