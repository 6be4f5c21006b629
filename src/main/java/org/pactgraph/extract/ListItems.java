package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The items of the document's lists, line by line: a line the markup made a list item ("- ",
 * "1. ", {@code <li>}) or one that opens on a bullet sign the normaliser keeps ("\u2022 Food
 * safety"), as pages copied from the web write their lists. Sentences squeeze line breaks into
 * blanks, so only the clean text knows where an item's line ends ("- Beach nourishment" before a
 * heading on the next line).
 */
final class ListItems {
    /** One item's line within the sentence that holds its start: offsets into the sentence's text. */
    record Line(Sentence sentence, int from, int to) {}

    private static final ListItems NONE = new ListItems(null, List.of());
    private final NormalizedText text;
    private final List<Sentence> sentences;

    private ListItems(NormalizedText text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    static ListItems of(NormalizedText text, List<Sentence> sentences) {
        return new ListItems(text, sentences);
    }

    /** No lists: the document's lines are unknown. */
    static ListItems none() {
        return NONE;
    }

    /** The item lines that follow the sentence's own line, blank lines aside, up to the first line that is no item. */
    List<Line> after(Sentence s) {
        List<Line> lines = new ArrayList<>();
        if (text == null) return lines;
        String clean = text.text();
        int at = clean.indexOf('\n', s.end());
        while (at >= 0 && at < clean.length()) {
            int start = at + 1;
            int end = clean.indexOf('\n', start);
            if (end < 0) end = clean.length();
            at = end;
            int first = start;
            while (first < end && Character.isWhitespace(clean.charAt(first))) first++;
            if (first == end) continue;
            if (clean.charAt(first) != '\u2022' && !text.listItemAt(first)) break;
            int last = end;
            while (last > first && Character.isWhitespace(clean.charAt(last - 1))) last--;
            line(first, last).ifPresent(lines::add);
        }
        return lines;
    }

    /** The line between two clean-text offsets, within the sentence that holds its start. */
    private java.util.Optional<Line> line(int from, int to) {
        return sentences.stream().filter(x -> x.begin() <= from && from < x.end()).findFirst()
                .map(s -> new Line(s, relative(s, from), relative(s, Math.min(to, s.end()))));
    }

    /** A clean-text offset within a sentence as an offset into its text, whose blanks are squeezed. */
    private int relative(Sentence s, int offset) {
        return text.text().substring(s.begin(), offset).replaceAll("\\s+", " ").length();
    }
}
