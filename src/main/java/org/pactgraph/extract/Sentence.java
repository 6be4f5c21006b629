package org.pactgraph.extract;

import java.util.List;

/**
 * A sentence of a document: its position in the document, the paragraph it belongs to, its
 * clean text, and where it lies, both in the clean text ({@code begin}, {@code end}) and in the
 * raw text as stored, counted in Unicode code points ({@code rawBegin}, {@code rawEnd}), as
 * RFC 5147 fragments need.
 */
public record Sentence(int index, int paragraph, String text, int begin, int end, int rawBegin, int rawEnd) {
    /**
     * The evidence for a fact that several sentences support together (a quotation over two
     * sentences): one span from the first to the last, with their texts joined.
     */
    public static Sentence spanning(List<Sentence> sentences) {
        Sentence first = sentences.get(0);
        if (sentences.size() == 1) return first;
        Sentence last = sentences.get(sentences.size() - 1);
        String text = String.join(" ", sentences.stream().map(Sentence::text).toList());
        return new Sentence(first.index(), first.paragraph(), text, first.begin(), last.end(), first.rawBegin(), last.rawEnd());
    }

    /** True when the clean text contains the word or phrase, ignoring case. */
    public boolean mentions(String phrase) {
        return text.toLowerCase(java.util.Locale.ROOT).contains(phrase.toLowerCase(java.util.Locale.ROOT));
    }
}
