package org.pactgraph.annotate;

/**
 * Where an offset of an annotated text lies in the document as stored, in Unicode code points:
 * the annotated text may be a cleaned copy of the document (markup removed).
 */
public interface RawOffsets {
    /** The raw offset of the character at {@code offset}. */
    int begin(int offset);

    /** The raw offset just after the character at {@code end - 1}. */
    int end(int end);

    /** For a text annotated as stored, without surrogate pairs. */
    RawOffsets IDENTITY = new RawOffsets() {
        @Override
        public int begin(int offset) {
            return offset;
        }

        @Override
        public int end(int end) {
            return end;
        }
    };
}
