package org.pactgraph.extract;

/**
 * A sentence of a document: its position in the document, its clean text, and where it lies,
 * both in the clean text ({@code begin}, {@code end}) and in the raw text as stored, counted in
 * Unicode code points ({@code rawBegin}, {@code rawEnd}), as RFC 5147 fragments need.
 */
public record Sentence(int index, String text, int begin, int end, int rawBegin, int rawEnd) {
    /** True when the clean text contains the word or phrase, ignoring case. */
    public boolean mentions(String phrase) {
        return text.toLowerCase(java.util.Locale.ROOT).contains(phrase.toLowerCase(java.util.Locale.ROOT));
    }
}
