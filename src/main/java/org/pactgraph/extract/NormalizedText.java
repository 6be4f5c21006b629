package org.pactgraph.extract;

/**
 * Text with its markup removed, and for each of its characters the offset of the character in
 * the raw text it came from, so that evidence spans point into the document as stored.
 */
public final class NormalizedText {
    private final String text;
    private final int[] rawOffsets;
    private final String raw;
    private final boolean surrogates;
    private final java.util.Set<Integer> headingStarts;
    private final java.util.Set<Integer> listItemStarts;
    private int countedUpTo;
    private int codePointsUpTo;

    /**
     * @param text the clean text
     * @param rawOffsets {@code rawOffsets[i]} is the raw offset of {@code text.charAt(i)}; one extra
     *     last entry holds the raw length
     * @param raw the text as stored
     */
    public NormalizedText(String text, int[] rawOffsets, String raw) {
        this(text, rawOffsets, raw, java.util.Set.of(), java.util.Set.of());
    }

    /**
     * Text whose markup marked headings (Markdown {@code #}, HTML {@code <h1>}..{@code <h6>}, a
     * line all in bold) and list items, each by the clean offset where its text starts.
     */
    public NormalizedText(String text, int[] rawOffsets, String raw, java.util.Set<Integer> headingStarts, java.util.Set<Integer> listItemStarts) {
        this.headingStarts = java.util.Set.copyOf(headingStarts);
        this.listItemStarts = java.util.Set.copyOf(listItemStarts);
        this.text = text;
        this.rawOffsets = rawOffsets;
        this.raw = raw;
        this.surrogates = raw.chars().anyMatch(c -> Character.isSurrogate((char) c));
    }

    /** The clean text. */
    public String text() {
        return text;
    }

    /** True when the markup made a heading start at this clean offset. */
    public boolean headingAt(int i) {
        return headingStarts.contains(i);
    }

    /** True when the markup made a list item start at this clean offset. */
    public boolean listItemAt(int i) {
        return listItemStarts.contains(i);
    }

    /** The text as stored. */
    public String raw() {
        return raw;
    }

    /** The raw offset of normalised offset {@code i} (which may be {@code text.length()}). */
    public int toRaw(int i) {
        return rawOffsets[i];
    }

    /** The raw offset just after normalised character {@code end - 1}. */
    public int toRawEnd(int end) {
        return end == 0 ? 0 : rawOffsets[end - 1] + 1;
    }

    /**
     * A UTF-16 offset of the raw text as a count of Unicode code points, as RFC 5147 counts.
     * Offsets asked for in increasing order cost time in proportion to the distance between them.
     */
    public int codePointOffset(int rawUtf16Offset) {
        if (!surrogates) return rawUtf16Offset;
        if (rawUtf16Offset < countedUpTo) {
            countedUpTo = 0;
            codePointsUpTo = 0;
        }
        codePointsUpTo += raw.codePointCount(countedUpTo, rawUtf16Offset);
        countedUpTo = rawUtf16Offset;
        return codePointsUpTo;
    }
}
