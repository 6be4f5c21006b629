package org.pactgraph.annotate;

/**
 * Reads a text with a linguistic layer. {@code raw} tells where each offset lies in the document as
 * stored, so that spans point into the raw file. Implementations may be shared between threads.
 */
public interface Annotator {
    Annotation annotate(String text, RawOffsets raw);

    /**
     * What this annotator is, with its version and settings: part of the cache key, so that a
     * changed layer never serves annotations made by another.
     */
    String version();

    /** Whether this gives no linguistic layer ({@link #NONE}): the rules then read alone, and no candidate is promoted. */
    default boolean isNone() {
        return version().equals(NONE.version());
    }

    /** No linguistic layer: every annotation is empty, and the extractor uses its rules alone. */
    Annotator NONE = new Annotator() {
        @Override
        public Annotation annotate(String text, RawOffsets raw) {
            return Annotation.empty(text);
        }

        @Override
        public String version() {
            return "none";
        }
    };
}
