package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The items of the document's lists, line by line: a line the markup made a list item ("- ",
 * "1. ", {@code <li>}) or one that opens on a bullet sign the normaliser keeps ("\u2022 Food
 * safety"), as pages copied from the web write their lists. Sentences squeeze line breaks into
 * blanks, so only the clean text knows where an item's line ends ("- Beach nourishment" before a
 * heading on the next line).
 */
final class ListItems {
    /** One item's line within the sentence that holds its start: offsets into the sentence's text. */
    record Line(Sentence sentence, int from, int to) {
        String text() {
            return sentence.text().substring(from, to);
        }
    }

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

    /**
     * The item lines that follow the sentence's own line, blank lines aside, up to the first line
     * that is no item or, before it, the first whose text {@code endsList} accepts (an item that
     * announces a list of its own).
     */
    List<Line> after(Sentence s, java.util.function.Predicate<String> endsList) {
        List<Line> lines = new ArrayList<>();
        if (text == null) return lines;
        String clean = text.text();
        Offsets offsets = new Offsets();
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
            Optional<Line> line = offsets.line(first, last);
            if (line.isPresent() && endsList.test(line.get().text())) break;
            line.ifPresent(lines::add);
        }
        return lines;
    }

    /**
     * Clean-text offsets as offsets into the text of the sentence that holds them, for lines met
     * in document order: the sentence is found by halving, and the squeezed length is counted on
     * from the last line's, so a long list costs its length once rather than once per item.
     */
    private final class Offsets {
        private Sentence sentence;
        private int cleanAt;
        private int relativeAt;

        /** The line between two clean-text offsets, within the sentence that holds its start. */
        Optional<Line> line(int from, int to) {
            Optional<Sentence> holder = holding(from);
            if (holder.isEmpty()) return Optional.empty();
            Sentence s = holder.get();
            int begin = relative(s, from);
            return Optional.of(new Line(s, begin, relative(s, Math.min(to, s.end()))));
        }

        /** The readable sentence that holds a clean-text offset: sentences are in document order and do not overlap. */
        private Optional<Sentence> holding(int offset) {
            int lo = 0;
            int hi = sentences.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Sentence x = sentences.get(mid);
                if (offset < x.begin()) hi = mid - 1;
                else if (offset >= x.end()) lo = mid + 1;
                else return Optional.of(x);
            }
            return Optional.empty();
        }

        /** The offset into the sentence's text, whose runs of blanks are squeezed to one. */
        private int relative(Sentence s, int offset) {
            if (s != sentence || offset < cleanAt) {
                sentence = s;
                cleanAt = s.begin();
                relativeAt = 0;
            }
            String clean = text.text();
            for (int i = cleanAt; i < offset; i++) {
                boolean blank = Character.isWhitespace(clean.charAt(i));
                if (!blank || i == s.begin() || !Character.isWhitespace(clean.charAt(i - 1))) relativeAt++;
            }
            cleanAt = Math.max(cleanAt, offset);
            return relativeAt;
        }
    }
}
