package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactgraph.model.Pact;

/**
 * The class a new organisation takes from the nouns of its name and from the titles its heads
 * bear, the article its name takes in a post ("Director of the Bureau of X"), and where a
 * person's name ends.
 */
class NamesOfNewEntitiesTest {
    @Test
    void namesOnlyGovernmentsGiveAreGovernmentBodies() {
        for (String name : List.of("National Endowment for the Coastal Arts", "Freedonian Federal Secretariat of Fisheries",
                "Marine and Coastal Research Council", "Freedonia Air Force", "Agencia Espacial Freedonesa",
                "Commonwealth Marine Research Organisation", "Centre National de Recherche Maritime", "National Bureau of Tides", "Map Archive of Parliament",
                "Harbour Commission Directorate General for Fisheries and Ports")) {
            assertTrue(NameRecognizer.isGovernmentBody(name), name);
        }
    }

    @Test
    void aUnitOfAnAgencyIsNamedWithEveryFieldOfItsList() {
        List<String> names = shapedNames("The Division of Ocean, Coastal and Polar Sciences and the Directorate for Tides and Currents (DTC) will review proposals.");
        assertTrue(names.contains("Division of Ocean, Coastal and Polar Sciences " + Pact.GovernmentBody.getURI()), names.toString());
        assertTrue(names.contains("Directorate for Tides and Currents " + Pact.GovernmentBody.getURI()), names.toString());
    }

    @Test
    void aTitlesModifierThatGoesOnToABodysNounIsAWordOfTheName() {
        assertShaped("The Freedonian General Tides Administration will fund the survey.", "Freedonian General Tides Administration", Pact.GovernmentBody);
    }

    @Test
    void newOpeningAPlacesNameStaysInTheNameButAHeadlinesNewDoesNot() {
        List<String> names = shapedNames("Teachers from New Jersey University visited the Freedonia Tide Institute.");
        assertTrue(names.contains("New Jersey University " + Pact.University.getURI()), names.toString());
        List<String> headline = shapedNames("New Coastal Research Institute Opens");
        assertTrue(headline.stream().anyMatch(n -> n.startsWith("Coastal Research Institute ")), headline.toString());
    }

    @Test
    void aBodyTheLayerNamesByCapitalsAloneIsAGovernmentBody() {
        Gazetteer.Match found = namedByTheLayer("Last year BCMA hosted a technical workshop.", "BCMA");
        assertEquals(Pact.GovernmentBody.getURI(), found.entries().get(0).type(), found.toString());
    }

    @Test
    void aGovernmentNamedWithTheTopicOfItsAgreementEndsAtItsCountry() {
        String text = "It signed the Agreement between the Harlow Republic and the Government of Freedonia on Coastal Tide Cooperation in May.";
        Gazetteer.Match found = namedByTheLayer(text, "Government of Freedonia on Coastal Tide Cooperation");
        assertEquals("Government of Freedonia", text.substring(found.begin(), found.end()), found.toString());
        assertEquals(Pact.GovernmentBody.getURI(), found.entries().get(0).type(), found.toString());
    }

    /** The first organisation the recognizer keeps of a name the linguistic layer tagged in the text. */
    private static Gazetteer.Match namedByTheLayer(String text, String name) {
        int from = text.indexOf(name);
        return new NameRecognizer(KnownData.gazetteer())
                .named(text, List.of(new AnnotatedSentences.Named(from, from + name.length(), name, "ORGANIZATION")), Set.of()).get(0);
    }

    @Test
    void aNationalBoardANationalInstitutesAndACorpsAreGovernmentBodies() {
        for (String name : List.of("National Tides Board", "National Institutes of Coastal Health", "Harbour Peace Corps")) {
            assertTrue(NameRecognizer.isGovernmentBody(name), name);
        }
    }

    @Test
    void aGraduateSchoolOfItsOwnIsAUniversityThoughNamedForAnArmedService() {
        assertShaped("Officers study at the Freedonian Naval Postgraduate School.", "Freedonian Naval Postgraduate School", Pact.University);
    }

