package org.pactgraph.extract;

import java.util.List;

/**
 * The sections of a document: a new one starts at each heading, so that a fact sheet about
 * several topics is read topic by topic and a fact binds only to what its own section is
 * about. A heading is what the markup made one (Markdown {@code #}, HTML {@code <h1>}..{@code
 * <h6>}, a line all in bold) or, in plain text, a short line standing alone as a paragraph
 * without closing punctuation ("Climate and Energy"), other than a list item.
 */
final class Sections {
    /** A plain line with more words than this is a sentence that lacks its period, not a heading. */
    private static final int HEADING_WORDS = 12;
    private final int[] sectionOf;
    private final int count;

    private Sections(int[] sectionOf, int count) {
        this.sectionOf = sectionOf;
        this.count = count;
    }

    /** A document read as one section. */
    static Sections single(int sentences) {
        return new Sections(new int[sentences], 1);
    }

    static Sections of(NormalizedText text, List<Sentence> sentences) {
        int[] sectionOf = new int[sentences.size()];
        int section = 0;
        int previousEnd = 0;
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            boolean marked = false;
            for (int at = previousEnd; at <= s.begin() && !marked; at++) marked = text.headingAt(at);
            boolean heading = marked || k > 0 && looksLikeHeading(text, sentences, k);
            if (heading && k > 0) section++;
            sectionOf[k] = section;
            previousEnd = s.end();
        }
        return new Sections(sectionOf, section + 1);
    }

    /** A short plain line that is a paragraph of its own, not a list item, and ends without punctuation. */
    private static boolean looksLikeHeading(NormalizedText text, List<Sentence> sentences, int k) {
        Sentence s = sentences.get(k);
        boolean alone = sentences.get(k - 1).paragraph() != s.paragraph()
                && (k + 1 == sentences.size() || sentences.get(k + 1).paragraph() != s.paragraph());
        if (!alone || text.listItemAt(s.begin())) return false;
        String t = s.text();
        char last = t.charAt(t.length() - 1);
        return Character.isUpperCase(t.codePointAt(0)) && ".?!:;,\"')".indexOf(last) < 0 && t.indexOf('"') < 0
                && t.split("\\s+").length <= HEADING_WORDS;
    }

    /** The section a sentence lies in, counted from 0. */
    int of(Sentence s) {
        return sectionOf[s.index()];
    }

    /** True when two sentences, by index, lie in one section. */
    boolean together(int sentence, int other) {
        return sectionOf[sentence] == sectionOf[other];
    }

    /** How many sections the document has. */
    int count() {
        return count;
    }
}
