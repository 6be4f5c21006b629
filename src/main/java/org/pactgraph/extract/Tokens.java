package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words (runs of letters and digits) and single punctuation marks, with their offsets. */
record Tokens(List<String> lower, int[] begins, int[] ends) {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    static Tokens of(String text) {
        List<String> lower = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            lower.add(m.group().toLowerCase(Locale.ROOT));
            spans.add(new int[] {m.start(), m.end()});
        }
        int[] b = new int[spans.size()];
        int[] e = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            b[i] = spans.get(i)[0];
            e[i] = spans.get(i)[1];
        }
        return new Tokens(List.copyOf(lower), b, e);
    }

    int size() {
        return lower.size();
    }
}