    @Test
    void aSpaceCenterIsAGovernmentBody() {
        assertShaped("Engineers at the Brenner Space Flight Center built the probe.", "Brenner Space Flight Center", Pact.GovernmentBody);
    }

    /** Checks that the shapes of names find this name of this type in the text. */
    private static void assertShaped(String text, String name, org.apache.jena.rdf.model.Resource type) {
        List<String> names = shapedNames(text);
        assertTrue(names.contains(name + " " + type.getURI()), names.toString());
    }

    /** The organisations the shapes of their names find in a text, each as "name type". */
    private static List<String> shapedNames(String text) {
        return new NameRecognizer(KnownData.gazetteer()).organizations(text, false).stream()
                .map(m -> text.substring(m.begin(), m.end()) + " " + m.entries().get(0).type()).toList();
    }

    @Test
    void namesOfOtherBodiesStayWhatTheirShapeSays() {
        for (String name : List.of("Harlow Arts Council", "Brightwater Foods", "Northfield University", "Coastal Forces Museum")) {
            assertFalse(NameRecognizer.isGovernmentBody(name), name);
        }
    }

    @Test
    void aNameEndingInsideADatelinesStateIsLeftWhole() {
        assertEquals(8, NameRecognizer.afterADatelinesState("Harlow, Calif. - The Coastal Agency", 8, 13));
        assertEquals(8, NameRecognizer.afterADatelinesState("Harlow, VA", 8, 10));
    }

    @Test
    void aBureauOrUnitOfABusinessAHospitalOrANewspaperIsNoGovernmentBody() {
        for (String name : List.of("Harlow Better Business Bureau", "Coastal Hospital Burn Unit", "Harlow Gazette Washington Bureau", "Brightwater Robotics Defense Division")) {
            assertFalse(NameRecognizer.isGovernmentBody(name), name);
        }
        assertTrue(NameRecognizer.isGovernmentBody("Harlow Coastal Innovation Unit"));
    }

    @Test
    void namesWhoseHeadsAreSecretariesOrCommissionersAreAgencies() {
        String text = "QRX Secretary Jane Doe and the Harlow Water Board Commissioner Al Roe met the VNT Deputy Administrator.";
        assertTrue(NameRecognizer.agenciesByTheirHeads(List.of(new Sentence(0, 0, text, 0, text.length(), 0, text.length())))
                .containsAll(List.of("QRX", "Harlow Water Board", "VNT")));
    }

    @Test
    void aNationalityIsOfTheCountryWhoseWholeNameItIsFormedFrom() {
        Map<String, String> formedFrom = Map.of("Chinese", "China", "Chilean", "Chile", "Indonesian", "Indonesia", "Indian", "India",
                "Iranian", "Iran", "Iraqi", "Iraq", "Nigerian", "Nigeria", "Nigerien", "Niger", "Spanish", "Spain", "Canadian", "Canada");
        List<String> named = List.of("Chile", "China", "India", "Indonesia", "Iran", "Iraq", "Niger", "Nigeria", "Spain", "Canada",
                "Australia", "Austria");
        formedFrom.forEach((adjective, country) -> {
            for (List<String> countries : List.of(named, named.reversed())) {
                assertEquals(java.util.Optional.of(country), CountryTitles.countryOf(adjective, countries), adjective);
            }
        });
        for (List<String> unrelated : List.of(List.of("Chinese", "Chile"), List.of("Chilean", "China"), List.of("Indonesian", "India"),
                List.of("Iranian", "Iraq"), List.of("Iraqi", "Iran"), List.of("Nigerien", "Nigeria"), List.of("Austrian", "Australia"))) {
            assertFalse(CountryTitles.adjectiveOf(unrelated.get(0), unrelated.get(1)), unrelated.toString());
        }
    }

    @Test
    void aPostNamesItsOrganisationWithTheArticleItsCommonNounTakes() {
        Map<String, String> written = Map.of("Bureau of Coastal Affairs", "the Bureau of Coastal Affairs",
                "Freedonia Air Force", "the Freedonia Air Force", "Harlow Geological Survey", "the Harlow Geological Survey",
                "Harlow University", "Harlow University", "Vantor Systems", "Vantor Systems");
        written.forEach((name, inPost) -> assertEquals(inPost, OrganisationsInTitles.withArticle(name), name));
    }

