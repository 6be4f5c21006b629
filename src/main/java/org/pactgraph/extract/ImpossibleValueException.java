package org.pactgraph.extract;

import org.pactgraph.PactGraphException;

/**
 * An announcement states something that cannot be: a date that is not in the calendar (February
 * 30), a negative or absurd sum of money, a currency code nobody uses. The text is wrong, or the
 * file is not what it seems; either way guessing would put a false fact in the graph.
 */
public final class ImpossibleValueException extends PactGraphException {
    private final int offset;
    private final String problem;
    private final Sentence sentence;

    /** A problem at an offset of a sentence's text; the sentence and file are added on the way up. */
    ImpossibleValueException(int offset, String problem, String hint) {
        this(problem, hint, offset, problem, null);
    }

    private ImpossibleValueException(String message, String hint, int offset, String problem, Sentence sentence) {
        super(message, hint);
        this.offset = offset;
        this.problem = problem;
        this.sentence = sentence;
    }

    /** The same problem, in the given sentence. */
    ImpossibleValueException at(Sentence s) {
        return new ImpossibleValueException(problem, hint(), offset, problem, s);
    }

    /** The same problem placed in the document: its file, line and column. */
    ImpossibleValueException in(Document document) {
        if (sentence == null) return new ImpossibleValueException(document.path() + ": " + problem, hint(), offset, problem, null);
        String raw = document.rawText();
        int at = raw.offsetByCodePoints(0, Math.min(sentence.rawBegin(), raw.codePointCount(0, raw.length())));
        at = Math.min(raw.length(), at + offset);
        return new ImpossibleValueException(document.path() + ":" + Document.lineAndColumn(raw, at) + ": " + problem, hint(), offset, problem, sentence);
    }
}
