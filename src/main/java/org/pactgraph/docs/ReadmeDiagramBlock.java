package org.pactgraph.docs;

import org.pactgraph.PactGraphException;

/**
 * The part of a Markdown file between {@code <!-- diagram:begin -->} and
 * {@code <!-- diagram:end -->}, where the generated model diagram is kept.
 */
public final class ReadmeDiagramBlock {
    public static final String BEGIN = "<!-- diagram:begin -->";
    public static final String END = "<!-- diagram:end -->";

    private ReadmeDiagramBlock() {}

    /** The text between the markers, without the newline after the first marker. */
    public static String in(String markdown, String fileName) {
        int[] at = markers(markdown, fileName);
        return markdown.substring(at[0], at[1]);
    }

    /** The file's text with the block between the markers replaced. */
    public static String replaced(String markdown, String fileName, String block) {
        int[] at = markers(markdown, fileName);
        return markdown.substring(0, at[0]) + block + markdown.substring(at[1]);
    }

    private static int[] markers(String markdown, String fileName) {
        int begin = markdown.indexOf(BEGIN);
        int end = markdown.indexOf(END);
        if (begin < 0 || end < 0 || end < begin || markdown.indexOf(BEGIN, begin + 1) >= 0) {
            throw new PactGraphException(fileName + " has no single pair of markers " + BEGIN + " ... " + END,
                    "put the two markers, each on its own line, where the model diagram belongs");
        }
        int start = begin + BEGIN.length();
        if (markdown.startsWith("\n", start)) start++;
        return new int[] {start, end};
    }
}