    @Test
    void theInitialsOfANameLeaveOutItsSmallWordsAndKeepACountrysInitials() {
        assertEquals("USGS", MentionFinder.initials("U.S. Geological Survey"));
        assertEquals("NIJ", MentionFinder.initials("National Institute of Justice"));
        assertEquals("CERDEC", MentionFinder.initials("Communications-Electronics Research, Development and Engineering Center"));
    }

    @Test
    void anAcronymMayBeMadeOfTheFirstLettersOfEachWordOfAName() {
        assertTrue(AcronymsOfWordParts.abbreviates("HARCOM", "Harlow Command"));
        assertTrue(AcronymsOfWordParts.abbreviates("USHARCOM", "U.S. Harlow Command"));
        assertTrue(AcronymsOfWordParts.abbreviates("HARCOM", "U.S. Harlow Command"));
        assertFalse(AcronymsOfWordParts.abbreviates("HC", "Harlow Command"), "plain initials are read elsewhere");
        assertFalse(AcronymsOfWordParts.abbreviates("HARCOM", "Harlow Coastal Command"), "every word gives a letter");
        assertFalse(AcronymsOfWordParts.abbreviates("HARC", "Harlow Command"), "the head noun is clipped, not cut to its initial");
    }

    @Test
    void aNameInAHeadlineEndsBeforeTheWordTheLayerReadsAsAVerb() {
        String headline = "Harlow Agency Administrator Jane Doe Renews Agreement With Brenner";
        int verb = headline.indexOf("Renews");
        List<AnnotatedSentences.Word> words = List.of(new AnnotatedSentences.Word(5, verb, verb + 6, "Renews", "renew", "VBZ"));
        List<String> people = new PeopleRecognizer(KnownData.gazetteer()).find(headline, List.of(), List.of(), java.util.Set.of(), words, java.util.Set.of(), java.util.Set.of()).stream()
                .filter(m -> m instanceof Mention.Entity).map(Mention::text).toList();
        assertEquals(List.of("Jane Doe"), people);
    }

    @Test
    void aMiddleInitialWrittenLikeTheArticleIsPartOfAName() {
        Extraction e = KnownData.extract("\"We are ready,\" said Dale A. Moss, director of research at Northfield University.", "2031-03-07");
        assertTrue(e.mentions().stream().flatMap(List::stream).anyMatch(m -> m instanceof Mention.Entity && m.text().equals("Dale A. Moss")),
                e.mentions().toString());
    }

    @Test
    void aNewNationalSurveyIsAGovernmentBodyWhosePostsKeepItsCountrysInitials() {
        Set<String> found = shortly("U.K. Coastal Survey Director Jane Moss said the work would start in May.");
        assertTrue(found.contains("person/jane-moss holdsPost post/director-of-the-uk-coastal-survey"), found.toString());
        assertTrue(found.contains("org/uk-coastal-survey type https://w3id.org/pactgraph/ontology#GovernmentBody"), found.toString());
    }

    @Test
    void aPostIsInTheNameDefinedBeforeItsAcronymNotInABylineThatRunsAnAuthorIntoIt() {
        Set<String> found = shortly("Harlow visit\n\nBy Jane Moss Harlow Coastal Survey Institute\n\nThe Harlow Coastal Survey Institute (HCSI)"
                + " hosted a visit from Northfield University on May 4, 2031.\n\n\"We are ready,\" said Raj Patel, HCSI director.");
        assertTrue(found.contains("person/raj-patel holdsPost post/director-of-the-harlow-coastal-survey-institute"), found.toString());
    }

    @Test
    void aTitleAfterItsOrganisationNamesThePersonSetApartByCommas() {
        Set<String> found = shortly("On May 4, 2031, the Harlow Science Agency Director, Jane P. Moss, and Raj Patel signed it.");
        assertTrue(found.contains("person/jane-p-moss holdsPost post/director-of-the-harlow-science-agency"), found.toString());
    }

