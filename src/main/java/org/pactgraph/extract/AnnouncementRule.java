package org.pactgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.pactgraph.model.Pact;

/**
 * The document's announcement: a sentence (not a quotation) whose verb is "announced". Its
 * subjects that are people (after any leading date, not in possessive form) announced it; its
 * day is the sentence's day ("on March 7, 2031", "Today", "on Wednesday"); it announces the
 * partnerships the sentence names, or all of the document's when it speaks of them together.
 * A document with no such sentence reports its own announcement ({@link #reportedAnnouncement}).
 */
final class AnnouncementRule implements Rule {
    private static final Pattern VERB = Pattern.compile("\\b(announced|announces|announce)\\b");
    private static final Pattern PARTNERSHIPS = Pattern.compile("(?i)\\bpartnerships?\\b");

    @Override
    public String name() {
        return "announced-by";
    }

    @Override
    public void apply(DocumentState state) {
        String announcement = state.announcement();
        boolean typed = false;
        boolean dated = false;
        for (Sentence s : state.sentences) {
            Matcher verb = VERB.matcher(s.text());
            if (!verb.find() || Phrases.quoted(s.text(), verb.start()) || modifiesNoun(state, s, verb.start())) continue;
            List<Mention> mentions = state.mentionsOf(s);
            List<String> announced = state.partnershipsIn(s).isEmpty() && PARTNERSHIPS.matcher(s.text()).find()
                    ? List.copyOf(state.partnerships.keySet()) : state.partnershipsIn(s);
            // "In 2019, A announced ...": an earlier announcement told as background, not this document's.
            boolean earlier = state.year().filter(year -> mentions.stream().anyMatch(m -> m instanceof Mention.Date d && d.date().getYear() < year)).isPresent();
            List<Gazetteer.Entry> people = earlier ? List.of() : subjects(s, mentions, verb.start());
            if (announced.isEmpty() && people.isEmpty()) continue;
            if (!typed) {
                state.type(announcement, Pact.Announcement, s, name());
                state.link(announcement, Pact.reportedIn, state.document.iri(), s, name());
                typed = true;
            }
            for (Gazetteer.Entry person : people) {
                state.link(announcement, Pact.announcedBy, person, s, name());
            }
            // The day an announcing sentence of the document's own time gives.
            if (!earlier) {
                Optional<java.time.LocalDate> day = mentions.stream()
                        .filter(m -> m instanceof Mention.Date d && d.precision().equals("day"))
                        .map(m -> ((Mention.Date) m).date())
                        .findFirst();
                day.ifPresent(d -> state.literal(announcement, Pact.date, d.toString(), XSDDatatype.XSDdate, s, name()));
                dated |= day.isPresent();
            }
            for (String partnership : announced) {
                state.link(announcement, Pact.announces, partnership, s, name());
            }
        }
        if (!typed && !state.sentences.isEmpty()) reportedAnnouncement(state, announcement);
        // An announcement's date is its document's stated date, when no announcing sentence gave that day.
        if (typed && !dated) {
            Sentence first = state.sentences.get(0);
            state.document.published().ifPresent(d -> state.literal(announcement, Pact.date, d.toString(), XSDDatatype.XSDdate, first, name()));
        }
    }

    /**
     * A document that says "announced" nowhere still reports an announcement: itself. It is
     * typed and reported in the document (evidence: its first sentence), dated by the
     * document's publication date where the text or file name gives one, and it announces the
     * partnerships the document states, each on the evidence of the sentence that first names
     * it, as sure as a fact bound from another section.
     */
    private void reportedAnnouncement(DocumentState state, String announcement) {
        Sentence first = state.sentences.get(0);
        state.type(announcement, Pact.Announcement, first, name());
        state.link(announcement, Pact.reportedIn, state.document.iri(), first, name());
        state.document.published().ifPresent(d -> state.literal(announcement, Pact.date, d.toString(), XSDDatatype.XSDdate, first, name()));
        List<String> announced = new java.util.ArrayList<>();
        state.partnershipsBySentence.forEach((i, named) -> named.stream().filter(p -> !announced.contains(p)).forEach(p -> {
            announced.add(p);
            state.fromContext(Confidence.IN_SECTION, () -> state.link(announcement, Pact.announces, p, state.sentences.get(i), name()));
        }));
    }

    /**
     * "NASA's plans for a new asteroid initiative, previously announced in ...": a participle the
     * parse attaches to a noun (acl, amod, or loosely: dep), or that says "previously", "earlier"
     * or "already", describes something announced before, and the people before it did not announce it.
     */
    private static final Pattern EARLIER = Pattern.compile("(?i)previously|earlier|already");

    private static boolean modifiesNoun(DocumentState state, Sentence s, int at) {
        return state.linguistics.words(s).stream().filter(w -> w.begin() == at).findFirst()
                .map(w -> state.linguistics.headsOf(w.index()).stream()
                        .anyMatch(d -> d.relation().startsWith("acl") || d.relation().startsWith("amod") || d.relation().equals("dep"))
                        || state.linguistics.dependents(s, w, "advmod").stream().anyMatch(a -> EARLIER.matcher(a.word()).matches()))
                .orElse(false);
    }

    /** People named between the last date (or the sentence start) and the verb. */
    static List<Gazetteer.Entry> subjects(Sentence s, List<Mention> mentions, int verbAt) {
        int from = mentions.stream()
                .filter(m -> m instanceof Mention.Date && m.end() <= verbAt)
                .mapToInt(Mention::end)
                .max()
                .orElse(0);
        return mentions.stream()
                .filter(m -> m.begin() >= from && m.end() <= verbAt)
                .filter(m -> !Phrases.isPossessive(s.text(), m))
                .map(m -> Phrases.entityOf(m, Pact.Person.getURI()))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }
}
