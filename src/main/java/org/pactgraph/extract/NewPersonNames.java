package org.pactgraph.extract;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * A new person's name where a rule of {@link PeopleRecognizer} found one: the name without what
 * cannot be in one (a title's abbreviation, another language's honorific, a verb, a day), made
 * a person no reference data knows.
 */
final class NewPersonNames {
    private static final Pattern FOREIGN_HONORIFIC = Pattern.compile("(?:Shri|Smt\\.?|Sri|Shrimati|H\\.E\\.|His Excellency|Her Excellency)\\s+");
    static final Pattern MIDDLE_INITIAL = Pattern.compile("\\p{Lu}\\.");

    private final Gazetteer gazetteer;

    NewPersonNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Adds the new person named from {@code from} to {@code end}, unless that is taken, already found or no name. */
    void person(String text, int from, int end, List<Gazetteer.Match> taken, List<Integer> verbs, List<Mention> found) {
        // The pattern may have taken the last word of a name before it ("... Technology Jane Doe said"): start after it.
        int begin = from;
        for (Gazetteer.Match t : taken) {
            if (t.begin() <= begin && t.end() > begin && t.end() < end) begin = t.end();
        }
        while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
        // Honorifics of other languages are no part of the name ("Shri Prithviraj Chavan", "H.E. Pierre Vimont").
        Matcher honorific = FOREIGN_HONORIFIC.matcher(text).region(begin, end);
        if (honorific.lookingAt()) begin = honorific.end();
        int b = begin;
        int e = withGenerationalSuffix(text, withoutTrailingNonName(text, begin, beforeVerb(text, begin, end, verbs)));
        if (b >= e || TakenMatches.overlaps(taken, b, e) || found.stream().anyMatch(m -> m.begin() < e && b < m.end())) return;
        String name = text.substring(begin, e);
        // "Harlow Gov. NAME": words that end in an abbreviated title are a place and the title, the name comes after.
        if (ABBREVIATED_TITLE_AT_END.matcher(text.substring(begin, Math.min(text.length(), e + 2))).find()) return;
        List<String> words = Arrays.asList(name.split("\\s+"));
        // A middle initial is part of a name, even the one written like the article ("Dale A. Doe").
        if (words.size() < 2 || words.stream().anyMatch(w -> !MIDDLE_INITIAL.matcher(w).matches() && cannotBeInAName(w))) return;
        Gazetteer.Entry entry = gazetteer.newEntry(Iris.id(Iris.Kind.PERSON, Iris.slug(name)), name, Pact.Person.getURI());
        found.add(new Mention.Entity(begin, e, name, List.of(entry)));
    }

    private static final Pattern ABBREVIATED_TITLE_AT_END = Pattern.compile("(?<![\\p{L}])" + Titles.HONORIFIC + "$");

    /**
     * A generation's mark after a name, with or without its comma ("Pat Doe, III", "Dale A. Doe,
     * Jr.", "Alex Doe II"): part of the name, which tells a son from his father, so the person
     * is named with it as the text writes it. Before a capitalised word the mark is the first word
     * of what follows the name: the abbreviated rank of a title ("Pat Doe, Sr. Director of X") or
     * the number of a corps ("Pat Doe, III Armored Corps commanding general"), no part of the name.
     */
    static final Pattern GENERATIONAL_SUFFIX = Pattern.compile(",?\\s+(?:Jr\\.|Sr\\.|II|III|IV)(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})");

    /** The end of a name, past the generation's mark written right after it. */
    private static int withGenerationalSuffix(String text, int end) {
        Matcher suffix = GENERATIONAL_SUFFIX.matcher(text).region(end, text.length());
        return suffix.lookingAt() ? suffix.end() : end;
    }

    /**
     * The end of a name before the first word the linguistic layer reads as a verb: a headline
     * in capitals ("Agency Administrator Doe Renews Agreement") writes its verb like a name.
     */
    private static int beforeVerb(String text, int begin, int end, List<Integer> verbs) {
        int e = verbs.stream().filter(v -> v > begin && v < end).min(Integer::compare).orElse(end);
        while (e > begin && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e;
    }

    /**
     * The end of a name without the words after it that cannot be in one ("NASA Administrator
     * Charles Bolden Thursday signed": the day is not part of the name); a name keeps two words.
     */
    private static int withoutTrailingNonName(String text, int begin, int end) {
        int e = end;
        while (true) {
            int space = text.lastIndexOf(' ', e - 1);
            if (space <= begin || text.substring(begin, space).strip().indexOf(' ') < 0) return e;
            if (!cannotBeInAName(text.substring(space + 1, e))) return e;
            e = space;
            while (e > begin && Character.isWhitespace(text.charAt(e - 1))) e--;
        }
    }

    static boolean cannotBeInAName(String word) {
        String w = word.replaceAll("\\.$", "");
        if (NameRecognizer.NOT_A_NAME.contains(w) || Titles.CORE.contains(w) || Titles.MODIFIERS.contains(w)) return true;
        // A headline's "Secretary Discusses Partnership with X": the noun of a pact names no one.
        if (PACT_NOUN.matcher(w).matches()) return true;
        String upper = w.toUpperCase(Locale.ROOT);
        return Arrays.stream(Month.values()).anyMatch(m -> m.name().equals(upper))
                || Arrays.stream(DayOfWeek.values()).anyMatch(d -> d.name().equals(upper))
                || List.of("University", "Institute", "College", "Corporation", "Group").contains(w);
    }

    private static final Pattern PACT_NOUN = Pattern.compile("(?i:" + PactNouns.PARTNERSHIP + "|" + PactNouns.AGREEMENT + ")");

    /**
     * What opens a byline before its writer's name: "By" with its capital, which prose writes in
     * lower case ("signed by Col. NAME") unless a sentence opens with it, and a byline is no sentence
     * but a line of the page's head ("Published • By Lt. Col. NAME • Public Affairs").
     */
    private static final Pattern BYLINE = Pattern.compile("(?<![\\p{L}])By\\s+(?:" + Titles.HONORIFIC + ")?$");

    /** Whether a byline names the person whose name starts at {@code at}: its writer wrote the news and takes no part in it. */
    static boolean wroteIt(String text, int at) {
        return BYLINE.matcher(text.substring(0, at)).find();
    }
}
