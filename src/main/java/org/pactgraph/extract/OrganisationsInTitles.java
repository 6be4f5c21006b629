package org.pactgraph.extract;

import java.util.regex.Pattern;

/**
 * The organisation in a post's title: whether a title's "for" opens it or a portfolio, and its
 * name as the post's label writes it ("the University of X", an acronym given in full).
 */
final class OrganisationsInTitles {
    /**
     * Whether the text writes a new organisation by a short name of one word ("NIJ" for the
     * National Institute of Justice). Bodies of the reference data keep the posts the reference
     * data and the documents name by their short names.
     */
    private static boolean writtenShort(String written, Gazetteer.Entry org) {
        return !org.known() && !written.contains(" ") && !org.label().endsWith(written);
    }

    /**
     * A title's phrase with its organisation written by a short name ("associate director at
     * NIJ", "the President of APN") given the organisation's name instead, as a post is named
     * by its organisation's name, whatever one document calls it.
     */
    static String withShortNameInFull(Gazetteer gazetteer, String text, int begin, String phrase, Gazetteer.Match org) {
        String written = text.substring(org.begin(), org.end());
        String name = inPost(gazetteer, TakenMatches.organization(org));
        if (!writtenShort(written, TakenMatches.organization(org)) || org.end() > begin + phrase.length()) return phrase;
        String before = phrase.substring(0, org.begin() - begin);
        if (before.endsWith("the ")) name = name.replaceFirst("^the ", "");
        return before + name + phrase.substring(org.end() - begin);
    }

    /**
     * Whether what a title's "for" opens is its portfolio, not its organisation ("Deputy Director
     * for Science and Technology"): a field that neither the reference data knows as a body nor
     * a body's common noun names.
     */
    static boolean portfolio(String text, int titleBegin, Gazetteer.Match org) {
        return FOR_OPENS.matcher(text.substring(titleBegin, org.begin())).find() && !TakenMatches.organization(org).known()
                && !COMMON_ENDINGS.matcher(TakenMatches.organization(org).label()).find() && !BODY_OF_FIELD.matcher(TakenMatches.organization(org).label()).find()
                && !COMMON_OPENING.matcher(TakenMatches.organization(org).label()).find();
    }

    /** "for" (and "the") right before a title's object. */
    private static final Pattern FOR_OPENS = Pattern.compile("(?i)\\sfor\\s+(?:the\\s+)?$");

    /**
     * An organisation's name as it follows "Director of" (see {@link #withArticle}): a body of the
     * reference data without the country's initials in front of its name, as English writes such
     * posts; a new one as the text wrote its name, initials and all ("the A.B. Geological Survey").
     */
    static String inPost(Gazetteer gazetteer, Gazetteer.Entry organisation) {
        return organisation.known() ? withArticle(gazetteer.labelOf(organisation.iri()).orElse(organisation.label())) : theBefore(organisation.label());
    }

    /**
     * An organisation's name with "the" for names that open with a body's common noun and "of"
     * ("the University of X", "the Bureau of X") and for names that end in one ("the Harlow
     * Science Foundation", "the X Air Force") or start with "National" ("the National Institute
     * of X"), not for proper names ("Harlow University"); a country's initials in front are dropped.
     */
    static String withArticle(String label) {
        return theBefore(COUNTRY_INITIALS.matcher(label).replaceFirst(""));
    }

    /**
     * A post's label with "the" before its organisation's name when the document itself writes
     * the name after "the" as a whole noun phrase ("the Harlow Coastal Bank", not "the Harlow
     * Coastal Bank Chairman"): how the text writes the body is how English names the post ("Governor
     * of the Harlow Coastal Bank"), whatever the body's common noun. Only adds the article: a name
     * written without it may still take it in a post ("HSF Director": "Director of the Harlow
     * Science Foundation").
     */
    static String withTheAsWritten(String label, Gazetteer gazetteer, Gazetteer.Entry organisation, NamesAfterThe document) {
        // Universities and companies are named as the text names them in the title: "the" before
        // their names in other sentences belongs as often to a noun after them ("the Harlow Robotics team").
        if (organisation.is(org.pactgraph.model.Pact.University.getURI()) || organisation.is(org.pactgraph.model.Pact.Company.getURI())) return label;
        String known = gazetteer.labelOf(organisation.iri()).orElse(organisation.label());
        for (String name : java.util.List.of(organisation.label(), known, COUNTRY_INITIALS.matcher(known).replaceFirst(""))) {
            if (name.isBlank() || !label.endsWith(name)) continue;
            int at = label.length() - name.length();
            // The name ends the label, after the title's "of", "at" or "to".
            if (at < 4 || !PREPOSITION.matcher(label.substring(at - 4, at)).matches()) continue;
            if (document.writesTheBefore(name)) return label.substring(0, at) + "the " + label.substring(at);
        }
        return label;
    }

    /** "of", "at" or "to" between spaces, as the title's words before the organisation's name end in a post's label. */
    private static final Pattern PREPOSITION = Pattern.compile("\\s(?:of|at|to)\\s");

