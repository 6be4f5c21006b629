package org.pactgraph.backup;

/**
 * A backup not started because the disk would be left with less free space than the reserve
 * {@link Backup} keeps: repeated backups must not fill the disk the store writes to.
 */
public final class NoRoomForBackup extends BackupException {
    NoRoomForBackup(String message, String fix) {
        super(message, fix);
    }
}
