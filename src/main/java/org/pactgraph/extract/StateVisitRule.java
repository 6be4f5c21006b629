package org.pactgraph.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * A state visit that the document's events were part of: "As part of Prime Minister X's
 * historic state visit to Country Y, on March 7, 2031, ... announced". The visit is an
 * event with the visitor, the host country as its place and the day the text gives; the
 * announcement of that sentence, and the document's signing ceremony on the same day, took
 * place on its occasion.
 */
final class StateVisitRule implements Rule {
    /** What may stand between the visitor and "state visit": the rest of the name, "'s", adjectives. */
    private static final Pattern POSSESSOR = Pattern.compile("^[\\p{L} ]*'s?\\s+(?:[a-z]+\\s+)*$");
    private static final Pattern VISIT = Pattern.compile("(?i)\\bstate visit\\b(?:\\s+to\\s+)?");

    @Override
    public String name() {
        return "state-visit";
    }

    @Override
    public void apply(DocumentState state) {
        for (Sentence s : state.sentences) {
            Matcher visit = VISIT.matcher(s.text());
            if (!visit.find() || Phrases.quoted(s.text(), visit.start())) continue;
            Optional<Mention> visitor = state.mentionsOf(s).stream()
                    .filter(m -> m.end() <= visit.start() && Phrases.entityOf(m, Pact.Person.getURI()).isPresent())
                    .filter(m -> POSSESSOR.matcher(s.text().substring(m.end(), visit.start())).matches())
                    .reduce((a, b) -> b);
            Optional<Gazetteer.Entry> host = Phrases.entities(state.mentionsOf(s), Pact.Country.getURI(), visit.start(), s.text().length())
                    .stream().findFirst();
            Optional<Mention.Date> day = state.mentionsOf(s).stream()
                    .filter(m -> m instanceof Mention.Date d && d.precision().equals("day"))
                    .map(m -> (Mention.Date) m)
                    .findFirst();
            if (visitor.isEmpty() || host.isEmpty()) continue;
            Gazetteer.Entry person = Phrases.entityOf(visitor.get(), Pact.Person.getURI()).orElseThrow();
            String personName = state.gazetteer.labelOf(person.iri()).orElse(person.label());
            String year = day.map(d -> "-" + d.date().getYear()).or(() -> state.year().map(y -> "-" + y)).orElse("");
            String iri = Iris.id(Iris.Kind.EVENT, "state-visit-" + Iris.slugOf(person.iri()) + year);
            String country = host.get().label().startsWith("United ") ? "the " + host.get().label() : host.get().label();
            state.declare(iri, Pact.StateVisit, "State visit of " + personName + " to " + country, s, name());
            state.link(iri, Pact.place, host.get(), s, name());
            state.link(iri, Pact.attendedBy, person, s, name());
            day.ifPresent(d -> state.literal(iri, Pact.date, d.date().toString(), XSDDatatype.XSDdate, s, name()));
            if (s.text().toLowerCase(Locale.ROOT).contains("announced")) {
                state.link(state.announcement(), Pact.occasion, iri, s, name());
            }
            String signing = state.events.get("signing");
            if (signing != null && day.isPresent()) {
                boolean sameDay = state.facts.stream().anyMatch(f -> f.subject().getURI().equals(signing)
                        && f.predicate().equals(Pact.date.asNode()) && f.object().getLiteralLexicalForm().equals(day.get().date().toString()));
                if (sameDay) state.link(signing, Pact.occasion, iri, s, name());
            }
            state.events.put("state-visit", iri);
            return;
        }
    }
}
