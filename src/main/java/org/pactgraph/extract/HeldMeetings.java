package org.pactgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether the meeting a sentence names was held, as the sentence tells it, and when: by a verb of
 * holding or taking place on its name, by what happened during or at it, and the day or the one
 * year the parse hangs on it. {@link MeetingRule} names meetings; this reads their taking place,
 * so that a meeting only named ("builds on the X Dialogue", "a fellow at the X Forum") is no event.
 */
final class HeldMeetings {
    private HeldMeetings() {}

    /**
     * The day of a meeting: the first the sentence gives after its name ("the X Workshop, April
     * 5-7", "hosted the X Meeting from May 11-14"), else the last before it ("On May 5, the X
     * Forum opened"): a sentence that lists two workshops dates each by its own, and a dateline's
     * day of publication before the name is not the meeting's when one follows it.
     */
    static Optional<Mention.Date> dayOf(DocumentState state, Sentence s, MeetingRule.Named gathering) {
        List<Mention.Date> days = state.mentionsOf(s).stream()
                .filter(d -> d instanceof Mention.Date date && date.precision().equals("day")).map(d -> (Mention.Date) d).toList();
        return days.stream().filter(d -> d.begin() >= gathering.end()).findFirst()
                .or(() -> days.stream().filter(d -> d.end() <= gathering.start()).reduce((first, second) -> second));
    }

    /**
     * The one year the sentence gives by a month or a year alone ("held in June 2031", "in 2031"),
     * when it names no other year and the parse hangs that date on the meeting, on the verb it
     * depends on or on a clause on it ("the X meeting held in November 2031", "signed during the X
     * Conference on Thursday"): the year of a meeting it tells was held without its day. A year
     * that bounds a span ("cut emissions by 2040", "held since 2010") is no meeting's year.
     */
    static OptionalInt yearOf(DocumentState state, Sentence s, Optional<AnnotatedSentences.Word> noun, boolean anyDate) {
        if (noun.isEmpty()) return OptionalInt.empty();
        AnnotatedSentences layer = state.linguistics;
        Set<AnnotatedSentences.Word> anchors = new java.util.HashSet<>(layer.dependents(s, noun.get(), "acl"));
        anchors.add(noun.get());
        layer.head(s, noun.get()).ifPresent(anchors::add);
        List<Integer> years = state.mentionsOf(s).stream()
                .filter(d -> d instanceof Mention.Date date && (anyDate || !date.precision().equals("day")))
                .filter(d -> !BOUNDS_A_SPAN.matcher(s.text().substring(0, d.begin())).find())
                .filter(d -> layer.words(s).stream().anyMatch(w -> w.begin() >= d.begin() && w.end() <= d.end()
                        && layer.head(s, w).filter(anchors::contains).isPresent()))
                .map(d -> ((Mention.Date) d).date().getYear()).distinct().toList();
        return years.size() == 1 ? OptionalInt.of(years.get(0)) : OptionalInt.empty();
    }

    /**
     * Whether the parse makes the meeting's head noun an argument of a verb that tells it took
     * place ("held the second meeting", "convened for the X Meeting", "the X Dialogue took place",
     * "the X Forum, hosted by A"), as the object, the subject or a clause on the noun; {@code noun}
     * is that head noun (MeetingRule's headNoun), found once per meeting for this and its hosts.
     */
    static boolean toldAsHeld(DocumentState state, Sentence s, MeetingRule.Named meeting, Optional<AnnotatedSentences.Word> noun) {
        AnnotatedSentences layer = state.linguistics;
        // The rules alone (no linguistic layer) have no parse to bound the name by, and read it as before.
        if (layer.words(s).isEmpty()) return true;
        if (noun.isEmpty()) return false;
        boolean byHead = layer.head(s, noun.get()).filter(h -> HELD.contains(h.lemma().toLowerCase(java.util.Locale.ROOT))).isPresent();
        boolean byClause = layer.dependents(s, noun.get(), "acl").stream().anyMatch(v -> HELD.contains(v.lemma().toLowerCase(java.util.Locale.ROOT)));
        // "signed during the X Meeting": what happened during it tells it was held.
        boolean during = layer.dependents(s, noun.get(), "case").stream().anyMatch(c -> c.word().equalsIgnoreCase("during"));
        return byHead || byClause || during || heldAt(state, s, noun) || TOOK_PLACE.matcher(s.text()).region(meeting.end(), s.text().length()).lookingAt();
    }

