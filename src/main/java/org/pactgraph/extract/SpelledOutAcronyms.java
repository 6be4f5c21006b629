package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the Harlow Tide Institute (HTI)": the name an acronym in brackets stands for is the run of
 * words right before the bracket whose initials are the acronym's letters. The words are
 * capitalised ones and the small words names hold ("of", "and", "de"); the fewest of them that
 * make the acronym, two or more, the first capitalised, win, so that a word before the name
 * ("Freedonian" where the acronym leaves it out) stays out of it. "The" opens the name only when
 * the acronym counts it ("The Generations Network (TGN)"). A hyphenated word may give one initial
 * or one per part ("National Geospatial-Intelligence Agency (NGA)"), as acronyms are made both
 * ways. Every rule that reads a name from its acronym reads it here, so that they agree on it.
 */
final class SpelledOutAcronyms {
    private SpelledOutAcronyms() {}

    /** A name spelled out right before its acronym in brackets: the name's span, the acronym and where its bracket closes. */
    record Definition(int begin, int end, String acronym, int bracketEnd) {
        String name(String text) {
            return text.substring(begin, end);
        }
    }

    /** The names that the acronyms in brackets of a text spell out, in order of the text. */
    static List<Definition> in(String text) {
        List<Definition> out = new ArrayList<>();
        Matcher a = BRACKETED.matcher(text);
        while (a.find()) {
            int begin = begin(text, a.start(), a.group(1));
            if (begin >= 0) out.add(new Definition(begin, a.start(), a.group(1), a.end()));
        }
        return out;
    }

    /** Whether the text spells the name out right before its acronym in brackets. */
    static boolean spellsOut(String text, String name) {
        return text.contains(name) && in(text).stream().anyMatch(d -> d.name(text).equals(name));
    }

    /**
     * Where the name that ends at {@code end} and that {@code acronym} abbreviates begins: the
     * fewest words before {@code end} that make it; -1 when no run of name words does.
     */
    static int begin(String text, int end, String acronym) {
        // "the Harlow Agency's (HA) programme": the acronym names the owner, whose name ends before the possessive.
        if (text.startsWith("'s", end - 2) || text.startsWith("\u2019s", end - 2)) return -1;
        List<Integer> starts = wordStartsBefore(text, end);
        for (int n = 2; n <= starts.size(); n++) {
            int begin = starts.get(n - 1);
            String name = text.substring(begin, end);
            String first = name.substring(0, name.indexOf(' ') < 0 ? name.length() : name.indexOf(' '));
            if (!Character.isUpperCase(first.charAt(0))) continue;
            boolean countsThe = first.equals("The") && ("T" + MentionFinder.initials(name)).equals(acronym);
            if (countsThe || !first.equals("The") && initialsAre(name, acronym)) return begin;
        }
        return -1;
    }

    private static boolean initialsAre(String name, String acronym) {
        return MentionFinder.initials(name).equals(acronym) || MentionFinder.initialsOfJoinedWords(name).equals(acronym);
    }

    /**
     * The starts of the name words right before {@code end}, nearest first, up to {@link #MOST_WORDS}:
     * the run stops at the first word that no name holds, and after a word glued to what is before
     * it ("Agency:National Bureau of Standards (NBS)", a heading whose colon lost its space).
     */
    private static List<Integer> wordStartsBefore(String text, int end) {
        List<Integer> starts = new ArrayList<>();
        int at = end;
        while (starts.size() < MOST_WORDS) {
            int wordEnd = at;
            while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) wordEnd--;
            // Words are separated by whitespace: the run ends where none is (a bracket or comma glued to a word).
            if (wordEnd == at && at != end || wordEnd == 0) break;
            int wordBegin = wordEnd;
            while (wordBegin > 0 && isNameCharacter(text.charAt(wordBegin - 1))) wordBegin--;
            if (wordBegin == wordEnd || !NAME_WORD.matcher(text.substring(wordBegin, wordEnd)).matches()) break;
            starts.add(wordBegin);
            if (wordBegin > 0 && !Character.isWhitespace(text.charAt(wordBegin - 1))) break;
            at = wordBegin;
        }
        return starts;
    }

    /** A character a word of a name is made of: a letter, a digit, or one of ".'’&-". */
    private static boolean isNameCharacter(char c) {
        return Character.isLetterOrDigit(c) || ".'\u2019&-".indexOf(c) >= 0;
    }

    /** Enough words for the longest names acronyms stand for. */
    private static final int MOST_WORDS = 8;
    /** A word of a name: capitalised ("Harlow", "A.B.", "Tide-Gauge", "R&D", "Children's"), or a small word names hold. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.'\u2019&-]*|of|and|for|the|on|in|at|de|del|la|des|du|&");
    /** An acronym of capitals alone in brackets, after the space that ends the name. */
    private static final Pattern BRACKETED = Pattern.compile("(?<=\\S)\\s+\\((\\p{Lu}{2,8})\\)");
}