    @Test
    void anOfficeNamedAfterATitleIsNotCutToItsSmallWords() {
        String text = "the Office of the Assistant Secretary";
        assertEquals(null, NameRecognizer.trim(text, 0, text.length()));
        String agency = "the Harlow Science Agency Director";
        int[] kept = NameRecognizer.trim(agency, 0, agency.length());
        assertEquals("Harlow Science Agency", agency.substring(kept[0], kept[1]));
    }

    @Test
    void twoNamesRunTogetherAreTwoWhenTheFirstHasAHeadNounOfItsOwn() {
        String text = "between The Coastal Safety Administration Department of Harbours and The National Bureau of Tides Department of Fisheries Whereas";
        assertEquals(List.of("Coastal Safety Administration", "Department of Harbours"), names(text, "Coastal Safety Administration Department of Harbours"));
        assertEquals(List.of("National Bureau of Tides", "Department of Fisheries"), names(text, "National Bureau of Tides Department of Fisheries Whereas"));
        String city = "the Harlow City Department of Education";
        assertEquals(List.of("Harlow City Department of Education"), names(city, "Harlow City Department of Education"));
    }

    @Test
    void aHeadlinesVerbEndsTheNameBeforeIt() {
        String headline = "Harlow Tides Agency, Bay Bureau of Shipping Sign Research Agreement";
        assertEquals(List.of("Bay Bureau of Shipping"), names(headline, "Bay Bureau of Shipping Sign Research Agreement"));
        assertTrue(shapedNames(headline).contains("Bureau of Shipping " + Pact.GovernmentBody.getURI()), shapedNames(headline).toString());
        assertEquals(List.of("Harlow Tides Agency"), names("Harlow Tides Agency Signs Memorandum with Brenner University", "Harlow Tides Agency Signs Memorandum"));
    }

    private static List<String> names(String text, String layerName) {
        int begin = text.indexOf(layerName);
        return NameRecognizer.backToBack(text, begin, begin + layerName.length()).stream().map(p -> text.substring(p[0], p[1])).toList();
    }

    @Test
    void aNameWhoseFieldsAreAListIsOneThoughTheLayerCutsItAtTheComma() {
        String text = "Jane Doe leads the Harlow Tides Research, Survey and Mapping Command and the Bay Authority, Harbour and Dock Office.";
        List<AnnotatedSentences.Named> named = List.of(new AnnotatedSentences.Named(19, 40, "Harlow Tides Research", "ORGANIZATION"),
                new AnnotatedSentences.Named(42, 68, "Survey and Mapping Command", "ORGANIZATION"),
                new AnnotatedSentences.Named(77, 90, "Bay Authority", "ORGANIZATION"),
                new AnnotatedSentences.Named(92, 115, "Harbour and Dock Office", "ORGANIZATION"));
        List<String> names = NameRecognizer.joinedAtTheirFields(text, named).stream().map(AnnotatedSentences.Named::text).toList();
        assertEquals(List.of("Harlow Tides Research, Survey and Mapping Command", "Bay Authority", "Harbour and Dock Office"), names);
    }

    @Test
    void capitalisedWordsBetweenANameAndItsTitleEndTheName() {
        String text = "The Harlow Office of Tides and Currents Policy Director, Jane Doe, and the Bay Board of Ports Acting Chair spoke.";
        List<AnnotatedSentences.Named> named = List.of(new AnnotatedSentences.Named(4, 39, "Harlow Office of Tides and Currents", "ORGANIZATION"),
                new AnnotatedSentences.Named(47, 55, "Director", "TITLE"),
                new AnnotatedSentences.Named(75, 93, "Bay Board of Ports", "ORGANIZATION"),
                new AnnotatedSentences.Named(101, 106, "Chair", "TITLE"));
        List<String> names = NameRecognizer.joinedAtTheirFields(text, named).stream().filter(n -> n.type().equals("ORGANIZATION"))
                .map(AnnotatedSentences.Named::text).toList();
        assertEquals(List.of("Harlow Office of Tides and Currents Policy", "Bay Board of Ports"), names);
    }

