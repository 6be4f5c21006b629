package org.pactgraph.extract;

import java.util.List;
import org.pactgraph.model.Pact;

/** What the matches already taken in a sentence are, and whether they stand where a new mention would. */
final class TakenMatches {
    static Gazetteer.Entry organization(Gazetteer.Match m) {
        return m.entries().stream().filter(e -> e.is(Pact.Organization.getURI())).findFirst().orElseThrow();
    }

    static boolean isOrganization(Gazetteer.Match m) {
        return m.entries().stream().anyMatch(e -> e.is(Pact.Organization.getURI()));
    }

    static boolean overlaps(List<Gazetteer.Match> taken, int begin, int end) {
        return taken.stream().anyMatch(t -> t.begin() < end && begin < t.end());
    }

    static boolean overlapsPost(List<Gazetteer.Match> taken, int begin, int end) {
        return taken.stream().anyMatch(t -> t.begin() < end && begin < t.end()
                && t.entries().stream().anyMatch(e -> e.is(Pact.Post.getURI()) && !Titles.isBare(e.label()) || e.is(Pact.Person.getURI())));
    }
}
