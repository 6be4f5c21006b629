package org.pactgraph.server.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pactgraph.server.ServerException;

/**
 * The users of a server started with {@code --auth FILE}: one line per user,
 * {@code NAME ROLE HASH}, where ROLE is {@code read} or {@code write} and HASH a
 * {@link PasswordHash}. Lines starting with {@code #} are comments. Written by
 * {@code pactgraph passwd}; never holds a password in clear.
 */
public final class PasswordFile {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    /** One user of the file. */
    public record Account(String name, Role role, String hash) {}

    private final Path file;
    private final Map<String, Account> accounts;

    private PasswordFile(Path file, Map<String, Account> accounts) {
        this.file = file;
        this.accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
    }

    /** Reads the file; fails naming the file and line of the first bad entry. */
    public static PasswordFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ServerException("The password file " + file + " does not exist",
                    "create it with 'pactgraph passwd " + file + " USER'", e);
        } catch (IOException e) {
            throw new ServerException("Cannot read the password file " + file + ": " + e.getMessage(),
                    "check that it is readable", e);
        }
        Map<String, Account> accounts = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            Account a = parse(line, file, i + 1);
            if (accounts.putIfAbsent(a.name(), a) != null) {
                throw bad(file, i + 1, "user '" + a.name() + "' appears twice", "keep one line per user");
            }
        }
        if (accounts.isEmpty()) {
            throw new ServerException("The password file " + file + " has no users",
                    "add one with 'pactgraph passwd " + file + " USER'");
        }
        return new PasswordFile(file, accounts);
    }

    /** The file's content, or an empty file when it does not exist yet (for {@code passwd}). */
    public static PasswordFile readOrEmpty(Path file) {
        return Files.exists(file) ? read(file) : new PasswordFile(file, Map.of());
    }

    private static Account parse(String line, Path file, int lineNo) {
        String[] f = line.split("\\s+");
        if (f.length != 3) {
            throw bad(file, lineNo, "expected NAME ROLE HASH, found " + f.length + " field(s)",
                    "write the line with 'pactgraph passwd'");
        }
        if (!NAME.matcher(f[0]).matches()) {
            throw bad(file, lineNo, "the user name '" + f[0] + "' has characters other than letters, digits and . _ @ -",
                    "choose a simpler name");
        }
        Role role = Role.ofWord(f[1]);
        if (role == null) {
            throw bad(file, lineNo, "the role '" + f[1] + "' is neither 'read' nor 'write'", "write read or write");
        }
        if (!PasswordHash.isWellFormed(f[2])) {
            throw bad(file, lineNo, "the password of '" + f[0] + "' is not a pbkdf2-sha256 hash",
                    "set it again with 'pactgraph passwd " + file + " " + f[0] + "' (clear-text passwords are refused)");
        }
        return new Account(f[0], role, f[2]);
    }

    private static ServerException bad(Path file, int line, String what, String hint) {
        return new ServerException("The password file " + file + ", line " + line + ": " + what, hint);
    }

    /** True when the name can be a user name. */
    public static boolean isValidName(String name) {
        return NAME.matcher(name).matches();
    }

    /** The user of that name, if any. */
    public Optional<Account> account(String name) {
        return Optional.ofNullable(name == null ? null : accounts.get(name));
    }

    /** Every user, in file order. */
    public List<Account> accounts() {
        return new ArrayList<>(accounts.values());
    }

    /** This file with the user added or replaced (not yet written). */
    public PasswordFile with(Account account) {
        Map<String, Account> next = new LinkedHashMap<>(accounts);
        next.put(account.name(), account);
        return new PasswordFile(file, next);
    }

    /** Writes the file readable by its owner only, replacing the old one in one rename. */
    public void write() {
        StringBuilder text = new StringBuilder("# PactGraph users: NAME ROLE(read|write) PBKDF2-HASH - edit with 'pactgraph passwd'\n");
        accounts.values().forEach(a -> text.append(a.name()).append(' ').append(a.role().word()).append(' ')
                .append(a.hash()).append('\n'));
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".passwd-", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the folder's own permissions apply.
            }
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ServerException("Cannot write the password file " + file + ": " + e.getMessage(),
                    "check that its folder is writable", e);
        }
    }
}
