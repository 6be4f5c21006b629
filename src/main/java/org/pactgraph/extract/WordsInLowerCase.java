package org.pactgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words a document writes in lower case somewhere, which {@link NamesAfterPortfolios} reads as no names. */
final class WordsInLowerCase {
    /** The words a document writes in lower case somewhere: common words, whatever case they take at the start of a title. */
    static java.util.Set<String> of(List<Sentence> sentences) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            Matcher m = LOWERCASE_WORD.matcher(s.text());
            while (m.find()) words.add(m.group());
        }
        return words;
    }

    private static final Pattern LOWERCASE_WORD = Pattern.compile("(?<![\\p{L}\\p{N}-])\\p{Ll}+(?![\\p{L}\\p{N}])");
}
