package org.pactgraph.validate;

/**
 * One SHACL violation, told in the user's terms: the file the offending resource came from, the
 * resource (focus node), the property path, the shape's message, and the shape that was broken.
 */
public record Violation(String source, String focusNode, String path, String message, String shape) {
    @Override
    public String toString() {
        return source + ": " + focusNode + (path.isEmpty() ? "" : " " + path) + ": " + message + " (" + shape + ")";
    }
}
