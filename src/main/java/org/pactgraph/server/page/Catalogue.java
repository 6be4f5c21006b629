package org.pactgraph.server.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code .rq} files of the queries folder, each with its question: the first comment line
 * of the file, which by the project's convention states the question in plain words.
 */
final class Catalogue {
    /** One query of the catalogue. */
    record Entry(String file, String question, String query) {}

    private Catalogue() {}

    /** The folder's queries sorted by file name; empty when the folder does not exist. */
    static List<Entry> read(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                out.add(new Entry(f.getFileName().toString(), question(text, f), text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the queries folder " + folder, e);
        }
        return out;
    }

    /** The first comment line without its {@code #}, or the file name when there is none. */
    static String question(String text, Path file) {
        return text.lines().map(String::strip)
                .filter(l -> l.startsWith("#") && l.length() > 1)
                .map(l -> l.substring(1).strip())
                .filter(l -> !l.isEmpty())
                .findFirst()
                .orElse(file.getFileName().toString());
    }
}
