package org.pactgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * Meetings held under a name ("the 11th Joint Committee Meeting (JCM) on science and
 * technology", "an historic Aldoria-Borea Joint Commission Meeting on Science and Technology
 * Cooperation", "the inaugural X Dialogue") on a day the sentence gives: an event with its day,
 * the city the linguistic layer names after "in", and as attendees the people who co-chair,
 * chair, host, attend or join it there or in the next sentences ("A co-chaired the discussion
 * with B", "It was co-chaired by A and B, joined by C", "We, A, B and C, ..."). Its IRI is the name with an ordinal written
 * in words ("inaugural", "second") but without a numeral one ("11th") or an acronym, and the day. A meeting named at the
 * top of the document is the announcement's event. A name without a day is no instance of a
 * meeting and gives nothing, unless its number in a body's series tells which one it is ("the
 * 21st meeting of the X Conference"): then its IRI has no day.
 */
final class MeetingRule implements Rule {
    private static final String CAPITALISED = "\\p{Lu}[\\p{L}.'-]*";
    /** A day or month after "on" dates the meeting and is no part of its name ("the X Meeting on Monday, May 3"). */
    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\\b";
    /** An ordinal in words, which numbers a gathering in its name ("the inaugural X Dialogue"). */
    private static final String ORDINAL_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural";
    /** A name never opens with an article, a determiner or a sentence's "Today". */
    private static final String NO_ARTICLE = "(?!(?:The|A|An|This|That|Its|Their|Our|Today)\\s)";
    /**
     * The acronym in brackets a name may give one of its parts ("the Combined X Command (XCOM) and
     * Y Command (YCOM) Surgeons' Meeting"): no part of the name it is minted from.
     */
    private static final String BRACKETED_ACRONYM = "\\([\\p{Lu}&-]{2,}\\)";
    private static final String IN_BRACKETS = "(?:" + BRACKETED_ACRONYM + "\\s+)?";
    private static final Pattern NAMED = Pattern.compile(
            "\\b((?:\\d{1,3}(?:st|nd|rd|th)\\s+|(?i:" + ORDINAL_WORDS + ")\\s+)?)"
                    + "((?:" + NO_ARTICLE + CAPITALISED + "\\s+" + IN_BRACKETS + "(?:(?:and|&)\\s+(?=\\p{Lu}))?){1,10}(?:Meeting|Dialogue|Summit|Forum|Roundtable|meeting))"
                    + "(\\s*\\(\\p{Lu}{2,}\\))?"
                    + "((?:\\s+(?:on|for)\\s+(?!" + Weekdays.PATTERN + "|" + MONTHS + ")[\\p{L}&-]+(?:\\s+(?:and|&|of)\\s+[\\p{L}-]+|\\s+[\\p{L}-]+)*?)?)"
                    + "(?=\\s*[,.;:]|\\s+(?:to|in|at|on|with|was|is|were|has|have|from|took|held)\\b|\\s*$)");
    /**
     * Gatherings held under a name ending in a noun other than a meeting's ("the X Technical
     * Workshop", "the X Science and Technology (S&T) Conference and Expo", "the X Working
     * Group"): the name may join its words with "and", "of", "for" or "&" and carry an acronym in
     * brackets, which is no part of it. Only what the sentence tells was held, hosted or sponsored
     * on a day it gives is an event (toldAsHeld), as for a named meeting.
     */
    private static final Pattern GATHERING = Pattern.compile(
            "\\b((?:(?:" + ORDINAL_WORDS + ")\\s+)?)"
                    + "((?:" + NO_ARTICLE + CAPITALISED + ")(?:\\s+(?:(?:and|of|for|on|&)\\s+)?" + CAPITALISED + "){0,8}?)"
                    + "(\\s+\\([\\p{Lu}&]{2,}\\))?"
                    + "\\s+((?:Conference|Workshop|Symposium|Seminar|Congress|Working Group|conference|workshop|symposium|seminar)(?:\\s+and\\s+(?:Expo|Exhibition))?)"
                    + "(?=\\s*[,.;:]|\\s+(?:to|in|at|on|with|was|is|were|has|have|from|held)\\b|\\s*$)");
    private static final Set<String> ATTENDING = Set.of("co-chair", "chair", "host", "attend", "join", "co-host", "lead");
    /** The verbs of ATTENDING that tell of a meeting by themselves. */
    private static final Set<String> CHAIRING = Set.of("co-chair", "chair", "host", "attend", "co-host");
    /** How many sentences after the meeting's may name its attendees. */
    private static final int FOLLOWING = 2;
    /** A meeting named in the document's first sentences is what the document reports (reported). */
    private static final int TOP = 3;

    @Override
    public String name() {
        return "meeting";
    }

    /**
     * A meeting named by its number in a series of a body's ("the second meeting of the X
     * Council", "the sixth ministerial meeting of the X Council"): the number is part of its
     * name, since "meeting of the X Council" alone names none.
     */
    private static final Pattern NUMBERED = Pattern.compile(
            "\\b((?:\\d{1,3}(?:st|nd|rd|th)|(?i:" + ORDINAL_WORDS + "))\\s+"
                    + "(?:[a-z-]+\\s+)?(?:meeting|dialogue|session|summit)\\s+of\\s+the\\s+"
                    + CAPITALISED + "(?:\\s+(?:(?:and|of|for|on|&)\\s+)?" + CAPITALISED + ")*)");

    /**
     * A meeting's name as the sentence writes it: where it starts, its label, the name its IRI is
     * minted from, and whether the name alone tells which meeting it is (a numbered one does).
     */
    record Named(int start, int end, String label, String name, boolean numbered, int head) {
        /** A meeting whose head noun is the first of {@link #MEETINGS} in its name. */
        Named(int start, int end, String label, String name, boolean numbered) {
            this(start, end, label, name, numbered, -1);
        }
    }

    /** A name that ends the sentence on an abbreviation written with periods ("B.R.", "A.L.C."). */
    private static final Pattern CUT_AT_ABBREVIATION = Pattern.compile("(?s).*\\b(?:\\p{Lu}\\.){2,}\\s*$");

    /** The nouns that name a meeting, as the name's head. */
    private static final Set<String> MEETINGS = Set.of("meeting", "dialogue", "summit", "forum", "roundtable", "session");

    /** The verbs whose subject organised the meeting they have as object ("A hosted the X Forum", "B sponsored the X Workshop"). */
    static final Set<String> HOSTING = Set.of("host", "co-host", "sponsor", "co-sponsor", "hold", "conduct", "organize", "organise", "convene");


    @Override
    public void apply(DocumentState state) {
        Set<String> done = new LinkedHashSet<>();
        for (Sentence s : state.sentences) {
            List<Named> meetings = new java.util.ArrayList<>();
            Matcher m = NAMED.matcher(s.text());
            while (m.find()) {
                // "Science & Technology" is named "Science and Technology", as the reference data spells such names.
                String name = (m.group(2).replaceAll(BRACKETED_ACRONYM, "") + m.group(4)).replaceAll("\\s+", " ").replace(" & ", " and ").strip();
                // An ordinal in words names the meeting ("the inaugural X Dialogue", "the second X Forum"); a numeral one does not.
                String ordinal = m.group(1).strip();
                String minted = !ordinal.isEmpty() && Character.isLetter(ordinal.charAt(0)) ? ordinal.toLowerCase(java.util.Locale.ROOT) + " " + name : name;
                if (!namedInFull(m.group(2))) continue;
                meetings.add(new Named(m.start(2), m.end(2), (m.group(1) + name).strip(), minted, false));
            }
            Matcher numbered = NUMBERED.matcher(s.text());
            while (numbered.find()) {
                // A name that runs to the sentence's end on an abbreviation ("of the Aldoria-B.R.") was cut
                // there by the splitter, which took the abbreviation's period for the sentence's: its rest is lost.
                if (CUT_AT_ABBREVIATION.matcher(s.text().substring(numbered.start(1))).matches()) continue;
                // The period that ends the sentence is no part of the name.
                String name = numbered.group(1).replaceAll("\\s+", " ").replaceFirst("\\.$", "");
                meetings.add(new Named(numbered.start(1), numbered.end(1), name, name, true));
            }
            meetings.addAll(gatherings(s));
            for (Named meeting : meetings) {
                if (Phrases.quoted(s.text(), meeting.start())) continue;
                Optional<AnnotatedSentences.Word> noun = headNoun(state, s, meeting);
                boolean during = HeldMeetings.heldDuring(state, s, meeting, noun);
                if (!during && !HeldMeetings.toldAsHeld(state, s, meeting, noun)) continue;
                // What happened during a gathering of several days dates only its year ("signed during the X Conference on Thursday").
                Optional<Mention.Date> day = during ? Optional.empty() : HeldMeetings.dayOf(state, s, meeting);
                // A meeting told as held in a month or a year the sentence gives ("held the X Conference in
                // June 2031") is that year's: its IRI ends on the year, and it has no day to date it by.
                // The rules alone (no linguistic layer) cannot tell a meeting held from one only named, and date it by its day alone.
                boolean parsed = !state.linguistics.words(s).isEmpty();
                OptionalInt year = day.isPresent() || !parsed ? OptionalInt.empty() : HeldMeetings.yearOf(state, s, noun, during);
                // What happened at a gathering the sentence gives no date for ("the discussions at the X Committee meeting") happened in the document's year.
                if (year.isEmpty() && day.isEmpty() && parsed && HeldMeetings.heldAt(state, s, noun)) year = state.year().map(OptionalInt::of).orElse(OptionalInt.empty());
                if (day.isEmpty() && year.isEmpty() && !meeting.numbered()) continue;
                String label = meeting.label();
                String suffix = day.map(d -> "-" + d.date()).orElse(year.isPresent() ? "-" + year.getAsInt() : "");
                String iri = Iris.id(Iris.Kind.EVENT, Iris.slug(meeting.name()) + suffix);
                if (!done.add(iri)) continue;
                state.declare(iri, Pact.Event, Character.toUpperCase(label.charAt(0)) + label.substring(1), s, name());
                day.ifPresent(d -> dated(state, s, iri, d));
                // A building named "at the X Center" after the meeting's name is where it was, before the city it is in.
                EventRule.venue(state, s, meeting.end()).or(() -> EventRule.cityOfLayer(state, s)).ifPresent(place -> state.link(iri, Pact.place, place, s, name()));
                attendees(state, s, iri);
                hosts(state, s, noun, iri);
                if (reported(state, s, day) && !state.events.containsKey("meeting")) {
                    state.link(state.announcement(), Pact.atEvent, iri, s, name());
                    state.events.put("meeting", iri);
                }
            }
        }
    }

    /**
     * Whether a meeting is the one the document reports: named in its first sentences, or the
     * first meeting it dates at all when no signing is its event. A page's headline, subtitle and
     * banner come before its first paragraph ("AFRL, B foster collaboration at tech collider
     * event", then "AFRL held the X Working Group ... April 13-14"), so the report's meeting may
     * be dated only after the top; an undated one named later ("signed at the 21st meeting of
     * the X Conference") is background.
     */
    private static boolean reported(DocumentState state, Sentence s, Optional<Mention.Date> day) {
        return s.index() < TOP || day.isPresent() && !state.events.containsKey("signing");
    }

    /**
     * Whether a name with its head noun in lower case is one all the same: two capitalised words
     * before it name a series ("the X Steering Committee meeting", "the X Research Initiative (XRI)
     * symposium"); one names only who meets ("the Board meeting", "the TTC meeting"), and a
     * sentence's first word may be the only capital ("In meeting our needs").
     */
    private static boolean namedInFull(String name) {
        String[] words = name.replaceAll(BRACKETED_ACRONYM, " ").strip().split("\\s+");
        return Character.isUpperCase(words[words.length - 1].charAt(0)) || words.length >= 3;
    }

    /** The gatherings a sentence names ({@link #GATHERING}), their head noun where the name's last noun begins. */
    private static List<Named> gatherings(Sentence s) {
        List<Named> found = new java.util.ArrayList<>();
        Matcher m = GATHERING.matcher(s.text());
        while (m.find()) {
            // The acronym in brackets stands between the name's words and its head noun; it is left out of both.
            String name = (m.group(1) + m.group(2) + " " + m.group(4)).replaceAll("\\s+", " ").replace(" & ", " and ").strip();
            // The parse makes "Group" the head of "Working Group", and "Conference" that of "Conference and Expo".
            int head = m.start(4) + (m.group(4).startsWith("Working ") ? "Working ".length() : 0);
            if (!namedInFull(m.group(2) + " " + m.group(4))) continue;
            found.add(new Named(m.start(2), m.end(4), name, name, false, head));
        }
        return found;
    }




    /** The meeting's date, or its first and last day when the sentence gives it as a span of days ("April 13-14, 2031"). */
    private void dated(DocumentState state, Sentence s, String iri, Mention.Date day) {
        Optional<java.time.LocalDate> last = DaySpans.lastDay(day);
        if (last.isEmpty()) {
            state.literal(iri, Pact.date, day.date().toString(), XSDDatatype.XSDdate, s, name());
            return;
        }
        state.literal(iri, Pact.startDate, day.date().toString(), XSDDatatype.XSDdate, s, name());
        state.literal(iri, Pact.endDate, last.get().toString(), XSDDatatype.XSDdate, s, name());
    }

    /** The noun the meeting's name is headed by, as the parse gives it. */
    private static Optional<AnnotatedSentences.Word> headNoun(DocumentState state, Sentence s, Named meeting) {
        return state.linguistics.words(s).stream()
                .filter(w -> meeting.head() >= 0 ? w.begin() == meeting.head()
                        : w.begin() >= meeting.start() && w.end() <= meeting.end() && MEETINGS.contains(w.word().toLowerCase(java.util.Locale.ROOT)))
                .findFirst();
    }







    /**
     * The organisations that are the subject of hosting, sponsoring or holding the meeting: its
     * hosts. People who host one are its attendees (attendees) and are left as such.
     */
    private void hosts(DocumentState state, Sentence s, Optional<AnnotatedSentences.Word> noun, String event) {
        Optional<AnnotatedSentences.Word> verb = noun.flatMap(n -> state.linguistics.head(s, n))
                .filter(v -> HOSTING.contains(v.lemma().toLowerCase(java.util.Locale.ROOT)) && state.linguistics.dependents(s, v, "obj").contains(noun.get()));
        if (verb.isEmpty()) return;
        for (AnnotatedSentences.Word subject : state.linguistics.dependents(s, verb.get(), "nsubj")) {
            // "X's research directorate, the Y Office (YO), hosted": the organisation the subject stands for.
            List<AnnotatedSentences.Word> named = new java.util.ArrayList<>(state.linguistics.withConjuncts(s, subject));
            named.addAll(state.linguistics.dependents(s, subject, "appos"));
            for (AnnotatedSentences.Word w : named) {
                state.mentionsOf(s).stream().filter(m -> m.begin() <= w.begin() && w.end() <= m.end())
                        .flatMap(m -> Phrases.entityOf(m, Pact.Organization.getURI()).stream()).findFirst()
                        .ifPresent(org -> state.link(event, Pact.hostedBy, org, s, name()));
            }
        }
    }

    /** The people who co-chair, chair, host, attend or join, as subjects or "with" them, in the sentence and the next ones. */
    private void attendees(DocumentState state, Sentence s, String event) {
        int last = Math.min(state.sentences.size() - 1, s.index() + FOLLOWING);
        for (Sentence each : state.sentences.subList(s.index(), last + 1)) {
            // A later sentence is about the meeting when it tells who chaired, hosted or attended
            // it; one where someone only joins or leads ("She joined the agency in 2001") is not.
            if (each != s && state.linguistics.words(each).stream().noneMatch(v -> CHAIRING.contains(v.lemma().toLowerCase(java.util.Locale.ROOT))
                    && !Phrases.quoted(each.text(), v.begin()))) continue;
            for (AnnotatedSentences.Word verb : state.linguistics.words(each)) {
                if (!ATTENDING.contains(verb.lemma().toLowerCase(java.util.Locale.ROOT)) || Phrases.quoted(each.text(), verb.begin())) continue;
                if (each != s && qualifiesOtherThanAMeeting(state, each, verb)) continue;
                List<AnnotatedSentences.Word> named = new java.util.ArrayList<>();
                for (String rel : List.of("nsubj", "obl:with", "obj", "obl:agent", "obl:by")) {
                    for (AnnotatedSentences.Word w : state.linguistics.dependents(each, verb, rel)) {
                        named.addAll(state.linguistics.withConjuncts(each, w));
                        // "We, the co-chairs, A, B and C, met": the people the subject stands for.
                        for (AnnotatedSentences.Word appos : state.linguistics.dependents(each, w, "appos")) {
                            named.addAll(state.linguistics.withConjuncts(each, appos));
                        }
                        // "co-chaired the discussion with B": who it was held with.
                        if (rel.equals("obj")) state.linguistics.dependents(each, w, "nmod:with").forEach(named::add);
                    }
                }
                for (AnnotatedSentences.Word w : named) {
                    person(state, each, w).ifPresent(p -> state.link(event, Pact.attendedBy, p, each, name()));
                }
            }
        }
    }

    /**
     * Whether the verb qualifies a noun other than a meeting's ("an action item of the X Working
     * Group chaired by A"): in a later sentence it tells who chaired or led that body, not who
     * attended the meeting; "It was co-chaired by A" and "The meeting, chaired by A" still tell of it.
     */
    private static boolean qualifiesOtherThanAMeeting(DocumentState state, Sentence s, AnnotatedSentences.Word verb) {
        return state.linguistics.head(s, verb)
                .filter(noun -> state.linguistics.dependents(s, noun, "acl").contains(verb))
                .filter(noun -> !MEETINGS.contains(noun.word().toLowerCase(java.util.Locale.ROOT)))
                .isPresent();
    }

    /** The person a word names, or the one its title is written with ("Minister of X Lee Jong-Ho"). */
    static Optional<Gazetteer.Entry> person(DocumentState state, Sentence s, AnnotatedSentences.Word w) {
        List<AnnotatedSentences.Word> words = new java.util.ArrayList<>(List.of(w));
        for (String rel : List.of("appos", "dep", "flat", "compound")) words.addAll(state.linguistics.dependents(s, w, rel));
        for (AnnotatedSentences.Word each : words) {
            Optional<Gazetteer.Entry> p = state.mentionsOf(s).stream()
                    .filter(m -> m.begin() <= each.begin() && each.end() <= m.end())
                    .flatMap(m -> Phrases.entityOf(m, Pact.Person.getURI()).stream())
                    .findFirst();
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }
}
