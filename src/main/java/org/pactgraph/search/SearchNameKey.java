package org.pactgraph.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The forms of a name that search compares (not {@code eval.ScoringNameKey}, which spells names
 * as the gold conventions do). {@link #text} folds full- and half-width forms and
 * compatibility characters (Unicode NFKC: "ＫＥＩＯ" and "ｹｲｵｰ" become "KEIO" and "ケイオー");
 * {@link #key} adds lower case, drops the dots and apostrophes of abbreviations ("M.I.T." is
 * "mit") and turns other punctuation into spaces; {@link #unordered} sorts the words of the key,
 * so that "Tanaka Hanako" and "Hanako Tanaka" share one; {@link #initialsKey} is the acronym that
 * the capitalised words of an English name make ("Northwind Research Council" gives "nrc").
 */
public final class SearchNameKey {
    private SearchNameKey() {}

    /** Words that acronyms skip. */
    private static final Set<String> MINOR = Set.of("of", "the", "and", "for", "in", "on", "at", "de", "&", "a", "an", "to");

    /** NFKC with runs of white space made one space, trimmed. */
    public static String text(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }

    /** The name as compared whole: {@link #text}, lower case, without punctuation. */
    public static String key(String name) {
        String t = text(name).toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[.'’]", "")
                .replaceAll("[\\p{P}\\p{S}]", " ");
        return t.replaceAll("\\s+", " ").strip();
    }

    /** The words of the {@link #key}, sorted, so that the order in which they were written does not count. */
    public static String unordered(String name) {
        String[] words = key(name).split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /**
     * The initials of a name of two or more words, skipping minor words ("of", "the"), in lower
     * case; empty for shorter names, names with no Latin letters, and names already one word.
     */
    // Unlike extract.MentionFinder.initials ("A.B. Geological Survey" gives "ABGS", an acronym as the text writes it): an index term, lower case, "A.B." one word as in key().
    public static String initialsKey(String name) {
        String t = text(name).replaceAll("[.'’]", "");
        List<String> words = new ArrayList<>();
        for (String w : t.split("[\\s\\p{P}&&[^&]]+")) {
            if (!w.isEmpty() && !MINOR.contains(w.toLowerCase(Locale.ROOT))) words.add(w);
        }
        if (words.size() < 2 || t.codePoints().anyMatch(c -> Character.isIdeographic(c))) return "";
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            int first = w.codePointAt(0);
            if (!Character.isLetter(first)) return "";
            out.appendCodePoint(Character.toLowerCase(first));
        }
        return out.toString();
    }
}
