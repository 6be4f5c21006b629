package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names written right after a title's portfolio, which the portfolio's fields would otherwise take in. */
final class NamesAfterPortfolios {
    /**
     * A name written right after a title's portfolio: "Minister for Sustainability and the
     * Environment Jane Doe", "Special Envoy for Critical and Emerging Technology Jane Doe". A
     * portfolio joins its fields by "and" (or commas), each of one or two words, so a last field of
     * three words or more ends in a name: its last two words (three with an initial before them), when
     * the layer reads none of them as an organisation or a place, the document writes none of
     * them in lower case elsewhere ("Energy and Natural Resources Policy": "policy" is a common
     * word), and a verb, a comma, a bracket or the sentence's end follows.
     */
    static List<int[]> find(String text, List<AnnotatedSentences.Named> named, java.util.Set<String> lowercase) {
        if (!text.contains(" and ") || !Titles.mayContainTitle(text)) return List.of();
        List<int[]> names = new ArrayList<>();
        Matcher m = PORTFOLIO_THEN_NAME.matcher(text);
        while (m.find()) {
            if (Phrases.quoted(text, m.start())) continue;
            String[] last = m.group(1).strip().split("\\s+");
            int words = last.length >= 4 && NewPersonNames.MIDDLE_INITIAL.matcher(last[last.length - 3]).matches() ? 3 : 2;
            if (last.length < words + 1) continue;
            int begin = m.end(1) - String.join(" ", Arrays.copyOfRange(last, last.length - words, last.length)).length();
            int end = m.end(1);
            boolean placeOrBody = named.stream().anyMatch(n -> n.begin() < end && begin < n.end() && !n.type().equals("PERSON") && !n.type().equals("TITLE"));
            boolean nameLike = Arrays.stream(last, last.length - words, last.length)
                    .allMatch(w -> NewPersonNames.MIDDLE_INITIAL.matcher(w).matches() || w.matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?") && !NewPersonNames.cannotBeInAName(w)
                            && !lowercase.contains(w.toLowerCase(Locale.ROOT)));
            if (!placeOrBody && nameLike) names.add(new int[] {begin, end});
        }
        return names;
    }

    private static final String CAPITALISED = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}&-]*)";
    /** The most fields a portfolio joins before its last one: a bound, so that a long sentence of "A and B and ..." neither overflows the stack nor costs its square. */
    private static final int PORTFOLIO_FIELDS = 8;
    /** A title, "for" or "of", fields joined by "and", and a last field of three capitalised words or more before a verb, comma, bracket or the end. */
    private static final Pattern PORTFOLIO_THEN_NAME = Pattern.compile("\\b(?:" + String.join("|", Titles.CORE) + ")(?:-[\\p{L}-]+)?\\s+(?:for|of)\\s+(?:the\\s+)?"
            + "(?:" + CAPITALISED + "(?:\\s+" + CAPITALISED + ")?(?:,\\s+|\\s+(?:and|&)\\s+(?:the\\s+)?)){1," + PORTFOLIO_FIELDS + "}"
            + "(" + CAPITALISED + "(?:\\s+" + CAPITALISED + "){2,4})(?=\\s*[,;(]|\\.?\\s*$|\\.\\s+\\p{Lu}|\\s+\\p{Ll})");
}
