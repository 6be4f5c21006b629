package org.pactgraph.eval;

import java.util.Locale;
import java.util.regex.Pattern;
import org.pactgraph.extract.TextNormalizer;

/**
 * A name in the form aligned matching compares names in: one spelling of quotes and dashes, lower
 * case, without punctuation or a leading "the", and "U.S.", "US" and "United States" spelled alike,
 * so that "The U.S. Environmental Protection Agency" and "US Environmental Protection Agency" are one name.
 */
final class NameKey {
    private NameKey() {}

    private static final Pattern DROPPED = Pattern.compile("[.'\u00b4`]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}]+");
    private static final Pattern UNITED_STATES = Pattern.compile("\\bunited states\\b");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /** The key of a name; empty when nothing of it is left. */
    static String of(String name) {
        String s = TextNormalizer.plain(name).toLowerCase(Locale.ROOT);
        // Dots and apostrophes join what they separate ("u.s." is "us", "president's" "presidents"); other marks separate words.
        s = PUNCTUATION.matcher(DROPPED.matcher(s).replaceAll("")).replaceAll(" ");
        s = UNITED_STATES.matcher(BLANKS.matcher(s).replaceAll(" ").strip()).replaceAll("us");
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
