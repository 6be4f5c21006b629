package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Acronyms made of the first letters of each word of a name rather than of its initials alone:
 * "HARCOM" for the Harlow Command (HAR + COM), "ABHARCOM" for the A.B. Harlow Command, as
 * military commands and many agencies are named. Every word of the name but its small ones gives
 * the acronym one or more of its first letters, in order, the last word (the head noun) two or
 * more; a country's initials in front may give theirs or be left out. Plain initials ("HC") are
 * read by {@link MentionFinder#initials}; this reads what they miss, so at least one word must
 * give more than its initial.
 */
final class AcronymsOfWordParts {
    private AcronymsOfWordParts() {}

    /** An acronym that may be made of words' first letters: capitals alone, three to ten of them. */
    static final Pattern CANDIDATE = Pattern.compile("\\p{Lu}{3,10}");

    /** Whether the acronym is made of the first letters of each of the name's words, some more than one. */
    static boolean abbreviates(String acronym, String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.split("[\\s-]+")) {
            String letters = w.replace(".", "");
            if (letters.isEmpty() || MentionFinder.SMALL_WORDS.contains(letters.toLowerCase(Locale.ROOT))) continue;
            if (!letters.chars().allMatch(Character::isLetter)) return false;
            words.add(letters.toUpperCase(Locale.ROOT));
        }
        if (words.size() < 2) return false;
        String a = acronym.toUpperCase(Locale.ROOT);
        boolean countryFirst = COUNTRY.contains(words.get(0));
        return madeOf(a, 0, words, 0, false) || countryFirst && words.size() > 2 && madeOf(a, 0, words, 1, false);
    }

    /** Whether the acronym from {@code at} is made of first letters of the words from {@code word} on, each giving one or more. */
    private static boolean madeOf(String acronym, int at, List<String> words, int word, boolean longerPart) {
        if (word == words.size()) return at == acronym.length() && longerPart;
        String w = words.get(word);
        // The last word, the name's head noun, is clipped too ("COM", "AD"), never cut to its initial:
        // "UHA" is no acronym of a University of Harlow Anglia, whose initials it may be.
        int fewest = word == words.size() - 1 ? 2 : 1;
        for (int n = 1; n <= w.length() && at + n <= acronym.length(); n++) {
            if (acronym.charAt(at + n - 1) != w.charAt(n - 1)) break;
            if (n >= fewest && madeOf(acronym, at + n, words, word + 1, longerPart || n > 1)) return true;
        }
        return false;
    }

    /** A country's initials in front of a name, which its acronym may give or leave out. */
    private static final Set<String> COUNTRY = Set.of("US", "UK");
}