    @Test
    void aUnitOfAPublicBodyOrARegulatorNamedByItsNounAtTheEndIsAGovernmentBody() {
        for (String name : List.of("Coastal Innovation Unit", "Harbour Technology Transfer Division", "Tidewater Islands Monetary Authority",
                "Freedonia Census Bureau", "Tidal Science Development Branch")) {
            assertTrue(NameRecognizer.isGovernmentBody(name), name);
        }
        assertFalse(NameRecognizer.isGovernmentBody("Harlow Chemistry Department"), "a department may be a university's");
        Gazetteer.Match found = namedByTheLayer("The Harbour Technology Transfer Division signed with the port.", "Harbour Technology Transfer Division");
        assertEquals(Pact.GovernmentBody.getURI(), found.entries().get(0).type(), found.toString());
    }

    @Test
    void aDatelinesStateAndDashTheLayerReadsIntoANameAreNoPartOfIt() {
        String text = "Accord Signed (Harlow, VA) - Tidal Safety Administration chief Al Roe signed.";
        Gazetteer.Match found = namedByTheLayer(text, "VA) - Tidal Safety Administration");
        assertEquals("Tidal Safety Administration", text.substring(found.begin(), found.end()));
        String degree = "Talks by Jane Roe, MS Harlow Tide Office staff.";
        int at = degree.indexOf("MS");
        assertEquals(at, NameRecognizer.afterADatelinesState(degree, at, degree.indexOf(" staff")), "no dash after the initials: left alone");
    }

    @Test
    void aListOfNamesTheLayerReadAsOneIsSplitOnlyWhereEachItemIsAName() {
        assertEquals(List.of("University of Harlow", "University of Brightwater"), listed("University of Harlow and University of Brightwater"));
        assertEquals(List.of("Tide Planning and Research Institute", "Research Institute of Harbours"),
                listed("Tide Planning and Research Institute, Research Institute of Harbours"));
        for (String whole : List.of("Department of Tides and Coastal Services", "National Archives and Records Administration",
                "Ministry of Land, Harbours and Tides", "Freedonian Fish and Wildlife Service",
                "Freedonian Department of Tides and Coastal Services Harbour Health Service")) {
            assertEquals(List.of(whole), listed(whole));
        }
    }

    private static List<String> listed(String name) {
        return NameRecognizer.listed(name, 0, name.length()).stream().map(p -> name.substring(p[0], p[1])).toList();
    }

    @Test
    void aBodyNamedForAnArmedServiceIsAGovernmentBody() {
        for (String name : List.of("Army Research Laboratory", "U.S. Army Tides Command", "Naval Surface Center")) {
            assertTrue(NameRecognizer.isGovernmentBody(name), name);
        }
    }

    @Test
    void commandsDirectoratesArchivesEmbassiesAndAgenciesForAFieldAreGovernmentBodies() {
        for (String name : List.of("Freedonian Northern Command", "Harlow Tidal Energy Directorate", "National Archives of Freedonia",
                "Freedonian Embassy in Harlow", "Agency for Coastal Health Research", "Royal Harlow Army Medical Department")) {
            assertTrue(NameRecognizer.isGovernmentBody(name), name);
        }
    }

    @Test
    void aHeadingRunIntoTheLineUnderItEndsItsNameBeforeTheArticle() {
        String text = "About the Office of Tides The Office of Tides is small.";
        List<int[]> parts = NameRecognizer.backToBack(text, 10, 45);
        assertEquals("Office of Tides", text.substring(parts.get(0)[0], parts.get(0)[1]));
    }

    @Test
    void aDirectorateGeneralIsNoTitleThatEndsAName() {
        String name = "Harbour Commission Directorate General for Fisheries and Ports";
        int[] span = NameRecognizer.trim(name, 0, name.length());
        assertEquals(name, name.substring(span[0], span[1]));
        String titled = "Harbour Commission Director General Jane Doe";
        int[] cut = NameRecognizer.trim(titled, 0, titled.length());
        assertEquals("Harbour Commission", titled.substring(cut[0], cut[1]));
    }

