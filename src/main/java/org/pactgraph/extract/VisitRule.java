package org.pactgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * Visits other than state visits: "Prime Minister X's visit to Washington", "During a visit to
 * South America, NASA Administrator X signed ...". The visit is an event attended by the
 * visitor, at the place visited when the text names one the extractor can place, in the
 * document's year (of an undated one, the year of its first full date; of a text with no year,
 * none); a signing the visit's sentence reports ("The signing is a highlight of X's
 * visit to Y", "During a visit to Y, X signed") took place on its occasion, as sure as the
 * ceremony itself (the visit stands on its own).
 */
final class VisitRule implements Rule {
    private static final Pattern VISIT = Pattern.compile("(?<!state )\\bvisit\\s+to\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)*)");
    /** What may stand between the visitor and "visit": the rest of the name, "'s", adjectives. */
    private static final Pattern POSSESSOR = Pattern.compile("^(?:\\s+\\p{Lu}\\p{Ll}+)?'s?\\s+(?:[a-z-]+\\s+)*$");
    /** "During a visit to Y, [title words] X": what stands between the place and the visitor. */
    private static final Pattern DURING = Pattern.compile("^,\\s+(?:\\p{Lu}[\\p{L}.-]*\\s+)*$");

    @Override
    public String name() {
        return "visit";
    }

    @Override
    public void apply(DocumentState state) {
        for (Sentence s : state.sentences) {
            Matcher visited = VISITED.matcher(s.text());
            if (visited.find() && !Phrases.quoted(s.text(), visited.start())) visitedOn(state, s, visited);
            Matcher visit = VISIT.matcher(s.text());
            if (!visit.find() || Phrases.quoted(s.text(), visit.start())) continue;
            Optional<Gazetteer.Entry> visitor = visitor(state, s, visit);
            // An undated document's year is that of its first full date (its dateline), not of a year the sentence recalls.
            Optional<Integer> year = state.year().or(() -> state.sentences.stream().flatMap(each -> state.mentionsOf(each).stream())
                    .filter(m -> m instanceof Mention.Date d && d.precision().equals("day")).map(m -> ((Mention.Date) m).date().getYear()).findFirst());
            if (visitor.isEmpty()) continue;
            Gazetteer.Entry person = visitor.get();
            String personName = state.gazetteer.labelOf(person.iri()).orElse(person.label());
            // A place the text names whole from where the visit goes ("Rosmouth, Harlow") is named so.
            String where = state.mentionsOf(s).stream().filter(m -> m.begin() == visit.start(1) && m.end() > visit.end(1)
                            && Phrases.entityOf(m, Pact.Place.getURI()).isPresent())
                    .map(Mention::text).findFirst().orElse(visit.group(1));
            // A text that gives no year gives its visit none, as partnerships get none.
            String iri = Iris.id(Iris.Kind.EVENT, "visit-of-" + Iris.slugOf(person.iri()) + "-to-" + Iris.slug(where) + year.map(y -> "-" + y).orElse(""));
            String signing = state.events.get("signing");
            boolean occasion = signing != null && (s.text().contains("signing") || s.text().contains("signed"));
            double sure = occasion ? surestUse(state, signing) : Confidence.IN_SENTENCE;
            state.declare(iri, Pact.Event, "Visit of " + personName + " to " + where, s, name());
            state.link(iri, Pact.attendedBy, person, s, name());
            place(state, s, visit).ifPresent(p -> state.link(iri, Pact.place, p, s, name()));
            if (occasion) state.fromContext(sure, () -> state.link(signing, Pact.occasion, iri, s, name()));
            state.events.putIfAbsent("visit", iri);
        }
    }

    /** A gathering's name, maybe after its organiser's possessive ("X's Y Summit", "the Z Conference"). */
    private static final Pattern A_GATHERING = Pattern.compile(
            "\\p{Lu}[\\p{L}.-]*(?:['\u2019]s)?(?:\\s+(?:of\\s+|and\\s+)?\\p{Lu}[\\p{L}.-]*)*?\\s+(?:Event|Conference|Workshop|Symposium|Summit|Forum|Expo|Exhibition|Fair|Congress|Meeting)\\b");

    private static final Pattern VISITED = Pattern.compile("\\bvisited\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)*)");

