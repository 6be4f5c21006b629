package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pactgraph.extract.LinguisticLayerTest.has;
import static org.pactgraph.extract.LinguisticLayerTest.triples;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** People's posts and organisations' names as the rules read them from CoreNLP's entities. */
@Tag("corenlp")
class NamesAndPostsFromTheParseTest {
    private static Set<String> extract(String text) {
        return triples(KnownData.extractor(), text, Optional.of("2031-03-05"));
    }

    @Test
    void aTitleAfterACountrysAdjectiveIsAPostInThatCountrysGovernment() {
        Set<String> found = extract("Canadian Prime Minister Jane Moss met Harlow University leaders on Monday. Canada and Harlow University will cooperate.");
        assertTrue(has(found, "person/jane-moss", "holdsPost", "post/prime-minister-of-canada"), found.toString());
        assertTrue(has(found, "post/prime-minister-of-canada", "postIn", "org/government-of-canada"), found.toString());
    }

    @Test
    void twoTitlesJoinedByAndBeforeOneNameAreTwoPosts() {
        Set<String> found = extract("Spanish First Deputy Prime Minister and Interior Minister Raj Patel met Harlow University leaders."
                + " Spain and Harlow University will cooperate.");
        assertTrue(has(found, "person/raj-patel", "holdsPost", "post/first-deputy-prime-minister-of-spain"), found.toString());
        assertTrue(has(found, "person/raj-patel", "holdsPost", "post/interior-minister-of-spain"), found.toString());
    }

    @Test
    void anAmbassadorToACountryIsTheAmbassadorOfHisOwn() {
        Set<String> found = extract("Israeli Ambassador to the United States Raj Patel visited Harlow University. Israel and Harlow University will cooperate.");
        assertTrue(has(found, "person/raj-patel", "holdsPost", "post/ambassador-of-israel-to-the-united-states"), found.toString());
    }

    @Test
    void anAdjectiveOfNoCountryTheTextNamesGivesNoPost() {
        Set<String> found = extract("Canadian Prime Minister Jane Moss met Harlow University leaders on Monday.");
        assertTrue(found.stream().noneMatch(t -> t.contains("government-of-canada")), found.toString());
    }