    @Test
    void aTitleAfterANameRunsToTheEndOfItsOrganisationThoughItsNameHasInitials() {
        Set<String> found = shortly("\"We are ready,\" said Jane Moss, director of the U.S. Harlow Coastal Survey, on Monday.");
        assertTrue(found.contains("person/jane-moss holdsPost post/director-of-the-us-harlow-coastal-survey"), found.toString());
        assertTrue(found.contains("post/director-of-the-us-harlow-coastal-survey postIn org/us-harlow-coastal-survey"), found.toString());
    }

    @Test
    void aPostInAGovernmentBodyIsGivenNoKindOfOfficeWhileAUniversityPresidentIs() {
        Gazetteer g = KnownData.gazetteer();
        Gazetteer.Entry ministry = g.newEntry("https://w3id.org/pactgraph/id/org/harlow-ministry", "Harlow Ministry", Pact.GovernmentBody.getURI());
        Gazetteer.Entry university = g.newEntry("https://w3id.org/pactgraph/id/org/harlow-university", "Harlow University", Pact.University.getURI());
        assertEquals(Optional.empty(), OfficeKinds.of("Minister", ministry));
        assertEquals(Optional.empty(), OfficeKinds.of("Prime Minister", ministry));
        assertEquals(Optional.of("https://w3id.org/pactgraph/id/office/university-president"), OfficeKinds.of("President", university));
    }

    @Test
    void aTitleOfAnOrganisationWhoseNameGoesOnBeyondAKnownOneIsNoPostInTheKnownOne() {
        Set<String> found = shortly("Harlow University and Birch Agency sign an agreement."
                + " \"We are ready,\" said Jane Moss, director of the Harlow Tidal Works.");
        assertTrue(found.stream().noneMatch(t -> t.contains("postIn org/harlow-university")), found.toString());
    }

    @Test
    void anOrganisationAfterATitledNameAndAtIsWhereThePersonWasNotThePostsOrganisation() {
        Set<String> found = shortly("\"We are ready,\" said Secretary Jane Moss at Harlow University on Monday.");
        assertTrue(found.stream().noneMatch(t -> t.contains("holdsPost")), found.toString());
    }

    @Test
    void aPostInABodyNamedByACommonNounTakesTheArticle() {
        Set<String> found = shortly("Harlow Coastal Association Director Jane Moss said the work would start in May.");
        assertTrue(found.contains("person/jane-moss holdsPost post/director-of-the-harlow-coastal-association"), found.toString());
    }

    @Test
    void aSpokesmanIsAPostOfTheOrganisationBeforeTheTitle() {
        Set<String> found = shortly("Harlow Coastal Association Spokesman Jane Moss said the work would start in May.");
        assertTrue(found.contains("person/jane-moss holdsPost post/spokesman-of-the-harlow-coastal-association"), found.toString());
    }

    @Test
    void aTitleAfterAnOrganisationsPossessiveIsAPostThere() {
        Set<String> found = shortly("Harlow Coastal Association's Executive Director Jane Moss said the work would start in May.");
        assertTrue(found.contains("person/jane-moss holdsPost post/executive-director-of-the-harlow-coastal-association"), found.toString());
    }

    @Test
    void aTitleAfterTheUnlinkedPossessiveOfAnAcronymIsNoPost() {
        Set<String> found = shortly("HCAX's Executive Director Jane Moss said the work would start in May.");
        assertTrue(found.stream().noneMatch(t -> t.contains("holdsPost")), found.toString());
    }

    @Test
    void aHeadWhoIsAlsoChiefExecutiveHoldsOnePostUnderBothTitles() {
        Set<String> found = shortly("\"We are ready,\" said Jane Moss, Chairman and CEO of the Harlow Coastal Association.");
        assertTrue(found.contains("person/jane-moss holdsPost post/chairman-and-ceo-of-the-harlow-coastal-association"), found.toString());
    }

    /** The statements extracted from a text dated 2031-03-07, written short. */
    private static Set<String> shortly(String text) {
        return KnownData.shortly(KnownData.extract(text, "2031-03-07").triples());
    }
}
