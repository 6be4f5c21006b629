package org.pactgraph.extract;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/**
 * The year a text gives for the start of a partnership, which its IRI takes before the year of
 * the document: a sentence that names all its partners and dates their pact, by opening on the
 * year ("Since 1997, A and B have collaborated", "In January 1998, A and B signed ...", "On
 * November 15, 1996, A launched a partnership with B") or by
 * dating the signing or founding ("A and B signed a memorandum in 1995", "... signed it on May 3,
 * 1994"). A partnership renewed
 * or restated many times starts at the earliest such year; a year after the document's own
 * is no start.
 */
final class LaunchYear {
    private LaunchYear() {}

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|"
            + "Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String YEAR = "(?:" + MONTH + "\\s+(?:\\d{1,2},?\\s+)?)?((?:19|20)\\d{2})\\b";
    /** A day of the week before a date: "On Tuesday, Sept. 26, 2023". */
    private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
    /** "Since 1997, ...", "In January 1998, ...", "On (Friday,) November 15, 1996, ...", at the opening of the sentence (after a bullet). */
    private static final Pattern OPENING = Pattern.compile("^[\\s\\p{Pd}*\u2022]*(?:[Ss]ince|[Ii]n|[Oo]n)\\s+" + WEEKDAY + YEAR + "\\s*,");
    /** "signed a memorandum in 1995", "was established in 1993", "signed on May 3, 1994": a verb of starting, then its date. */
    private static final Pattern STARTED_IN = Pattern.compile(
            "\\b(signed|established|launched|founded|formed|created|initiated|began|begun|started|inaugurated)\\b[^.;:]{0,80}?\\b(?:in|since|on)\\s+" + WEEKDAY + YEAR);
    /** A pact the starting verb is said of, just before it or up to its date: not "the University, founded in 1885, and ...". */
    private static final Pattern PACT_NOUN = Pattern.compile("(?i)\\b(?:" + PactNouns.PARTNERSHIP + "|partnerships|cooperation|council|"
            + "program(?:me)?|initiative|" + PactNouns.AGREEMENT + ")\\b");
    /** A clause set off by a comma right before the verb of starting: ", founded", ", which was established", ", which signed". */
    private static final Pattern CLAUSE_OPENING = Pattern.compile(",\\s*(?:(?:which|that|who)\\s+)?(?:(?:has|had|have|was|were|is|are|been)\\s+)*$");
    /** The words before such a clause's comma end in a pact ("the memorandum, signed in 1995"). */
    private static final Pattern ENDS_IN_PACT_NOUN = Pattern.compile(PACT_NOUN.pattern() + "\\W*$");
    /** What the sentence must speak of for its year to be the pact's: partnering or a pact noun. */
    private static final Pattern PACT = Pattern.compile("(?i)\\b(?:partner\\w*|collaborat\\w*|cooperat\\w*|signed|established|launched|"
            + PactNouns.PARTNERSHIP + "|" + PactNouns.AGREEMENT + ")\\b");

    /** The earliest year a sentence naming all the partners gives for their pact's start. */
    static Optional<Integer> of(DocumentState state, java.util.List<Gazetteer.Entry> partners) {
        Optional<Integer> latest = state.year();
        Integer earliest = null;
        for (Sentence s : state.sentences) {
            String text = s.text();
            if (!PACT.matcher(text).find() || !namesAll(state, s, partners)) continue;
            for (Integer year : years(text)) {
                if (latest.isPresent() && year > latest.get()) continue;
                if (earliest == null || year < earliest) earliest = year;
            }
        }
        return Optional.ofNullable(earliest);
    }

    /** The years a sentence gives for a start, by either wording. */
    static Set<Integer> years(String text) {
        Set<Integer> years = new HashSet<>();
        Matcher opening = OPENING.matcher(text);
        // "Since 1990, A has studied soil, and today A and B signed ...": the year opens its own clause, which must speak of a pact.
        if (opening.find() && !Phrases.quoted(text, opening.start(1)) && PACT.matcher(text.substring(0, clauseEnd(text, opening.end()))).find()) {
            years.add(Integer.parseInt(opening.group(1)));
        }
        Matcher started = STARTED_IN.matcher(text);
        while (started.find()) {
            // What is signed is a pact; what is founded may be an organisation, unless a pact is named around the verb.
            boolean ofAPact = started.group(1).equals("signed")
                    || PACT_NOUN.matcher(text.substring(clauseStart(text, started.start(), 60), started.start(2))).find();
            // "A, founded in 1950, and B", "A, which signed a charter in 1999, and B": the clause dates what comes before its comma.
            Matcher clause = CLAUSE_OPENING.matcher(text.substring(Math.max(0, started.start() - 40), started.start()));
            if (clause.find()) {
                int comma = Math.max(0, started.start() - 40) + clause.start();
                ofAPact = ENDS_IN_PACT_NOUN.matcher(text.substring(Math.max(0, comma - 80), comma)).find();
            }
            // "signed a memorandum, and A launched its farm in 1997": the date belongs to the next clause's verb.
            boolean sameClause = !CLAUSE_BREAK.matcher(text).region(started.end(1), started.start(2)).find();
            if (ofAPact && sameClause && !Phrases.quoted(text, started.start(2))) years.add(Integer.parseInt(started.group(2)));
        }
        return years;
    }

    /** Where a sentence's clauses part: a semicolon, or a comma before "and", "but", "while" or "whereas". */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|,\\s+(?:and|but|while|whereas)\\s");

    /** Where the clause that goes on at {@code from} ends: at the next break or the sentence's end. */
    private static int clauseEnd(String text, int from) {
        Matcher m = CLAUSE_BREAK.matcher(text).region(from, text.length());
        return m.find() ? m.start() : text.length();
    }

    /** Where the clause that {@code at} is in starts, looking back at most {@code reach} characters. */
    private static int clauseStart(String text, int at, int reach) {
        int start = Math.max(0, at - reach);
        Matcher m = CLAUSE_BREAK.matcher(text).region(start, at);
        while (m.find()) start = m.end();
        return start;
    }

    /** True when the sentence names each partner, by a mention or by the initials of its name ("MoSP"). */
    private static boolean namesAll(DocumentState state, Sentence s, java.util.List<Gazetteer.Entry> partners) {
        Set<String> named = named(state, s);
        Set<String> initials = new HashSet<>();
        Matcher token = ACRONYM.matcher(s.text());
        while (token.find()) initials.add(token.group().replaceAll("\\P{Lu}", ""));
        return partners.stream().allMatch(p -> named.contains(p.iri())
                || initials.contains(MentionFinder.initials(state.gazetteer.labelOf(p.iri()).orElse(p.label()))));
    }

    /** A word of two capitals or more, with small letters between them ("MoSP"). */
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}[\\p{Lu}\\p{Ll}]*\\p{Lu}\\p{Ll}*\\b");

    /** The organisations and governments a sentence names, by IRI. */
    private static Set<String> named(DocumentState state, Sentence s) {
        Set<String> iris = new HashSet<>();
        for (Mention m : state.mentionsOf(s)) {
            Phrases.entityOf(m, Pact.Organization.getURI()).ifPresent(e -> iris.add(e.iri()));
        }
        for (Mention m : Governments.inSentence(state, s)) iris.add(((Mention.Entity) m).entries().get(0).iri());
        return iris;
    }
}
