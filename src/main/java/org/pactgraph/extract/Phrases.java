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
     * a comma stay whole when the list has commas ("Signal and Image Processing").
     */
    static List<String> listItems(String text) {
        String body = text.strip().replaceAll("[.:;]+$", "");
        String[] parts = body.contains(",") ? body.split("\\s*,\\s*") : LIST_SEPARATOR.split(body);
        return java.util.Arrays.stream(parts)
                .map(p -> p.replaceFirst("^(and|or)\\s+", "").strip())
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /** True when the mention is followed by a possessive 's ("Jane Doe's visit"). */
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

    /**
     * The spans of the items of a list written between two offsets: "A, B, and C", "A, B and C"
     * or "A and B". When the list closes with a comma before its last "and" (the serial comma),
     * only commas separate items, so that "Signal and Image Processing, Robotics,
     * and Optics" keeps its first item whole; otherwise the last "and" separates too. Each item is
     * trimmed of blanks and a leading "and", "or" or article.
     */
    static List<int[]> listItemSpans(String text, int from, int to) {
        String region = text.substring(from, to);
        boolean serialComma = SERIAL_COMMA.matcher(region).find();
        java.util.regex.Pattern separator = serialComma || !region.contains(",") && !region.contains(" and ") && !region.contains(" or ")
                ? COMMA : region.contains(",") ? COMMA_OR_LAST_AND : AND;
        List<int[]> items = new java.util.ArrayList<>();
        java.util.regex.Matcher sep = separator.matcher(text).region(from, to);
        int start = from;
        while (sep.find()) {
            addItem(text, start, sep.start(), items);
            start = sep.end();
        }
        addItem(text, start, to, items);
        return items;
    }

    private static final java.util.regex.Pattern SERIAL_COMMA = java.util.regex.Pattern.compile(",\\s+(?:and|or)\\s+");
    private static final java.util.regex.Pattern COMMA = java.util.regex.Pattern.compile(",\\s*(?:(?:and|or)\\s+)?");
    private static final java.util.regex.Pattern COMMA_OR_LAST_AND = java.util.regex.Pattern.compile(",\\s*|\\s+(?:and|or)\\s+(?=[^,]*$)");
    private static final java.util.regex.Pattern AND = java.util.regex.Pattern.compile("\\s+(?:and|or)\\s+");

    private static void addItem(String text, int begin, int end, List<int[]> items) {
        String item = text.substring(begin, end);
        int lead = item.length() - item.stripLeading().length();
        String stripped = item.strip();
        java.util.regex.Matcher article = java.util.regex.Pattern.compile("^(?:and|or|the|a|an)\\s+").matcher(stripped);
        if (article.find()) {
            lead += article.end();
            stripped = stripped.substring(article.end());
        }
        if (!stripped.isEmpty()) items.add(new int[] {begin + lead, begin + lead + stripped.length()});
    }

    /** The text with its first letter in upper case. */
    static String capitalized(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** The spans inside double quotes in a sentence, without the quote marks. */
    static List<int[]> quoteSpans(String sentence) {
        List<int[]> spans = new java.util.ArrayList<>();
        int open = -1;
        for (int i = 0; i < sentence.length(); i++) {
            if (sentence.charAt(i) != '"') continue;
            if (open < 0) {
                open = i + 1;
            } else {
                spans.add(new int[] {open, i});
                open = -1;
            }
        }
        if (open >= 0) spans.add(new int[] {open, sentence.length()});
        return spans;
    }

    /** True when the offset lies inside a quotation of the sentence. */
    static boolean quoted(String sentence, int offset) {
        return quoteSpans(sentence).stream().anyMatch(q -> q[0] <= offset && offset < q[1]);
    }

    /** The entries of the sentence's mentions of the class, in order, without repeats. */
    static List<Gazetteer.Entry> entities(List<Mention> mentions, String classIri, int from, int to) {
        List<Gazetteer.Entry> found = new java.util.ArrayList<>();
        for (Mention m : mentions) {
            if (m.begin() >= from && m.end() <= to) {
                entityOf(m, classIri).filter(e -> found.stream().noneMatch(f -> f.iri().equals(e.iri()))).ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * The reference data's initiatives that a sentence names by their themes ("partnerships in
     * quantum computing and semiconductor engineering"), in the year its dates give, or the year
     * of the sentence before in the same paragraph ("Last year, ...").
     */
    static List<String> initiativesNamed(DocumentState state, Sentence s) {
        Optional<Integer> year = contextYear(state, s);
        if (year.isEmpty()) return List.of();
        List<String> found = new java.util.ArrayList<>();
        for (Gazetteer.Entry theme : entities(state.mentionsOf(s), Pact.ResearchTheme.getURI(), 0, s.text().length())) {
            state.gazetteer.initiativeOf(theme.iri(), year.get()).filter(i -> !found.contains(i)).ifPresent(found::add);
        }
        return found;
    }

    /** The year of the first date in the sentence, or in the one before it in the same paragraph. */
    static Optional<Integer> contextYear(DocumentState state, Sentence s) {
        for (int i = s.index(); i >= 0 && i >= s.index() - 1; i--) {
            Sentence at = state.sentences.get(i);
            if (at.paragraph() != s.paragraph()) break;
            Optional<Integer> year = state.mentionsOf(at).stream()
                    .filter(m -> m instanceof Mention.Date)
                    .map(m -> ((Mention.Date) m).date().getYear())
                    .findFirst();
            if (year.isPresent()) return year;
        }
        return Optional.empty();
    }
}
