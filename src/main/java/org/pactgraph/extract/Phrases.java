package org.pactgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/** Small readings of English shared by the rules: lists, ordinals, possessives. */
final class Phrases {
    private Phrases() {}

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10));
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+(?=[^,]*$)");

    /** The first ordinal word of the text ("third" is 3). */
    static Optional<Integer> ordinal(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            Integer n = ORDINALS.get(word);
            if (n != null) return Optional.of(n);
        }
        return Optional.empty();
    }

    /**
     * The items of a written list: "A, B, and C" or "A, B and C". Items joined by "and" without
     * a comma stay whole when the list has commas ("Multimodal and Multi-lingual Learning").
     */
    static List<String> listItems(String text) {
        String body = text.strip().replaceAll("[.:;]+$", "");
        String[] parts = body.contains(",") ? body.split("\\s*,\\s*") : LIST_SEPARATOR.split(body);
        return java.util.Arrays.stream(parts)
                .map(p -> p.replaceFirst("^(and|or)\\s+", "").strip())
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /** True when the mention is followed by a possessive 's ("Kishida Fumio's visit"). */
    static boolean isPossessive(String sentence, Mention m) {
        return sentence.startsWith("'s", m.end()) || sentence.startsWith("'", m.end());
    }

    /** The text between two offsets of a sentence, lower case and trimmed. */
    static String between(String sentence, int from, int to) {
        return from >= to ? "" : sentence.substring(from, to).strip().toLowerCase(Locale.ROOT);
    }

    /** The mention's first entry that is an organisation, preferring institutions. */
    static Optional<Gazetteer.Entry> institution(Mention m) {
        if (!(m instanceof Mention.Entity e)) return Optional.empty();
        return e.as(Pact.Institution.getURI()).or(() -> e.as(Pact.Organization.getURI()));
    }

    /** The mention's first entry of the class. */
    static Optional<Gazetteer.Entry> entityOf(Mention m, String classIri) {
        return m instanceof Mention.Entity e ? e.as(classIri) : Optional.empty();
    }
}
