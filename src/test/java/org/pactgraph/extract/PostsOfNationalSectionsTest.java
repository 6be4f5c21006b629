package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * "COUNTRY ORG Title NAME": the country tells which national section of the organisation the
 * post is in, so the title is no post in the whole organisation; without the country it is.
 */
class PostsOfNationalSectionsTest {
    private static final String TEXT = "Freedonia HCWA Commissioner Jane Moss met the press.";

    private static List<Mention> titlesWithOrganisation(List<Gazetteer.Match> taken) {
        List<Mention> found = new PeopleRecognizer(KnownData.gazetteer()).find(TEXT, taken, List.of(), Set.of(), List.of(), Set.of(), Set.of());
        return found.stream().filter(m -> m instanceof Mention.Title t && t.org().isPresent()).toList();
    }

    private static Gazetteer.Match organisation() {
        Gazetteer.Entry hcwa = KnownData.gazetteer().newEntry(Iris.id(Iris.Kind.ORG, "hcwa"), "HCWA", Pact.GovernmentBody.getURI());
        return new Gazetteer.Match(TEXT.indexOf("HCWA"), TEXT.indexOf("HCWA") + 4, List.of(hcwa));
    }

    @Test
    void aTitleAfterAnOrganisationIsAPostInIt() {
        assertFalse(titlesWithOrganisation(List.of(organisation())).isEmpty());
    }

    @Test
    void aCountryBeforeTheOrganisationMakesItNoPostInTheWholeOrganisation() {
        Gazetteer.Entry freedonia = KnownData.gazetteer().newEntry(Iris.id(Iris.Kind.PLACE, "freedonia"), "Freedonia", Pact.Country.getURI());
        Gazetteer.Match country = new Gazetteer.Match(0, "Freedonia".length(), List.of(freedonia));
        List<Mention> titles = titlesWithOrganisation(List.of(country, organisation()));
        assertTrue(titles.isEmpty(), titles.toString());
    }
}
