package org.pactgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/**
 * The American states as datelines and address lines shorten them after a city
 * ("Boulder, Colo.", "Nashville, TN"): the news agencies' abbreviations and the postal codes,
 * each read as the state's name (the table is data, {@code state-abbreviations.tsv}). A place
 * is named by its name, never by its abbreviation, so a city written "Boulder, Colo." lies in
 * the state of Colorado.
 */
final class StateAbbreviations {
    private StateAbbreviations() {}

    /** The table: each state's name, its postal code, and its news agencies' abbreviation when it has one. */
    private static final String TABLE = "org/pactgraph/extract/state-abbreviations.tsv";

    /** Each abbreviation, postal or of the news agencies, to its state's name. */
    private static final Map<String, String> NAMES = read();

    private static Map<String, String> read() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = StateAbbreviations.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) throw new IllegalStateException("the build lacks its resource " + TABLE);
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#") || line.startsWith("state\t")) continue;
                String[] cells = line.split("\t", -1);
                // The abbreviation may be left out, with or without its tab (an editor may strip a trailing one).
                if (cells.length < 2 || cells.length > 3 || cells[0].isBlank() || cells[1].isBlank()) {
                    throw new IllegalStateException(TABLE + ", line " + (i + 1) + ": found \"" + line
                            + "\", expected a state's name, its postal code and its abbreviation (maybe none), separated by tabs");
                }
                names.put(cells[1], cells[0]);
                if (cells.length == 3 && !cells[2].isBlank()) names.put(cells[2], cells[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
        return Map.copyOf(names);
    }

    /** A postal code, or capitalised letters and periods ending on one ("Colo.", "N.J."), ending at a word's end. */
    private static final Pattern ABBREVIATION = Pattern.compile("(\\p{Lu}{2}(?![\\p{L}\\p{N}])|\\p{Lu}[\\p{L}.]*\\.)");

    /** An abbreviation written at {@code at}, if the text has one there. */
    record Written(int end, String state) {}

    /** The state whose abbreviation the text writes at {@code at}, if any. */
    static Optional<Written> at(String text, int at) {
        Matcher m = ABBREVIATION.matcher(text).region(at, text.length());
        if (!m.lookingAt()) return Optional.empty();
        return Optional.ofNullable(NAMES.get(m.group(1))).map(name -> new Written(m.end(), name));
    }

    /** The state of that name: the reference data's (which may call it "X State"), else a new place. */
    static Gazetteer.Entry state(Gazetteer gazetteer, String name) {
        for (String label : List.of(name, name + " State")) {
            Optional<Gazetteer.Entry> known = gazetteer.find(label).stream()
                    .filter(m -> m.begin() == 0 && m.end() == label.length())
                    .flatMap(m -> m.entries().stream())
                    .filter(e -> e.is(Pact.State.getURI()))
                    .findFirst();
            if (known.isPresent()) return known.get();
        }
        return gazetteer.newPlace(name, Pact.Place.getURI());
    }
}
