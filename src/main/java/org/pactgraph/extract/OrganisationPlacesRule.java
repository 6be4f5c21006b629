package org.pactgraph.extract;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/**
 * Where a new organisation is, as announcements write it beside its name: its city with the
 * state or country after a comma, joined by "in" ("Harlow University in Denver, Colorado, will
 * ...") or by a comma, as a list of grantees gives each one's seat ("Harlow University, Denver,
 * Colorado, will receive"). The city must be one the linguistic layer reads as a city, and the
 * region after it one it reads as a state or country: a city alone after "in" is as often where
 * something happens as where the body is ("opened a laboratory in Denver"). With "in", the parse
 * must hang the city on the organisation's name, not on a verb ("signed with X in Denver").
 * The organisation is placed in the city, which PlacesWithinRule then places in its region.
 */
final class OrganisationPlacesRule implements Rule {
    @Override
    public String name() {
        return "organisation-place";
    }

    /** What joins the name to its city: "in", or a comma; an acronym in brackets may come first ("X (XI) in"). */
    private static final Pattern JOINT = Pattern.compile("(?:\\s*\\([\\p{Lu}&-]{2,}\\))?(,\\s*|\\s+in\\s+)(?=\\p{Lu})");
    private static final Set<String> REGIONS = Set.of("STATE_OR_PROVINCE", "COUNTRY");

    @Override
    public void apply(DocumentState state) {
        for (Sentence s : state.sentences) {
            for (Mention m : state.mentionsOf(s)) {
                // A name across a line break, or one that opens with the state's code of a city before it,
                // runs a list's lines together ("Alton, NC" then "Harlow University, ..."); a name that
                // merely opens with two capitals ("MD Harlow Center") is no such run.
                if (Phrases.quoted(s.text(), m.begin()) || m.text().contains("\n") || afterACitysComma(s.text(), m)) continue;
                Optional<Gazetteer.Entry> org = Phrases.entityOf(m, Pact.Organization.getURI())
                        // A name the recogniser gave no kind (a university, an agency, a laboratory) is as often a venue's.
                        .filter(e -> !e.known() && !e.type().equals(Pact.Organization.getURI()));
                if (org.isEmpty()) continue;
                city(state, s, m).ifPresent(city -> state.link(org.get().iri(), Pact.locatedIn, city, s, name()));
            }
        }
    }

    /** The city written right after the organisation's name with its region after it, if the sentence ties the two. */
    private static Optional<Gazetteer.Entry> city(DocumentState state, Sentence s, Mention org) {
        Matcher joint = JOINT.matcher(s.text()).region(org.end(), s.text().length());
        if (!joint.lookingAt()) return Optional.empty();
        int at = joint.end();
        Optional<AnnotatedSentences.Named> city = state.linguistics.entities(s).stream()
                .filter(n -> n.begin() == at && n.type().equals("CITY")).findFirst();
        if (city.isEmpty() || !regionAfter(state, s, city.get().end())) return Optional.empty();
        boolean in = !joint.group(1).startsWith(",");
        if (in && !hangsOn(state, s, city.get(), org)) return Optional.empty();
        return Optional.of(EventRule.newPlace(state, city.get().text()));
    }

    /** Whether the name opens with a state's code written after a comma, as a city's state is ("Alton, NC Harlow University"). */
    private static boolean afterACitysComma(String text, Mention m) {
        return StateAbbreviations.at(m.text(), 0).isPresent() && AFTER_COMMA.matcher(text.substring(0, m.begin())).find();
    }

    private static final Pattern AFTER_COMMA = Pattern.compile(",\\s*$");

    /** Whether a state or country follows the city after a comma. */
    private static boolean regionAfter(DocumentState state, Sentence s, int end) {
        // The comma between the city and its region, as a place is apposed to the one it lies in.
        Matcher comma = PlacesWithinRule.APPOSED.matcher(s.text()).region(end, s.text().length());
        if (!comma.lookingAt()) return false;
        int at = comma.end();
        return StateAbbreviations.at(s.text(), at).isPresent()
                || state.linguistics.entities(s).stream().anyMatch(n -> n.begin() == at && REGIONS.contains(n.type()))
                // A known place there must be a state or a country: a city after a city is a list of cities ("X Institute, Paris, London").
                || state.mentionsOf(s).stream().anyMatch(m -> m.begin() == at && (Phrases.entityOf(m, Pact.State.getURI()).isPresent()
                        || Phrases.entityOf(m, Pact.Country.getURI()).isPresent()));
    }

    /** Whether the parse makes the city depend on a word of the organisation's name ("the X Institute in Denver"). */
    private static boolean hangsOn(DocumentState state, Sentence s, AnnotatedSentences.Named city, Mention org) {
        Optional<AnnotatedSentences.Word> head = PartyRole.headWord(state.linguistics, s, city.begin(), city.end());
        if (head.isEmpty()) return false;
        return state.linguistics.head(s, head.get()).filter(g -> g.begin() >= org.begin() && g.end() <= org.end()).isPresent();
    }
}
