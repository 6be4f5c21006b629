package org.pactgraph.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.server.ServerException;

/** The password file: hashes that verify, and one clear error per kind of bad file. */
class PasswordFileTest {
    @TempDir Path tmp;

    private ServerException readBad(String content) throws Exception {
        Path file = tmp.resolve("users");
        Files.writeString(file, content);
        return assertThrows(ServerException.class, () -> PasswordFile.read(file));
    }

    private static String hash(String password) {
        return PasswordHash.hash(password.toCharArray());
    }

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        String h = hash("correct horse");
        assertTrue(h.startsWith("pbkdf2-sha256$" + PasswordHash.ITERATIONS + "$"), h);
        assertTrue(PasswordHash.verify("correct horse".toCharArray(), h));
        assertFalse(PasswordHash.verify("correct horsE".toCharArray(), h));
        assertTrue(!hash("correct horse").equals(h), "each hash has its own salt");
    }

    @Test
    void anUnmatchableHashIsWellFormedWithTheGivenIterationsAndMatchesNoPassword() {
        String dummy = PasswordHash.unmatchable(1_000);
        assertTrue(PasswordHash.isWellFormed(dummy), dummy);
        assertEquals(1_000, PasswordHash.iterations(dummy));
        assertFalse(PasswordHash.verify("".toCharArray(), dummy));
        assertFalse(PasswordHash.verify("correct horse".toCharArray(), dummy));
    }

    @Test
    void writtenFilesReadBackInOrderAndOnlyTheOwnerMayReadThem() throws Exception {
        Path file = tmp.resolve("users");
        PasswordFile.readOrEmpty(file)
                .with(new PasswordFile.Account("zoe", Role.WRITE, hash("zoe-secret")))
                .with(new PasswordFile.Account("amy", Role.READ, hash("amy-secret")))
                .write();
        PasswordFile read = PasswordFile.read(file);
        assertEquals(java.util.List.of("zoe", "amy"), read.accounts().stream().map(PasswordFile.Account::name).toList());
        assertEquals(Role.READ, read.account("amy").orElseThrow().role());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertFalse(Files.readString(file).contains("zoe-secret"));
    }

    @Test
    void theFileHoldsNoPasswordAndTwoUsersWithOnePasswordGetDifferentSaltedHashes() throws Exception {
        Path file = tmp.resolve("users");
        PasswordFile.readOrEmpty(file)
                .with(new PasswordFile.Account("ann", Role.WRITE, hash("shared-secret")))
                .with(new PasswordFile.Account("ben", Role.READ, hash("shared-secret")))
                .write();
        String text = Files.readString(file);
        assertFalse(text.contains("shared-secret"), text);
        PasswordFile read = PasswordFile.read(file);
        String ann = read.account("ann").orElseThrow().hash();
        String ben = read.account("ben").orElseThrow().hash();
        assertFalse(ann.equals(ben), "the same password gives two hashes: " + ann + " " + ben);
        assertFalse(ann.split("\\$")[2].equals(ben.split("\\$")[2]), "each hash has its own salt");
        assertTrue(PasswordHash.verify("shared-secret".toCharArray(), ann) && PasswordHash.verify("shared-secret".toCharArray(), ben));
    }

    @Test
    void rejectsAMissingFile() {
        ServerException e = assertThrows(ServerException.class, () -> PasswordFile.read(tmp.resolve("nowhere")));
        assertTrue(e.oneLine().contains("does not exist - create it with 'pactgraph passwd"), e.oneLine());
    }

    @Test
    void rejectsAFileWithoutUsers() throws Exception {
        assertTrue(readBad("# nobody yet\n").oneLine().contains("has no users"));
    }

    @Test
    void rejectsALineWithTooFewFields() throws Exception {
        ServerException e = readBad("# users\nalice write\n");
        assertTrue(e.oneLine().contains("line 2: expected NAME ROLE HASH, found 2 field(s)"), e.oneLine());
    }

    @Test
    void rejectsAnUnknownRole() throws Exception {
        ServerException e = readBad("alice admin " + hash("x") + "\n");
        assertTrue(e.oneLine().contains("line 1: the role 'admin' is neither 'read' nor 'write'"), e.oneLine());
    }

    @Test
    void rejectsAPasswordInClear() throws Exception {
        ServerException e = readBad("alice write hunter2\n");
        assertTrue(e.oneLine().contains("line 1: the password of 'alice' is not a pbkdf2-sha256 hash"), e.oneLine());
        assertTrue(e.oneLine().contains("clear-text passwords are refused"), e.oneLine());
    }

    @Test
    void rejectsAUserTwice() throws Exception {
        String h = hash("x");
        ServerException e = readBad("alice write " + h + "\nalice read " + h + "\n");
        assertTrue(e.oneLine().contains("line 2: user 'alice' appears twice"), e.oneLine());
    }

    @Test
    void rejectsAStrangeUserName() throws Exception {
        ServerException e = readBad("al:ice write " + hash("x") + "\n");
        assertTrue(e.oneLine().contains("line 1: the user name 'al:ice'"), e.oneLine());
    }
}
