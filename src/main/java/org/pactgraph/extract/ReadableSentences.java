package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences the rules read and those they leave unread. The rules' patterns repeat groups
 * of capitalised words ("(?:\s+Word)*"), and the JDK's matcher recurses once for each
 * repetition, a frame of over a kilobyte: a run of some six hundred capitalised words overflows
 * a thread's default stack, and the time grows with the square of the length well before that.
 * A sentence is therefore read when it has at most {@link #LONGEST} characters and no run of
 * more than {@link #LONGEST_RUN} capitalised words; no sentence of a real announcement comes
 * near either. A longer one is hostile or broken input (a table flattened into one line, a
 * list without punctuation): it is left unread, the rest of the document extracted as usual,
 * and named in {@link Extraction#unreadNotes()}.
 */
record ReadableSentences(List<Sentence> read, List<Sentence> unread) {
    /** The longest sentence, in characters of its clean text, that the rules read. */
    static final int LONGEST = 6_000;
    /** The longest run of capitalised words, one after another, in a sentence the rules read. */
    static final int LONGEST_RUN = 150;

    /** The sentences split in two, those read numbered again from 0 so that rules index them as usual. */
    static ReadableSentences of(List<Sentence> sentences) {
        List<Sentence> read = new ArrayList<>();
        List<Sentence> unread = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!readable(s.text())) {
                unread.add(s);
            } else {
                read.add(new Sentence(read.size(), s.paragraph(), s.text(), s.begin(), s.end(), s.rawBegin(), s.rawEnd()));
            }
        }
        return new ReadableSentences(List.copyOf(read), List.copyOf(unread));
    }

    /**
     * The clean text with every unread sentence blanked out, its line breaks kept: what the
     * linguistic layer is given. The text itself when every sentence is read, so that the
     * annotation cache, keyed by the text, is the same as ever for every ordinary document.
     */
    String masked(String clean) {
        if (unread.isEmpty()) return clean;
        char[] chars = clean.toCharArray();
        for (Sentence s : unread) {
            for (int i = s.begin(); i < Math.min(s.end(), chars.length); i++) {
                if (chars[i] != '\n') chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** Why the rules leave a sentence unread, for messages, or null when they read it. */
    static String whyUnread(String text) {
        if (text.length() > LONGEST) {
            return "is " + text.length() + " characters long, more than the " + LONGEST + " the extraction rules read";
        }
        int run = longestCapitalisedRun(text);
        if (run > LONGEST_RUN) {
            return "has a run of " + run + " capitalised words, more than the " + LONGEST_RUN + " the extraction rules read";
        }
        return null;
    }

    static boolean readable(String text) {
        return whyUnread(text) == null;
    }

    /** The most words beginning with a capital letter that follow one another, separated by white space only. */
    static int longestCapitalisedRun(String text) {
        int longest = 0;
        int run = 0;
        for (String word : text.split("\\s+")) {
            run = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
