package org.pactgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The surnames a document gives alone beside a verb of saying: the cue by which
 * {@link PeopleRecognizer} takes a name the linguistic layer reads as a person's for that speaker.
 */
final class SpeakerSurnames {
    /**
     * The surnames a document gives alone beside a verb of saying ("says Doe", "Doe said", "said Dr. Doe"):
     * a name the linguistic layer reads as a person's elsewhere in the document, ending in one of
     * them, is that speaker's full name ("Jane Doe received treatment ..., says Doe").
     */
    static java.util.Set<String> of(List<Sentence> sentences) {
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            if (!PeopleRecognizer.SAYING_WORD.matcher(s.text()).find()) continue;
            for (Pattern p : List.of(SURNAME_SAID_BEFORE, SURNAME_SAID_AFTER)) {
                Matcher m = p.matcher(s.text());
                while (m.find()) {
                    if (!NewPersonNames.cannotBeInAName(m.group(1)) && !Phrases.quoted(s.text(), m.start(1))) surnames.add(m.group(1));
                }
            }
        }
        return surnames;
    }

    private static final String SURNAME = "(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)";
    /** "said Doe", also after the speaker's title or honorific ("said Under Secretary Doe", "said Dr. Doe"). */
    private static final Pattern SURNAME_SAID_BEFORE = Pattern.compile("\\b" + PeopleRecognizer.SAYING + "\\s+(?:(?:" + Titles.BEFORE_NAME + ")\\s+)?(?:" + Titles.HONORIFIC + ")?"
            + SURNAME + "(?![\\p{L}-]|\\s+\\p{Lu})");
    private static final Pattern SURNAME_SAID_AFTER = Pattern.compile("(?<![\\p{L}-])" + SURNAME + "\\s+" + PeopleRecognizer.SAYING + "\\b");
}
