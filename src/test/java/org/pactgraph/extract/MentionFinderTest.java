package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactgraph.model.Pact;

/** Mentions in invented sentences: entities of the reference data and names recognised by pattern. */
class MentionFinderTest {
    private static List<Mention> mentions(String text) {
        Extraction e = KnownData.extract(text, "2031-03-07");
        return e.mentions().stream().flatMap(List::stream).toList();
    }

    private static String describe(Mention m) {
        if (m instanceof Mention.Entity e) {
            Gazetteer.Entry first = e.entries().get(0);
            return e.text() + "=" + first.iri().substring(first.iri().lastIndexOf("/id/") + 4) + (first.known() ? "" : "(new)");
        }
        if (m instanceof Mention.Title t) return t.text() + "=title:" + t.label();
        return m.text();
    }

    @Test
    void findsKnownEntitiesByLabelAndAliasInBothNameOrders() {
        List<String> found = mentions("Masahito Moriyama met Moriyama Masahito at MEXT.").stream().map(MentionFinderTest::describe).toList();
        assertEquals(List.of("Masahito Moriyama=person/moriyama-masahito", "Moriyama Masahito=person/moriyama-masahito", "MEXT=org/mext"), found);
    }

    @Test
    void recognisesUniversitiesCompaniesAndAgenciesByTheShapeOfTheirNames() {
        List<String> found = mentions("Northfield University, the University of Lakeside at Brook, Harlow Institute of Technology, "
                + "Vantor Systems and the Ministry of Coastal Affairs met.").stream().map(MentionFinderTest::describe).toList();
        assertEquals(List.of("Northfield University=org/northfield-university(new)",
                "University of Lakeside at Brook=org/university-of-lakeside-at-brook(new)",
                "Harlow Institute of Technology=org/harlow-institute-of-technology(new)",
                "Vantor Systems=org/vantor-systems(new)",
                "Ministry of Coastal Affairs=org/ministry-of-coastal-affairs(new)"), found);
    }

    @Test
    void namesAfterFromInASentenceAboutMoneyAreCompanies() {
        Mention.Entity quill = (Mention.Entity) mentions("It is backed by $4 million from Quillon and Brightwater Foods.").stream()
                .filter(m -> m.text().equals("Quillon")).findFirst().orElseThrow();
        assertTrue(quill.entries().get(0).is(Pact.Company.getURI()));
    }

    @Test
    void recognisesPeopleBesideTitlesAndVerbsOfSayingAndTheirTitles() {
        List<String> found = mentions("\"We are ready,\" said Dr. Jane Doe, vice president for research at Northfield University.")
                .stream().map(MentionFinderTest::describe).toList();
        assertTrue(found.contains("Jane Doe=person/jane-doe(new)"), found.toString());
        assertTrue(found.contains("vice president for research at Northfield University=title:Vice president for research at Northfield University"),
                found.toString());
    }

    @Test
    void laterSentencesMayUseShortFormsOfNamesTheDocumentIntroduced() {
        List<String> found = mentions("Harlow Institute of Technology hired Professor Jane Doe. Harlow Tech says Doe starts soon.")
                .stream().map(MentionFinderTest::describe).toList();
        assertTrue(found.contains("Harlow Tech=org/harlow-institute-of-technology(new)"), found.toString());
        assertTrue(found.contains("Doe=person/jane-doe(new)"), found.toString());
    }

    @Test
    void anAcronymInBracketsNamesTheOrganisationBeforeIt() {
        List<String> found = mentions("The Coastal Research Institute (CRI) opened. CRI will hire.").stream().map(MentionFinderTest::describe).toList();
        assertEquals(3, found.stream().filter(f -> f.contains("org/coastal-research-institute")).count(), found.toString());
    }