    @Test
    void anAcronymUsedBeforeTheNameWhoseInitialsItIsStandsForThatOrganisation() {
        Set<String> found = extract("HCWA Director Jane Moss signed the agreement with Harlow University on Monday."
                + " The Harlow Coastal Water Agency will fund the work.");
        assertTrue(has(found, "person/jane-moss", "holdsPost", "post/director-of-the-harlow-coastal-water-agency"), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.contains("org/hcwa")), found.toString());
    }

    @Test
    void anAcronymInBracketsTellsWhereTheNameBeforeItStarts() {
        Set<String> found = extract("The Canadian Coastal Safety Commission (CCSC) and Harlow University signed an agreement on Monday."
                + " CCSC Executive Vice President Jane Moss welcomed it.");
        assertTrue(has(found, "person/jane-moss", "holdsPost", "post/executive-vice-president-of-the-canadian-coastal-safety-commission"), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.contains("org/coastal-safety-commission")), found.toString());
    }

    @Test
    void anAcronymTheTextDefinesInBracketsLaterStandsForTheOrganisationInTheHeadlineToo() {
        Set<String> found = extract("HCWA Director Jane Moss Opens Office\n\nThe U.S. Harlow Coastal Water Agency (HCWA) and Harlow University"
                + " signed an agreement on Monday.");
        assertTrue(has(found, "person/jane-moss", "holdsPost", "post/director-of-the-us-harlow-coastal-water-agency"), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.contains("org/hcwa")), found.toString());
    }

    private static boolean person(Set<String> found, String slug) {
        return found.contains("https://w3id.org/pactgraph/id/person/" + slug + " rdf:type https://w3id.org/pactgraph/ontology#Person");
    }

    @Test
    void aNameTheLayerReadsAsAPersonsAfterAnHonorificIsAPerson() {
        Set<String> found = extract("The ministers were joined by the head of the Harlow Coastal Agency, Dr. Maria von Alten; the talks went on.");
        assertTrue(person(found, "maria-von-alten"), found.toString());
    }

    @Test
    void aNameWithAnAppositionBeforeAVerbOfSayingIsTheSpeakers() {
        Set<String> found = extract("Maria Okafor, chief of the Harlow Coastal Agency's research office, said the work would go on for years.");
        assertTrue(person(found, "maria-okafor"), found.toString());
    }

    @Test
    void aNameJoinedByAndToAPersonTheRulesFoundIsAPerson() {
        Set<String> found = extract("The directors of the two laboratories, Dr. Thomas Ridley and Maria Okafor, respectively, presented briefings.");
        assertTrue(person(found, "thomas-ridley") && person(found, "maria-okafor"), found.toString());
    }

    @Test
    void aFullNameWhoseSurnameSpeaksAloneElsewhereIsThatSpeakers() {
        Set<String> found = extract("Maria Okafor received treatment at the Harlow clinic in 2030. The care was excellent, says Okafor, now 70.");
        assertTrue(person(found, "maria-okafor"), found.toString());
        Set<String> unspoken = extract("Maria Okafor received treatment at the Harlow clinic in 2030. The care was excellent.");
        assertTrue(!person(unspoken, "maria-okafor"), unspoken.toString());
    }

    @Test
    void aSurnameSpokenAfterTheSpeakersTitleOrHonorificIsThatSpeakers() {
        Set<String> titled = extract("The treaty was signed by Maria Okafor and the Harlow delegation. \"The care was excellent,\" said Under Secretary Okafor.");
        assertTrue(person(titled, "maria-okafor"), titled.toString());
        Set<String> honoured = extract("The treaty was signed by Maria Okafor and the Harlow delegation. \"The care was excellent,\" said Dr. Okafor.");
        assertTrue(person(honoured, "maria-okafor"), honoured.toString());
    }

    @Test
    void aBodyNamedForThePresidentsOfficeKeepsThePossessiveAndIsTheGovernments() {
        Set<String> found = extract("Jane Moss, Chairman of the President's Council on Coastal Quality, said the work would go on.");
        assertTrue(found.contains("https://w3id.org/pactgraph/id/post/chairman-of-the-presidents-council-on-coastal-quality"
                + " https://w3id.org/pactgraph/ontology#postIn https://w3id.org/pactgraph/id/org/presidents-council-on-coastal-quality"), found.toString());
        assertTrue(found.contains("https://w3id.org/pactgraph/id/org/presidents-council-on-coastal-quality rdf:type https://w3id.org/pactgraph/ontology#GovernmentBody"),
                found.toString());
    }

    @Test
    void aSurnameTheDocumentGaveOnePersonEndsAnotherPersonsNameWithAnotherGivenName() {
        Set<String> found = extract("Governor Jack Harlan welcomed the delegation to Rosmouth. Harlan thanked Dr. Jill Harlan for the dinner.");
        assertTrue(person(found, "jack-harlan") && person(found, "jill-harlan"), found.toString());
    }

    @Test
    void aNameSetOffByCommasAfterATitlesPhraseAndBeforeTheVerbIsAPerson() {
        Set<String> found = extract("The Minister of Fisheries for the Republic of Freedonia, Tomas Varga, signed the agreement with Harlow University.");
        assertTrue(person(found, "tomas-varga"), found.toString());
    }

    @Test
    void aSecretaryStaysInTheDepartmentItsTitleNamesWhenTheDocumentNamesThatDepartmentMoreFully() {
        // The post is named by its title alone: two documents that write it alike must put it in one organisation.
        Set<String> found = extract("The Freedonian Department of the Tidewater signed a memorandum with Harlow University on Monday."
                + " \"We are ready,\" Secretary of the Tidewater Ana Lind said.");
        assertTrue(has(found, "post/secretary-of-the-tidewater", "postIn", "org/department-of-the-tidewater"), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.startsWith("post/secretary-of-the-tidewater postIn org/freedonian")), found.toString());
    }

    @Test
    void aQuotationMentionsAPartnerByTheNameTheTextGaveItOutsideTheQuotes() {
        Set<String> found = extract("HSA Administrator Jane Moss and Borea University signed an agreement on Monday to study comets."
                + " \"Borea's scientists are excellent partners for HSA,\" Moss said.");
        assertTrue(has(found, "statement/test-document-1", "mentions", "org/hsa"), found.toString());
    }

    @Test
    void aNationalBodyTheLayerNamesWithItsCountrysInitialsKeepsThem() {
        Set<String> found = extract("Harlow Tides Bureau Opens Laboratory\n\nThe Center for Coastal Studies at the U.S. Harlow Tides Bureau and Harlow University"
                + " signed an agreement on Monday. \"We are ready,\" said Harlow Tides Bureau Director Jane Moss.");
        assertTrue(found.stream().anyMatch(t -> t.contains("org/us-harlow-tides-bureau")), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.contains("org/harlow-tides-bureau ")), found.toString());
    }

    @Test
    void aTitleTheLayerTagsAfterANameIsAPostInTheCountryItsOfPhraseNames() {
        Set<String> found = extract("\u201cWe will share the audits,\u201d said Jane Moss, Comptroller General of the United States, on Monday.");
        assertTrue(has(found, "person/jane-moss", "holdsPost", "post/comptroller-general-of-the-united-states"), found.toString());
    }

    @Test
    void aTitleTheLayerTagsAfterANameAndAnOrganisationIsAPostInThatOrganisation() {
        Set<String> found = extract("\u201cThe clinics open in May,\u201d said Raj Patel, Harlow Coastal Agency Surgeon General.");
        assertTrue(has(found, "person/raj-patel", "holdsPost", "post/surgeon-general-of-the-harlow-coastal-agency"), found.toString());
    }

    @Test
    void aRoleInLowerCaseAfterANameIsNoPostThoughTheLayerTagsIt() {
        Set<String> found = extract("\u201cWe will share the audits,\u201d said Jane Moss, researcher at the Harlow Coastal Agency, on Monday.");
        assertTrue(found.stream().noneMatch(t -> t.contains("post/researcher")), found.toString());
    }
}
