package org.pactgraph.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.pactgraph.PactGraphException;

/** A writer's password for a command that asks the server serving the store: from the terminal, else the first line of standard input. */
final class PasswordPrompt {
    private PasswordPrompt() {}

    static char[] read(String user, String command) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password for %s: ", user);
            if (typed != null) return typed;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            throw new PactGraphException("No password on standard input",
                    "pipe it in, for example: printf '%s\\n' \"$PASSWORD\" | pactgraph " + command + " --user NAME");
        }
        return line.toCharArray();
    }
}
