package org.pactgraph.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotations of a text: runs of tokens between an opening and a closing double quote
 * (straight or curly), over sentence ends, the quote marks included. A quote left open at a
 * paragraph's end closes there, as a quotation that goes on in the next paragraph is written.
 */
final class Quotations {
    private Quotations() {}

    static List<Annotation.Span> find(String text, List<Annotation.Token> tokens) {
        List<Annotation.Span> quotes = new ArrayList<>();
        int open = -1;
        for (Annotation.Token t : tokens) {
            String w = t.word();
            boolean mark = w.equals("\"") || w.equals("\u201C") || w.equals("\u201D") || w.equals("``") || w.equals("''");
            if (open >= 0 && paragraphBreakBetween(text, tokens.get(t.index() - 1).end(), t.begin())) {
                quotes.add(CoreNlpAnnotator.span(tokens, open, t.index() - 1));
                open = -1;
            }
            if (!mark) continue;
            if (open < 0) {
                open = t.index();
            } else {
                quotes.add(CoreNlpAnnotator.span(tokens, open, t.index()));
                open = -1;
            }
        }
        if (open >= 0 && open < tokens.size() - 1) quotes.add(CoreNlpAnnotator.span(tokens, open, tokens.size() - 1));
        return quotes;
    }

    private static boolean paragraphBreakBetween(String text, int from, int to) {
        return text.substring(from, to).indexOf("\n\n") >= 0;
    }
}