    /**
     * Whether the sentence tells of something that happened at the meeting ("remarks at the X
     * Meeting", "the discussions at the X Committee meeting"), which tells it was held.
     */
    static boolean heldAt(DocumentState state, Sentence s, Optional<AnnotatedSentences.Word> noun) {
        if (noun.isEmpty() || state.linguistics.dependents(s, noun.get(), "case").stream().noneMatch(c -> c.word().equalsIgnoreCase("at"))) return false;
        // "commitments made at the X Summit": a clause that qualifies a noun recalls what an earlier meeting gave;
        // "a senior fellow at the X Forum": a person's role at a body named like a meeting tells of no meeting.
        return state.linguistics.head(s, noun.get())
                .filter(h -> h.pos().startsWith("VB") ? !qualifiesANoun(state, s, h)
                        : h.lemma() != null && HAPPENINGS.contains(h.lemma().toLowerCase(java.util.Locale.ROOT)))
                .isPresent();
    }

    /** Whether a verb is a clause on a noun ("commitments made at", "the pledges that were made at"). */
    private static boolean qualifiesANoun(DocumentState state, Sentence s, AnnotatedSentences.Word verb) {
        // "acl" covers the relative clause ("acl:relcl") too: dependents matches by the relation's start.
        return state.linguistics.head(s, verb).filter(n -> state.linguistics.dependents(s, n, "acl").contains(verb)).isPresent();
    }

    /**
     * Whether something happened during a gathering of several days ("attended by A during the X
     * Conference on Thursday"): it was held that year, though that day is not its own.
     */
    static boolean heldDuring(DocumentState state, Sentence s, MeetingRule.Named meeting, Optional<AnnotatedSentences.Word> noun) {
        return meeting.head() >= 0 && noun.isPresent()
                && state.linguistics.dependents(s, noun.get(), "case").stream().anyMatch(c -> c.word().equalsIgnoreCase("during"));
    }

    /** The word before a year that makes it a span's bound, not a time: "by 2040", "since 2010". */
    private static final Pattern BOUNDS_A_SPAN = Pattern.compile("(?i)\\b(?:by|since|until|till|before|after|from|through)\\s+$");

    /** What the name is followed by when it is the subject of its taking place, whatever the parse made of a long sentence. */
    private static final Pattern TOOK_PLACE = Pattern.compile("\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:took place|was held|were held|was conducted|convened|opened)\\b");

    /** Nouns of what happens at a meeting: "the discussions at", "remarks at", "a session at". */
    private static final Set<String> HAPPENINGS = Set.of("discussion", "remark", "talk", "speech", "session", "presentation", "panel",
            "address", "keynote", "briefing", "exchange", "signing", "ceremony", "roundtable", "announcement");

    /**
     * The verbs by which a sentence tells that the meeting it names took place: it was held,
     * convened, chaired, hosted, attended, took place, met. A meeting named as a verb's
     * background ("builds on the X Dialogue") is another document's event, and the
     * sentence's day is not its day; what happened at one tells it was held ({@link #heldAt}).
     */
    private static final Set<String> HELD = Stream.concat(MeetingRule.HOSTING.stream(),
            Stream.of("reconvene", "take", "co-chair", "chair", "attend", "meet", "gather", "open", "conclude", "participate"))
            .collect(Collectors.toUnmodifiableSet());
}
