package org.pactgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline a news release opens its first sentence with ("AUSTIN, June 3, 2025 - ",
 * "PETERSON AIR FORCE BASE, Colo. - "): where the story was filed, never a party to what it reports.
 */
final class Datelines {
    private Datelines() {}

    /** A place, perhaps a date, then a dash or a colon. */
    static final Pattern DATELINE = Pattern.compile("^\\s*\\p{Lu}[\\p{L} .,]{0,40}?(?:,\\s*\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s+[-:]\\s+");
    /**
     * True when the mention is the place of the sentence's dateline, a name of several words with
     * its state after a comma ("PETERSON AIR FORCE BASE, Colo. - A and B signed", "Aberdeen Proving
     * Ground, MD - "): a base or a campus that the parse may take for one more subject of the verb.
     * A name of one word ("NASA - ...") may be a party and is kept.
     */
    static boolean placeOf(String text, Mention m) {
        Matcher d = DATELINE.matcher(text);
        return d.lookingAt() && m.end() < d.end() && text.substring(0, m.begin()).isBlank() && m.text().contains(" ")
                && text.startsWith(",", m.end());
    }
}
