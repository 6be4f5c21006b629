package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a document writes "the" before a word, read once per document: a rule that asks, title
 * after title, whether the document writes an organisation's name after "the" as a whole noun
 * phrase ("the Harlow Coastal Bank", not "the Harlow Coastal Bank Chairman") then compares the name
 * at those places only, instead of scanning the whole text with a pattern made for each name.
 */
final class NamesAfterThe {
    private final String text;
    /** Where the word after each "the" begins, in order. */
    private final List<Integer> afterThe = new ArrayList<>();

    NamesAfterThe(String text) {
        this.text = text;
        Matcher the = THE.matcher(text);
        while (the.find()) afterThe.add(the.end());
    }

    /** Whether the text writes the name right after "the", not run on into a longer word or name. */
    boolean writesTheBefore(String name) {
        Matcher runsOn = RUNS_ON.matcher(text);
        for (int at : afterThe) {
            if (!text.startsWith(name, at)) continue;
            if (!runsOn.region(at + name.length(), text.length()).lookingAt()) return true;
        }
        return false;
    }

    /** The article and the spaces after it. */
    private static final Pattern THE = Pattern.compile("\\b[Tt]he\\s+");
    /** A name run on: a letter, digit or hyphen right after it, or a capitalised word after a space ("the X Bank Chairman"). */
    private static final Pattern RUNS_ON = Pattern.compile("[\\p{L}\\p{N}-]|\\s+\\p{Lu}");
}
