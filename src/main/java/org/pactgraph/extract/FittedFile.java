package org.pactgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pactgraph.PactGraphException;

/**
 * A file that eval fits and extraction reads (the table of rule reliability, the statement
 * classifier's model): {@code #} lines of provenance, a header line, then one tab-separated row a
 * line. Reading one from a file or the classpath, and finding its rows, fail alike for both:
 * naming the file or resource, the line, what was found and what was expected.
 *
 * @param name what the file is called in messages ("the rule reliability table")
 * @param header its header line
 * @param fitOption the eval option that writes one ("--fit-reliability")
 * @param refit the command that fits it again, for the hint of a malformed file
 */
record FittedFile(String name, String header, String fitOption, String refit) {
    /** A row of the file: its line number from 1 and its text. */
    record Row(int number, String text) {}

    /** The text of a file, failing with its name when it is missing or unreadable. */
    String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new PactGraphException(capitalised() + " " + file + " does not exist", "give one that eval " + fitOption + " wrote");
        } catch (IOException e) {
            throw new PactGraphException("Cannot read " + name + " " + file + ": " + e.getMessage(), "give one that eval " + fitOption + " wrote");
        }
    }

    /** The text of a classpath resource, failing with its name when the build lost it. */
    String readResource(String resource) {
        try (InputStream in = FittedFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new PactGraphException(capitalised() + " " + resource + " is not on the classpath",
                        "the build lost it; it belongs in src/main/resources (" + refit + " fits it; an empty one is its header line)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PactGraphException("Cannot read " + name + " " + resource + ": " + e.getMessage(), "check the build");
        }
    }

    /** The rows after the header, skipping comments and blank lines; fails when the header is not the first other line. */
    List<Row> rows(String source, String text) {
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isBlank()) continue;
            if (!headerSeen) {
                if (!line.strip().equals(header)) throw malformed(source, i + 1, line, expectedHeader());
                headerSeen = true;
            } else {
                rows.add(new Row(i + 1, line));
            }
        }
        if (!headerSeen) throw malformed(source, lines.size() + 1, "", expectedHeader());
        return rows;
    }

    /** The error for a malformed row: the source, the line, what was found and what was expected there. */
    PactGraphException malformed(String source, int line, String text, String expected) {
        return new PactGraphException(source + ", line " + line + ": found '" + text.replace("\t", "<tab>") + "', expected " + expected,
                "fix the line or fit it again (" + refit + ")");
    }

    private String expectedHeader() {
        return "the header '" + header.replace("\t", "<tab>") + "'";
    }

    private String capitalised() {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
