package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the rules find with CoreNLP's annotations that they miss alone (the cache is the tests'). */
@Tag("corenlp")
class LinguisticLayerTest {
    static Set<String> triples(Extractor extractor, String text, Optional<String> published) {
        Document doc = new Document("test-document", "test-document.md", text, published.map(java.time.LocalDate::parse));
        return extractor.extract(doc).triples().stream().map(Object::toString).collect(Collectors.toSet());
    }

    /** True when a statement has the subject (part of its IRI), the predicate's local name and an object ending so. */
    static boolean has(Set<String> triples, String subject, String predicate, String objectEnd) {
        return triples.stream().anyMatch(t -> t.contains(subject) && t.contains("ontology#" + predicate) && t.endsWith(objectEnd));
    }

    private static boolean partners(Set<String> triples, String slug) {
        return triples.stream().anyMatch(t -> t.contains("ontology#partner") && t.endsWith("/org/" + slug));
    }

    @Test
    void partnersSeparatedFromTheirVerbByAPlaceAreFoundThroughTheParse() {
        String text = "Harlow University and the Brenner Institute of Technology in Tucson, Arizona, have signed a research agreement"
                + " to advance collaborations in battery chemistry.";
        Set<String> withParse = triples(KnownData.extractor(), text, Optional.of("2025-03-02"));
        assertTrue(partners(withParse, "harlow-university") && partners(withParse, "brenner-institute-of-technology"), withParse.toString());
        Set<String> rulesAlone = triples(new Extractor(KnownData.gazetteer()), text, Optional.of("2025-03-02"));
        assertFalse(partners(rulesAlone, "harlow-university"), rulesAlone.toString());
    }

    @Test
    void anOrganisationWithoutATellingNameIsFoundByNamedEntityRecognition() {
        String text = "Harlow University and RIKEN will partner on quantum sensing.";
        Set<String> withParse = triples(KnownData.extractor(), text, Optional.of("2025-03-02"));
        assertTrue(partners(withParse, "riken"), withParse.toString());
        assertFalse(partners(triples(new Extractor(KnownData.gazetteer()), text, Optional.of("2025-03-02")), "riken"));
    }

    @Test
    void aNameWithAndInsideIsKeptWholeWhereTheLayerSeesOneName() {
        String text = "Harlow University and the Ministry of Electronics and Information Technology will partner on chip design.";
        Set<String> withParse = triples(KnownData.extractor(), text, Optional.of("2025-03-02"));
        assertTrue(partners(withParse, "ministry-of-electronics-and-information-technology"), withParse.toString());
        assertFalse(partners(withParse, "ministry-of-electronics"), withParse.toString());
    }

    @Test
    void aNameTheLayerCarriesOnPastOfIsKeptWholeNotCutAtItsHeadNoun() {
        namesWhole("Harlow University will partner with the International Association of Tide Keepers on coastal sensing.",
                "international-association-of-tide-keepers", "international-association");
    }

    @Test
    void aBodysNameCutAtItsAndAfterItsCountrysAdjectiveIsReadWhole() {
        namesWhole("Harlow University and the German Patent and Trademark Office signed a memorandum of understanding on patents.",
                "german-patent-and-trademark-office", "trademark-office");
    }

    @Test
    void aMinistryAfterItsNationalityIsNamedWithIt() {
        namesWhole("Harlow University and the Japanese Ministry of Tides signed a memorandum of understanding on coastal sensing.",
                "japanese-ministry-of-tides", "ministry-of-tides");
    }

    /** Checks that the text, read with the parse, names the organisation of the slug {@code whole} and none of the slug {@code cut}. */
    private static void namesWhole(String text, String whole, String cut) {
        Set<String> withParse = triples(KnownData.extractor(), text, Optional.of("2025-03-02"));
        assertTrue(withParse.stream().anyMatch(t -> t.contains("/org/" + whole + " ")), withParse.toString());
        assertTrue(withParse.stream().noneMatch(t -> t.contains("/org/" + cut + " ")), withParse.toString());
    }

    @Test
    void anUndatedDocumentsPartnershipTakesTheYearOfItsFirstDate() {
        String text = "On Tuesday, Sept. 26, 2023, Harlow University and the Brenner Institute of Technology signed a memorandum of understanding.";
        Set<String> found = triples(KnownData.extractor(), text, Optional.empty());
        assertTrue(found.stream().anyMatch(t -> t.contains("partnership/brenner-institute-of-technology-harlow-university-2023")), found.toString());
    }

