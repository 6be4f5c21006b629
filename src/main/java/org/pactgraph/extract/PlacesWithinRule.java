package org.pactgraph.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.vocabulary.RDF;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * Where a place the document introduced lies, as English writes it: a city with its region or
 * country after a comma ("Alton, Ferris", "(Alton, Ferris) --"), a building or venue in its city
 * ("at the Harbour Pavilion in Alton"). The place it lies in is one the reference data knows or
 * one the linguistic layer names (a city, region or country, minted as a new place, a country as
 * a country), and it may lie in a place in its turn ("the Pavilion in Alton, Ferris"). A venue
 * is "in" a city: after "in", the layer must read the name as a city (a state or country named
 * alone after "in" is too coarse to be where a building stands, and is where something else
 * happens as often). Runs after the rules that introduce places.
 */
final class PlacesWithinRule implements Rule {
    @Override
    public String name() {
        return "place-within";
    }

    /** A comma after a place and a capitalised name: the region or country the place lies in. */
    static final Pattern APPOSED = Pattern.compile(",\\s*(?=\\p{Lu})");
    /** "in" (or "in the") after a place: the city it stands in. */
    private static final Pattern IN = Pattern.compile("\\s+in\\s+(?=\\p{Lu})");
    private static final Set<String> REGIONS = Set.of("CITY", "STATE_OR_PROVINCE", "COUNTRY");

    @Override
    public void apply(DocumentState state) {
        Deque<Gazetteer.Entry> places = new ArrayDeque<>(introducedPlaces(state));
        Set<String> placed = new HashSet<>();
        while (!places.isEmpty()) {
            Gazetteer.Entry place = places.poll();
            if (!placed.add(place.iri())) continue;
            container(state, place).ifPresent(within -> {
                state.link(place.iri(), Pact.locatedIn, within.place(), within.evidence(), name());
                if (!within.place().known() && !state.gazetteer.knows(within.place().iri())) places.add(within.place());
            });
        }
    }

    /** The new places the rules before this one declared, in the order they did. */
    private static List<Gazetteer.Entry> introducedPlaces(DocumentState state) {
        String prefix = Iris.id(Iris.Kind.PLACE, "");
        return state.facts.stream()
                .filter(f -> f.predicate().equals(RDF.type.asNode()) && f.subject().isURI() && f.subject().getURI().startsWith(prefix)
                        && !f.isCandidate())
                .map(f -> f.subject().getURI())
                .distinct()
                .flatMap(iri -> label(state, iri).map(label -> state.gazetteer.newEntry(iri, label, Pact.Place.getURI())).stream())
                .toList();
    }

    private static Optional<String> label(DocumentState state, String iri) {
        return state.facts.stream()
                .filter(f -> f.subject().isURI() && f.subject().getURI().equals(iri) && f.predicate().equals(org.apache.jena.vocabulary.RDFS.label.asNode()))
                .map(f -> f.object().getLiteralLexicalForm())
                .findFirst();
    }

    private record Within(Gazetteer.Entry place, Sentence evidence) {}

    /** The first place the document writes the given one in, outside quotations. */
    private static Optional<Within> container(DocumentState state, Gazetteer.Entry place) {
        Pattern name = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(place.label()) + "(?![\\p{L}\\p{N}])");
        for (Sentence s : state.sentences) {
            Matcher m = name.matcher(s.text());
            while (m.find()) {
                if (Phrases.quoted(s.text(), m.start()) || insideAnotherName(state, s, m.start(), m.end())) continue;
                Optional<Gazetteer.Entry> within = after(state, s, m.end(), APPOSED, false).or(() -> after(state, s, m.end(), IN, true));
                if (within.isPresent() && !within.get().iri().equals(place.iri())) return Optional.of(new Within(within.get(), s));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the words are part of a longer name that is no place's ("the University of Harlow,
     * Alton"): what follows that name is where the body is, not where the place named in it lies.
     */
    private static boolean insideAnotherName(DocumentState state, Sentence s, int begin, int end) {
        return state.mentionsOf(s).stream().anyMatch(m -> m.begin() <= begin && end <= m.end() && m.end() - m.begin() > end - begin
                && Phrases.entityOf(m, Pact.Place.getURI()).isEmpty());
    }

    /** The place named right after the joining words at {@code end}: known by the reference data, or named by the layer. */
    private static Optional<Gazetteer.Entry> after(DocumentState state, Sentence s, int end, Pattern joint, boolean cityOnly) {
        Matcher j = joint.matcher(s.text()).region(end, s.text().length());
        if (!j.lookingAt()) return Optional.empty();
        int at = j.end();
        // "Boulder, Colo.", "Nashville, TN": a state written short is named by its name.
        Optional<StateAbbreviations.Written> shortened = cityOnly ? Optional.empty() : StateAbbreviations.at(s.text(), at);
        if (shortened.isPresent()) {
            if (LIST_GOES_ON.matcher(s.text()).region(shortened.get().end(), s.text().length()).lookingAt()) return Optional.empty();
            return Optional.of(StateAbbreviations.state(state.gazetteer, shortened.get().state()));
        }
        Optional<AnnotatedSentences.Named> layer = state.linguistics.entities(s).stream()
                .filter(n -> n.begin() == at && (cityOnly ? n.type().equals("CITY") : REGIONS.contains(n.type())))
                .findFirst();
        Optional<Mention> knownMention = state.mentionsOf(s).stream()
                .filter(m -> m.begin() == at && Phrases.entityOf(m, Pact.Place.getURI())
                        .filter(e -> e.known() && (!cityOnly || layer.isPresent() || e.is(Pact.City.getURI()))).isPresent())
                .findFirst();
        int containerEnd = knownMention.map(Mention::end).or(() -> layer.map(AnnotatedSentences.Named::end)).orElse(at);
        // "Alton, Brixby and Carden", "in Brixby and Carden": a list of places, none of which holds the one before it.
        if (LIST_GOES_ON.matcher(s.text()).region(containerEnd, s.text().length()).lookingAt()) return Optional.empty();
        if (knownMention.isPresent()) return Phrases.entityOf(knownMention.get(), Pact.Place.getURI());
        return layer.map(n -> state.gazetteer.newPlace(n.text(), (n.type().equals("COUNTRY") ? Pact.Country : Pact.Place).getURI()));
    }

    /** More capitalised names after a place, by commas, then "and" or "or" and one more: the place is one of a list. */
    private static final Pattern LIST_GOES_ON = Pattern.compile(
            "(?:,\\s*\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,4}){0,10},?\\s+(?:and|or|&)\\s+\\p{Lu}");
}