    @Test
    void anAcronymInBracketsDefinesTheBodysNameNoShapeFound() {
        List<String> found = mentions("Staff of the Vantor Innovation Unit (VIU) met. VIU will hire.").stream().map(MentionFinderTest::describe).toList();
        assertTrue(found.contains("Vantor Innovation Unit=org/vantor-innovation-unit(new)"), found.toString());
        assertEquals(3, found.stream().filter(f -> f.contains("org/vantor-innovation-unit")).count(), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.contains("org/viu")), found.toString());
    }

    @Test
    void aBodyAnAcronymDefinesThatNoShapeTypesIsAPublicAgency() {
        Mention.Entity unit = (Mention.Entity) mentions("Staff of the Vantor Innovation Unit (VIU) met.").stream()
                .filter(m -> m.text().equals("Vantor Innovation Unit")).findFirst().orElseThrow();
        assertTrue(unit.entries().get(0).is(Pact.GovernmentBody.getURI()));
    }

    @Test
    void anAcronymThatCountsTheArticleTakesItIntoTheName() {
        List<String> found = mentions("They met The Vantor Research Institute (TVRI) today.").stream().map(MentionFinderTest::describe).toList();
        assertTrue(found.contains("The Vantor Research Institute=org/the-vantor-research-institute(new)"), found.toString());
        assertTrue(found.contains("TVRI=org/the-vantor-research-institute(new)"), found.toString());
    }

    @Test
    void anAcronymInBracketsOfAFieldNamesNoOrganisation() {
        List<String> found = mentions("They study Coastal and Marine Science (CMS) together.").stream().map(MentionFinderTest::describe).toList();
        assertTrue(found.stream().noneMatch(f -> f.contains("org/coastal-and-marine-science")), found.toString());
    }

    @Test
    void aNameWithItsLastWordInTheOtherNumberIsTheOrganisationTheDocumentNamed() {
        List<String> found = mentions("The Office of Coastal Services opened. \"We are ready,\" said Jane Doe, Director of the Office of Coastal Service. "
                + "\"The Freedonian Office of Coastal Service will hire,\" she said.").stream().map(MentionFinderTest::describe).toList();
        assertEquals(3, found.stream().filter(f -> f.endsWith("=org/office-of-coastal-services(new)")).count(), found.toString());
        assertTrue(found.contains("Director of the Office of Coastal Service=title:Director of the Office of Coastal Services"), found.toString());
    }

    @Test
    void anAcronymInBracketsAfterAPossessiveNamesTheOrganisationBeforeIt() {
        List<String> found = described("The Harlow Coastal Administration's (HCA) programme opened. HCA will hire.");
        assertEquals(3, found.stream().filter(f -> f.endsWith("=org/harlow-coastal-administration(new)")).count(), found.toString());
    }

    @Test
    void anAcronymTakesInTheWordsBeforeTheNameThatItsInitialsJoinByAnd() {
        List<String> found = described("The Pier and Harbour Safety Administration (PHSA) opened.");
        assertTrue(found.contains("Pier and Harbour Safety Administration=org/pier-and-harbour-safety-administration(new)"), found.toString());
    }

    @Test
    void aNameWithAndWithoutItsCountrysInitialsIsOneBodyNamedInFull() {
        List<String> found = described("Harlow Tides Survey to map the coast\n\nThe U.S. Harlow Tides Survey opened an office. "
                + "Jane Doe leads the Harlow Tides Survey.");
        assertEquals(3, found.stream().filter(f -> f.endsWith("=org/us-harlow-tides-survey(new)")).count(), found.toString());
    }

    @Test
    void aCountrysInitialsAfterACommaOrAnAdjectiveArePartOfTheName() {
        List<String> found = described("Harlow Tides Survey to map the coast\n\nToday, U.S. Harlow Tides Survey opened an office. "
                + "It joins a new and modern U.S. Harlow Tides Survey. Jane Doe leads the Harlow Tides Survey.");
        assertEquals(4, found.stream().filter(f -> f.endsWith("=org/us-harlow-tides-survey(new)")).count(), found.toString());
    }

    @Test
    void aCountrysInitialsBeforeAnAcronymQualifyItAndAreNoPartOfTheName() {
        List<String> found = described("The Harlow Tides Commission (HTC) met today. Jane Doe, U.S. HTC Commissioner, opened the meeting.");
        assertTrue(found.stream().noneMatch(f -> f.contains("org/us-harlow-tides-commission")), found.toString());
    }

    @Test
    void aCountrysInitialsOnlyAHeadlineGivesAreNoPartOfTheName() {
        List<String> found = described("UK Harlow Tides Survey to map the coast\n\nThe United Kingdom's Harlow Tides Survey opened an office.");
        assertEquals(2, found.stream().filter(f -> f.endsWith("=org/harlow-tides-survey(new)")).count(), found.toString());
    }

    @Test
    void aMinistryNamedForAListOfFieldsIsNamedByTheWholeList() {
        List<String> found = described("Freedonia's Ministry of Harbours, Tides and Coastal Works signed it with the Ministry of Fisheries and Minister Jane Doe.");
        assertTrue(found.contains("Ministry of Harbours, Tides and Coastal Works=org/ministry-of-harbours-tides-and-coastal-works(new)"), found.toString());
        assertTrue(found.contains("Ministry of Fisheries=org/ministry-of-fisheries(new)"), found.toString());
    }

    @Test
    void aListOfFieldsLongerThanAnyPortfolioIsNoMinistrysName() {
        String fields = String.join(", ", java.util.Collections.nCopies(40, "Harbours")) + " and Welfare";
        List<String> found = described("The Ministry of Health, " + fields + " signed it.");
        assertTrue(found.contains("Ministry of Health=org/ministry-of-health(new)"), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.startsWith("Ministry of Health, Harbours")), found.toString());
        // Five fields after the first, as the longest portfolios have, are still the name.
        List<String> longest = described("The Ministry of Harbours, Tides, Reefs, Ports, Dunes and Coastal Works signed it.");
        assertTrue(longest.contains("Ministry of Harbours, Tides, Reefs, Ports, Dunes and Coastal Works=org/ministry-of-harbours-tides-reefs-ports-dunes-and-coastal-works(new)"),
                longest.toString());
    }

    /** The mentions of a text, each described as "name=IRI". */
    private static List<String> described(String text) {
        return mentions(text).stream().map(MentionFinderTest::describe).toList();
    }
}
