package org.pactgraph.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.pactgraph.extract.TextNormalizer;

/**
 * A name in the form aligned matching compares names in (not {@code search.SearchNameKey}, which
 * folds names for search): one spelling of quotes and dashes, lower
 * case, without punctuation or a leading "the", and the home country's initials (with or without
 * their dots) and its full name spelled alike, as the gold conventions write agencies either way,
 * so that "The X.Y. Harbour Agency" and "XY Harbour Agency" are one name. (This is the scorer's
 * convention, not the extractor's knowledge: the extractor never reads this class.)
 */
final class ScoringNameKey {
    private ScoringNameKey() {}

    private static final Pattern DROPPED = Pattern.compile("[.'\u00b4`]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}]+");
    private static final Pattern UNITED_STATES = Pattern.compile("\\bunited states\\b");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Set<String> STOP_WORDS = Set.of("of", "the", "and", "for", "on", "in", "at", "to", "a", "an", "with",
            "de", "del", "la", "le", "y", "et");

    /** The key of a name; empty when nothing of it is left. */
    static String of(String name) {
        String s = TextNormalizer.plain(name).toLowerCase(Locale.ROOT);
        // Dots and apostrophes join what they separate ("u.s." is "us", "president's" "presidents"); other marks separate words.
        s = PUNCTUATION.matcher(DROPPED.matcher(s).replaceAll("")).replaceAll(" ");
        s = UNITED_STATES.matcher(BLANKS.matcher(s).replaceAll(" ").strip()).replaceAll("us");
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /**
     * Whether two keys name one thing in other words: the content words (stop words aside) of the
     * shorter, at least two of them, are all words of the longer and more than half of its words
     * ("road bureau", "road bureau of the ministry"; not "harbour office" for "kell patent and
     * harbour office", nor a lone "us" for every agency of the country), or one is the initials of
     * the other ("hra", "us harbour research agency"; "usgs" for the country's geological survey).
     */
    static boolean related(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        List<String> wordsA = words(a);
        List<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) return false;
        Set<String> setA = Set.copyOf(wordsA);
        Set<String> setB = Set.copyOf(wordsB);
        return covers(setA, setB) || covers(setB, setA) || initialsWithAndWithoutUs(wordsB).contains(a) || initialsWithAndWithoutUs(wordsA).contains(b);
    }

    /** Whether the shorter words, two or more, are all among the longer and more than half of them. */
    private static boolean covers(Set<String> shorter, Set<String> longer) {
        return shorter.size() >= 2 && shorter.size() <= longer.size() && 2 * shorter.size() > longer.size() && longer.containsAll(shorter);
    }

    private static List<String> words(String key) {
        return Arrays.stream(key.split(" ")).filter(w -> !w.isEmpty() && !STOP_WORDS.contains(w)).toList();
    }

    /** The initials of the words, the country's "us" giving "us", "u" or nothing (an agency's acronym with or without it). */
    // Unlike search.SearchNameKey.initialsKey (one acronym of a raw name): several, of a key's words, as gold writes an agency's acronym with or without its country's.
    private static Set<String> initialsWithAndWithoutUs(List<String> words) {
        StringBuilder rest = new StringBuilder();
        for (String w : words) {
            if (!w.equals("us")) rest.append(w.charAt(0));
        }
        if (!words.get(0).equals("us")) return Set.of(rest.toString());
        return Set.of(rest.toString(), "u" + rest, "us" + rest);
    }
}
