package org.pactgraph.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The English words that make the titles of posts: "Executive Vice President", "Chief Technology Officer". */
final class Titles {
    private Titles() {}

    /** Words that end a title. */
    static final Set<String> CORE = Set.of(
            "President", "Provost", "Chancellor", "Dean", "Director", "Professor", "Chair", "Chairman", "Chairwoman",
            "Officer", "CEO", "CTO", "CFO", "COO", "CMO", "Founder", "Co-founder", "Secretary", "Minister", "Ambassador",
            "Governor", "Senator", "Mayor", "Manager", "Head", "Administrator", "Commissioner", "Rector", "Advisor", "Adviser", "Envoy",
            "Commander", "Spokesman", "Spokeswoman", "Spokesperson");

    /**
     * Words that may come before the last word of a title; "Program" and "Project" name the
     * officer or director of a funding programme or a project ("Program Officer").
     */
    static final Set<String> MODIFIERS = Set.of(
            "Vice", "Executive", "Senior", "Deputy", "Associate", "Assistant", "Managing", "General", "Chief", "Under",
            "Distinguished", "Regional", "Founding", "Prime", "Principal", "Program", "Project");

    private static final String CORE_WORDS = String.join("|", CORE.stream().sorted().toList());
    private static final String MODIFIER_WORDS = String.join("|", MODIFIERS.stream().sorted().toList());

    /**
     * The head of a body's board who is also its chief executive, one post under one title
     * ("President and CEO", "Chairman and Managing Director"): tried before the words alone, so
     * that the title is not cut at "and".
     */
    private static final String HEAD_AND_EXECUTIVE = "(?:President|Chairman|Chairwoman|Chair)\\s+and\\s+(?:CEO|Chief\\s+Executive(?:\\s+Officer)?|Managing\\s+Director)";

    /**
     * "Acting" before a title: the same office held for the time being ("Acting Director"), a post
     * of its own that the title names with the word, before a name as after one.
     */
    static final String ACTING = "(?:(?i:acting)\\s+)?";

    /** A title written with capitals before a name: "Executive Vice President", "Acting Chief Technology Officer". */
    static final String BEFORE_NAME = ACTING + "(?:(?i:" + MODIFIER_WORDS + ")\\s+)*(?:(?i:chief)(?:\\s+\\p{L}+)+?\\s+(?i:officer)|(?i:chief\\s+executive)|(?i:"
            + HEAD_AND_EXECUTIVE + "|" + CORE_WORDS + "))";

    /**
     * Where the organisation's name in a title after a name ends: a capitalised word, then a word
     * in lower case that opens a phrase or clause of its own, a preposition, a relative or an
     * auxiliary ("to the Harlow Republic with a gift at ...", "of Coastal Policy in the School of
     * ..."): the sentence goes on there, not the name. A lower-case noun there is not such an end:
     * the name before it is that noun's modifier ("director of X Agency programs"), not the post's body.
     */
    private static final String NAME_THEN_LOWER_CASE = "(?<=\\p{Lu}\\p{L}{0,30})\\s+(?:with|in|from|since|until|during|by|as|through|into|under|after|before|between|among|within|"
            + "who|which|that|where|when|whose|or|but|is|was|are|were|has|have|had|will|would|said|says)\\b";

    /**
     * A title written after a name, in any case: "vice president for research at X", "chief of
     * the X Center" ("chief" heads a body only with its "of"); it ends
     * before "and" and a second title ("Assistant Director for X at Y and Director of Z").
     */
    static final Pattern AFTER_NAME = Pattern.compile(
            "(?i:(?:" + MODIFIER_WORDS + ")\\s+)*(?i:chief\\s+(?:\\p{L}+\\s+)+officer|chief\\s+executive|chief(?=\\s+of\\s)|" + HEAD_AND_EXECUTIVE + "|" + CORE_WORDS + ")\\b(?:(?i:\\s+(?:of|for|at|to)\\s+)"
                    + "(?:(?i:(?!\\s+and\\s+(?:(?:" + MODIFIER_WORDS + ")\\s+)*(?:" + CORE_WORDS + ")\\b))(?!" + NAME_THEN_LOWER_CASE + ")[^,.;\"(])+)?");

    /**
     * True when a name is nothing but title words ("President"): a post of the reference data
     * named so could be any president, so it counts only for a person known to hold it.
     */
    static boolean isBare(String name) {
        return java.util.Arrays.stream(name.split("\\s+")).allMatch(w -> CORE.contains(w) || MODIFIERS.contains(w));
    }

    private static final List<String> LOWER_WORDS = CORE.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).sorted().toList();

    /** False when the text has no title word in any case: a cheap test before the patterns. */
    static boolean mayContainTitle(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return LOWER_WORDS.stream().anyMatch(lower::contains) || lower.contains("chief");
    }

    /**
     * Titles abbreviated before a name, whose period does not end the sentence: civil ones, and
     * the ranks of officers and officials that military and state releases write before a name
     * ("Vice Adm.", "Maj. Gen.", "Capt.", "Gov."), which are no part of the name or the post.
     */
    static final String HONORIFIC = "(?:(?:Dr|Prof|Mr|Ms|Mrs)\\.\\s+|(?:(?:Vice|Rear|Lt\\.|Maj\\.|Brig\\.)\\s+)?(?:Gen|Adm|Col|Capt|Cmdr|Maj|Gov|Sen|Rep)\\.\\s+)";
}
