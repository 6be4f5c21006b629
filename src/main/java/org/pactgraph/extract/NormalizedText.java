package org.pactgraph.extract;

/**
 * Text with its markup removed, and for each of its characters the offset of the character in
 * the raw text it came from, so that evidence spans point into the document as stored.
 *
 * @param text the clean text
 * @param rawOffsets {@code rawOffsets[i]} is the raw offset of {@code text.charAt(i)}; one extra
 *     last entry holds the raw length
 * @param raw the text as stored
 */
public record NormalizedText(String text, int[] rawOffsets, String raw) {
    /** The raw offset of normalised offset {@code i} (which may be {@code text.length()}). */
    public int toRaw(int i) {
        return rawOffsets[i];
    }

    /** The raw offset just after normalised character {@code end - 1}. */
    public int toRawEnd(int end) {
        return end == 0 ? 0 : rawOffsets[end - 1] + 1;
    }

    /** A UTF-16 offset of the raw text as a count of Unicode code points, as RFC 5147 counts. */
    public int codePointOffset(int rawUtf16Offset) {
        return raw.codePointCount(0, rawUtf16Offset);
    }
}