    @Test
    void aCountryUsedAsAnAdjectiveIsNotWhereASigningTookPlace() {
        String text = "On Sept. 26, 2023, Harlow University and the Brenner Institute of Technology signed an agreement at a ceremony"
                + " to encourage collaboration between U.S. and French research communities.";
        Set<String> found = triples(KnownData.extractor(), text, Optional.empty());
        assertTrue(found.stream().anyMatch(t -> t.contains("signing-ceremony-2023-09-26")), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.contains("ontology#place")), found.toString());
    }

    @Test
    void officialsWhoSignAnAgreementMakeTheirOrganisationsPartnersAndAreItsSignatories() {
        String text = "In a meeting Tuesday in Toronto, Harlow Space Agency Administrator Jane Moss and Raj Patel, chairman of the"
                + " Brenner Space Research Organisation, signed two documents to launch a joint satellite mission.";
        Set<String> found = triples(KnownData.extractor(), text, Optional.of("2014-09-30"));
        String p = "partnership/brenner-space-research-organisation-harlow-space-agency-2014";
        assertTrue(has(found, p, "signedBy", "person/jane-moss") && has(found, p, "signedBy", "person/raj-patel"), found.toString());
        assertTrue(has(found, p, "signedAt", "signing-ceremony-2014-09-30-toronto"), found.toString());
        Set<String> rulesAlone = triples(new Extractor(KnownData.gazetteer()), text, Optional.of("2014-09-30"));
        assertTrue(rulesAlone.stream().noneMatch(t -> t.contains("ontology#partner")), rulesAlone.toString());
    }

    @Test
    void aCountryNamedAfterTheAgencyThatSignsIsNotWhereItSigned() {
        String text = "Harlow Space Agency Administrator Jane Moss Thursday signed two cooperative science agreements with the"
                + " Brenner Space Research Organisation, the agency's counterpart in Brazil.";
        Set<String> found = triples(KnownData.extractor(), text, Optional.of("2011-10-27"));
        assertTrue(partners(found, "brenner-space-research-organisation") && partners(found, "harlow-space-agency"), found.toString());
        assertTrue(has(found, "partnership/", "signedAt", "event/signing-ceremony-2011-10-27"), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.contains("place/brazil")), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.contains("ontology#dayOfWeek")), "a weekday alone only dates the signing: " + found);
    }

    @Test
    void aNamedMeetingOnADayIsAnEventWithItsCityAndTheOneWhoCoChairedIt() {
        String text = "Dr. Jane Moss co-chaired the 11th Joint Committee Meeting (JCM) on science and technology in Seoul on May 19, 2031.";
        Set<String> found = triples(KnownData.extractor(), text, Optional.of("2031-05-20"));
        String event = "event/joint-committee-meeting-on-science-and-technology-2031-05-19";
        assertTrue(has(found, event, "attendedBy", "person/jane-moss"), found.toString());
        assertTrue(has(found, event, "place", "place/seoul"), found.toString());
        assertTrue(found.stream().anyMatch(t -> t.contains(event) && t.contains("11th Joint Committee Meeting on science and technology")), found.toString());
        Set<String> undated = triples(KnownData.extractor(), "The Joint Committee Meeting on science and technology is held in Seoul.", Optional.empty());
        assertTrue(undated.stream().noneMatch(t -> t.contains("event/")), "a meeting without a day is no event: " + undated);
    }

    @Test
    void aPostOfACountrysGovernmentWrittenWithThePossessiveIsInThatGovernment() {
        String text = "France's Minister of Higher Education and Research Claire Dubois visited Harlow University.";
        Set<String> found = triples(KnownData.extractor(), text, Optional.of("2010-06-25"));
        String post = "post/minister-of-higher-education-and-research-of-france";
        assertTrue(has(found, "person/claire-dubois", "holdsPost", post), found.toString());
        assertTrue(has(found, post, "postIn", "org/government-of-france"), found.toString());
    }

    @Test
    void aPostInAnOrganisationNamedByItsAcronymTakesTheOrganisationsName() {
        assertEquals("the Harlow Science Foundation", OrganisationsInTitles.withArticle("U.S. Harlow Science Foundation"));
        assertEquals("Harlow University", OrganisationsInTitles.withArticle("Harlow University"));
        assertEquals("the University of Brenner", OrganisationsInTitles.withArticle("University of Brenner"));
    }
}
