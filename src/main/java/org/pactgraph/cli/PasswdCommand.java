package org.pactgraph.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.pactgraph.PactGraphException;
import org.pactgraph.server.security.PasswordFile;
import org.pactgraph.server.security.PasswordHash;
import org.pactgraph.server.security.Role;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pactgraph passwd FILE USER}: adds a user to a password file for {@code serve --auth}, or changes one. */
@Command(name = "passwd", mixinStandardHelpOptions = true,
        description = {"Adds USER to the password file FILE for 'serve --auth FILE', or sets a new password.",
                "The password is read from the terminal (asked twice) or from the first line of standard input;",
                "the file keeps only a PBKDF2-SHA256 hash and is made readable by its owner alone."})
final class PasswdCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The password file; created when missing.")
    Path file;

    @Parameters(index = "1", paramLabel = "USER", description = "Letters, digits and . _ @ -")
    String user;

    @Option(names = "--role", defaultValue = "write",
            description = "write (update and Graph Store writes) or read (queries without the row cap); default: ${DEFAULT-VALUE}.")
    String role;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!PasswordFile.isValidName(user)) {
            throw new PactGraphException("The user name '" + user + "' has characters other than letters, digits and . _ @ -",
                    "choose a simpler name");
        }
        Role chosen = Role.ofWord(role);
        if (chosen == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--role must be read or write, not '" + role + "'");
        }
        PasswordFile users = PasswordFile.readOrEmpty(file);
        char[] password = readPassword();
        try {
            if (password.length < 8) {
                throw new PactGraphException("The password for " + user + " is shorter than 8 characters", "choose a longer one");
            }
            boolean existed = users.account(user).isPresent();
            users.with(new PasswordFile.Account(user, chosen, PasswordHash.hash(password))).write();
            spec.commandLine().getOut().println((existed ? "Changed " : "Added ") + user + " (" + chosen.word() + ") in " + file);
        } finally {
            Arrays.fill(password, '\0');
        }
        return 0;
    }

    private char[] readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password for %s: ", user);
            char[] second = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, second)) {
                throw new PactGraphException("The two passwords differ", "run the command again");
            }
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            throw new PactGraphException("No password on standard input", "pipe it in, for example: printf '%s\\n' \"$PASSWORD\" | pactgraph passwd FILE USER");
        }
        return line.toCharArray();
    }
}