    /**
     * The name of the body an organisation's possessive opens when it runs to the title's end
     * ("the Harlow Agency's Coastal Research Branch"): a division of that organisation, which
     * holds the post the title names.
     */
    static java.util.Optional<String> divisionAfter(String text, Gazetteer.Match org, int titleEnd) {
        java.util.regex.Matcher m = POSSESSIVE_BODY.matcher(text).region(org.end(), text.length());
        return m.lookingAt() && m.end() == titleEnd ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /**
     * A division's name as the post names it, after the title's own "of" or "for": "the" where
     * the title wrote it before the owning organisation or the name takes it anyway.
     */
    static String divisionInPost(String name, String beforeOwner) {
        String preposition = beforeOwner.strip().replaceFirst("(?i)\\s+the$", "").replaceFirst("^.*\\s", "").toLowerCase(java.util.Locale.ROOT);
        boolean the = beforeOwner.strip().toLowerCase(java.util.Locale.ROOT).endsWith(" the");
        return preposition + " " + (the && !name.startsWith("The ") ? "the " + name : theBefore(name));
    }

    /**
     * Where the owner's possessive starts in the words between a title and its organisation
     * ("deputy director for the Harlow Agency's "): the organisation is a body the owner holds.
     */
    static java.util.Optional<Integer> ownerBefore(String beforeOrg) {
        java.util.regex.Matcher m = POSSESSIVE_OWNER.matcher(beforeOrg);
        return m.find() ? java.util.Optional.of(m.start(1)) : java.util.Optional.empty();
    }

    /** A capitalised name and its possessive, after the title's "of" or "for" (and "the"), right before the body it owns. */
    private static final Pattern POSSESSIVE_OWNER = Pattern.compile("(?i:\\s(?:of|for|at|to|in)\\s+(?:the\\s+)?)(\\p{Lu}[\\p{L}.&-]*(?:\\s+\\p{Lu}[\\p{L}.&-]*)*)['\u2019]s\\s+$");

    /** An organisation's possessive and the capitalised name of a body it owns. */
    private static final Pattern POSSESSIVE_BODY = Pattern.compile("['\u2019]s\\s+(\\p{Lu}[\\p{L}&-]*(?:\\s+(?:(?:and|of|for|&)\\s+)?\\p{Lu}[\\p{L}&-]*)*)");

    /** Whether the words hold a body's common noun ("the Harlow Department of Health"): they name a body of their own. */
    static boolean holdBodyNoun(String words) {
        return BODY_NOUN.matcher(words).find();
    }

    /** "the" before a name that takes it as a post names it, the name as it is. */
    private static String theBefore(String name) {
        if (name.startsWith("The ") || PROPER_COMMAND.matcher(name).find()) return name;
        return name.startsWith("National ") || COMMON_OPENING.matcher(name).find() || COMMON_ENDINGS.matcher(name).find() ? "the " + name : name;
    }

    /**
     * A military command named by its country or its field ("Freedonian Harlow Command", "Space
     * Operations Command"): English writes it as a proper name, without "the" (unless the
     * document does, see {@link #withTheAsWritten}).
     */
    private static final Pattern PROPER_COMMAND = Pattern.compile("^(?!Command\\b)\\S.*\\sCommand$");
    private static final Pattern COUNTRY_INITIALS = Pattern.compile("^(?:U\\.S\\.|U\\.K\\.)\\s+");
    /** The common nouns of bodies' names ("X Foundation", "Office of X"), also what no ministry's field is ({@link NameRecognizer}). */
    static final String BODY_NOUNS = "Foundation|Center|Centre|Agency|Office|Administration|Council|Laboratory|Department|Commission|Institute"
            + "|Ministry|Organisation|Organization|Bureau|Service|Survey|Command|Committee|Secretariat|Endowment|Board|Directorate|Division|Force|Facility"
            + "|Academy|Museum|Library|Association|Society|Authority|Corps|Program|Programme|Network|Consortium|Alliance|Observatory|Embassy"
            + "|Mission|Station|Project|Initiative|Coalition|Federation|Union|Trust|Fund|Panel|Forum|Institution|Assembly|Parliament|Archives";
    private static final Pattern BODY_NOUN = Pattern.compile("\\b(?:" + BODY_NOUNS + ")\\b");
    /**
     * Nouns that end a body's name and take "the" in a post ("President of the Harlow Naval School",
     * "Chairman of the Harlow Export Bank", "Director of the Harlow Innovation Unit"), though they
     * are too common elsewhere to mark words as naming a body of their own.
     */
    private static final String UNIT_ENDINGS = "School|Unit|Bank|Group|Branch";
    private static final Pattern COMMON_ENDINGS = Pattern.compile("\\b(?:" + BODY_NOUNS + "|" + UNIT_ENDINGS + "|Policy)$");
    /** "University of X", "Bureau of X": a name that opens with the common noun of a body and "of". */
    private static final Pattern COMMON_OPENING = Pattern.compile("^(?:University|" + BODY_NOUNS + ")\\s+(?:of|for|on)\\b");
    /** "Harlow Office of Coastal Research": a body's common noun and its field, after the words that name whose body it is. */
    private static final Pattern BODY_OF_FIELD = Pattern.compile("\\b(?:" + BODY_NOUNS + ")\\s+(?:of|for|on)\\s");
}