    /**
     * "A and B visited X ... to have discussions with C", on a day the sentence gives: a visit
     * of that day attended by the people who are the verb's subjects and those the visit was
     * "with". A sentence without a day gives no visit (which of the visits would it be?).
     */
    private void visitedOn(DocumentState state, Sentence s, Matcher visited) {
        Optional<Mention.Date> day = state.mentionsOf(s).stream()
                .filter(m -> m instanceof Mention.Date d && d.precision().equals("day")).map(m -> (Mention.Date) m).findFirst();
        Optional<AnnotatedSentences.Word> verb = state.linguistics.words(s).stream().filter(w -> w.begin() == visited.start()).findFirst();
        if (day.isEmpty() || verb.isEmpty()) return;
        // "A visited the X's Y Rapid Prototyping Event II": A attended a gathering, which is no visit to a place.
        if (A_GATHERING.matcher(s.text()).region(visited.start(1), s.text().length()).lookingAt()) return;
        List<Gazetteer.Entry> visitors = new java.util.ArrayList<>();
        for (AnnotatedSentences.Word subject : state.linguistics.dependents(s, verb.get(), "nsubj")) {
            for (AnnotatedSentences.Word w : state.linguistics.withConjuncts(s, subject)) {
                MeetingRule.person(state, s, w).filter(p -> !visitors.contains(p)).ifPresent(visitors::add);
            }
        }
        // A subject the parse reads as the title of a post ("X's Minister of Y NAME and NAME"): the people named before the verb.
        if (visitors.isEmpty()) visitors.addAll(AnnouncementRule.subjects(s, state.mentionsOf(s), visited.start()));
        if (visitors.isEmpty()) return;
        String where = visited.group(1);
        String iri = Iris.id(Iris.Kind.EVENT, "visit-of-" + Iris.slugOf(visitors.get(0).iri()) + "-to-" + Iris.slug(where) + "-" + day.get().date());
        List<String> names = visitors.stream().map(p -> state.gazetteer.labelOf(p.iri()).orElse(p.label())).toList();
        state.declare(iri, Pact.Event, "Visit of " + String.join(" and ", names) + " to " + where, s, name());
        state.literal(iri, Pact.date, day.get().date().toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate, s, name());
        List<Gazetteer.Entry> attending = new java.util.ArrayList<>(visitors);
        for (AnnotatedSentences.Word w : state.linguistics.words(s)) {
            for (String with : List.of("obl:with", "nmod:with")) {
                for (AnnotatedSentences.Word host : state.linguistics.dependents(s, w, with)) {
                    MeetingRule.person(state, s, host).filter(p -> !attending.contains(p)).ifPresent(attending::add);
                }
            }
        }
        attending.forEach(p -> state.link(iri, Pact.attendedBy, p, s, name()));
        place(state, s, visited).ifPresent(p -> state.link(iri, Pact.place, p, s, name()));
        state.events.putIfAbsent("visit", iri);
    }

    /** The person whose visit it is: before it with a possessive, or the subject after "During a visit to Y,". */
    private static Optional<Gazetteer.Entry> visitor(DocumentState state, Sentence s, Matcher visit) {
        String text = s.text();
        for (Mention m : state.mentionsOf(s)) {
            Optional<Gazetteer.Entry> p = Phrases.entityOf(m, Pact.Person.getURI());
            if (p.isEmpty()) continue;
            if (m.end() <= visit.start() && POSSESSOR.matcher(text.substring(m.end(), visit.start())).matches()) return p;
            if (m.begin() >= visit.end(1) && text.substring(0, visit.start()).matches("(?is).*\\bduring\\s+(?:a|an|his|her|their)\\s+(?:[a-z-]+\\s+)*$")
                    && DURING.matcher(text.substring(visit.end(1), m.begin())).matches()) return p;
        }
        return Optional.empty();
    }

    /** The place visited: a place the text names there that is no state of the same name, or a new one the layer calls a location. */
    private static Optional<Gazetteer.Entry> place(DocumentState state, Sentence s, Matcher visit) {
        int b = visit.start(1);
        int e = visit.end(1);
        Optional<Mention> known = state.mentionsOf(s).stream().filter(m -> m.begin() == b && m.end() >= e).findFirst();
        if (known.isPresent()) {
            return Phrases.entityOf(known.get(), Pact.Place.getURI()).filter(p -> !p.is(Pact.State.getURI()));
        }
        // The layer may name "South America" in parts (LOCATION "South", COUNTRY "America"): the parts must make the name.
        java.util.List<AnnotatedSentences.Named> parts = state.linguistics.entities(s).stream()
                .filter(n -> n.begin() >= b && n.end() <= e && java.util.Set.of("LOCATION", "CITY", "COUNTRY").contains(n.type())).toList();
        boolean location = !parts.isEmpty() && parts.get(0).begin() == b && parts.get(parts.size() - 1).end() == e;
        String name = visit.group(1);
        return location ? Optional.of(EventRule.newPlace(state, name)) : Optional.empty();
    }

    /** The confidence of the surest fact that uses the resource (not its declaration). */
    private static double surestUse(DocumentState state, String iri) {
        return state.facts.stream()
                .filter(f -> f.subject().isURI() && f.subject().getURI().equals(iri) && !f.predicate().equals(org.apache.jena.vocabulary.RDF.type.asNode())
                        || f.object().isURI() && f.object().getURI().equals(iri))
                .mapToDouble(Fact::confidence).max().orElse(Confidence.IN_SENTENCE);
    }
}
