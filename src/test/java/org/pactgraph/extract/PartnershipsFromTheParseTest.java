package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Who partners with whom, read from CoreNLP's dependency parse and named entities rather than from set phrasings. */
@Tag("corenlp")
class PartnershipsFromTheParseTest {
    private static Set<String> shortly(Set<Triple> triples) {
        return KnownData.shortly(triples);
    }

    private static Extraction extract(String text) {
        return KnownData.extractor().extract(KnownData.document(text, "2031-03-07"));
    }

    private static Set<String> asserted(String text) {
        return shortly(extract(text).triples());
    }

    private static void assertPartners(Set<String> facts, String partnership, String... partners) {
        for (String partner : partners) {
            assertTrue(facts.contains("partnership/" + partnership + " partner org/" + partner), partnership + " partner " + partner + " in " + facts);
        }
    }

    /** The text makes partners of the Harlow Institute of Marine Science and Brenner University. */
    private static void assertTheInstituteAndTheUniversityPartners(String text) {
        assertPartners(asserted(text), "brenner-university-harlow-institute-of-marine-science-2031",
                "harlow-institute-of-marine-science", "brenner-university");
    }

    private static void assertNoPartnership(String text) {
        Set<String> f = asserted(text);
        assertFalse(f.stream().anyMatch(t -> t.startsWith("partnership/")), f.toString());
    }

    /** The text makes partners of the governments of Portugal and the United States. */
    private static void assertTheTwoGovernmentsPartners(String text) {
        assertPartners(asserted(text), "government-of-portugal-government-of-the-united-states-2031", "government-of-portugal", "government-of-the-united-states");
    }

    /** The text gives no partnership, and one of the two governments only as a candidate for review. */
    private static void assertOnlyACandidateOfTheTwoGovernments(String text) {
        Extraction e = extract(text);
        assertFalse(shortly(e.triples()).stream().anyMatch(t -> t.startsWith("partnership/")), shortly(e.triples()).toString());
        assertTrue(shortly(e.candidateTriples()).stream().anyMatch(t -> t.startsWith("partnership/government-of-portugal-government-of-the-united-states")),
                shortly(e.candidateTriples()).toString());
    }

    @Test
    void theSubjectOfCollaboratePartnersWithWhatItCollaboratesWith() {
        assertTheInstituteAndTheUniversityPartners("The Harlow Institute of Marine Science will collaborate with Brenner University on coastal robotics.");
    }

    @Test
    void theSubjectOfCooperatingOnSomethingWithAnotherPartnersWithIt() {
        assertTheInstituteAndTheUniversityPartners("The Harlow Institute of Marine Science has cooperated on coastal robotics with Brenner University since 1980.");
    }

    @Test
    void theSubjectOfEnteringIntoAnAgreementWithAnotherPartnersWithIt() {
        assertTheInstituteAndTheUniversityPartners("The Harlow Institute of Marine Science entered into a memorandum of understanding with Brenner University.");
    }

    @Test
    void anOrganisationThatJoinedAnotherToSignAnAgreementPartnersWithIt() {
        assertTheInstituteAndTheUniversityPartners("Brenner University joined the Harlow Institute of Marine Science to sign an agreement on coastal robotics.");
    }

    @Test
    void organisationsByWhichAnAgreementWasSignedArePartners() {
        assertTheInstituteAndTheUniversityPartners("The agreement was signed by Brenner University and the Harlow Institute of Marine Science.");
    }

    @Test
    void organisationsThatLaunchSomethingJointArePartners() {
        assertTheInstituteAndTheUniversityPartners("Brenner University and the Harlow Institute of Marine Science launched a joint center for coastal robotics.");
    }

    @Test
    void aPartnershipLaunchedOnADateWithTwoListedBodiesHasAllThreePartnersAndTheLaunchYear() {
        assertPartners(asserted("On November 15, 2030, the Brenner Institute formally launched a new partnership with the Harlow Organisation "
                        + "for Scientific Research and the Harlow Forensics Institute."),
                "brenner-institute-harlow-forensics-institute-harlow-organisation-for-scientific-research-2030",
                "brenner-institute", "harlow-organisation-for-scientific-research", "harlow-forensics-institute");
    }

    @Test
    void organisationsThatFurtherAPartnershipArePartnersSinceTheYearTheTextGives() {
        assertPartners(asserted("Since 2027, Brenner University and the Harlow Institute of Marine Science, a research body on the coast, "
                        + "have solidified a partnership that reaches well beyond teaching."),
                "brenner-university-harlow-institute-of-marine-science-2027", "harlow-institute-of-marine-science", "brenner-university");
    }

    @Test
    void aCountryTheLayerNamesInTheBodyIsAPartyWhereItWentUntaggedAndTheNameLabelsThePartnership() {
        Set<String> f = asserted("Upgrading the U.S.-Portugal Ocean Science Partnership\n\n"
                + "The United States and Portugal met in Lisbon to review it.");
        String p = "partnership/government-of-portugal-government-of-the-united-states-2031";
        assertPartners(f, "government-of-portugal-government-of-the-united-states-2031", "government-of-portugal", "government-of-the-united-states");
        assertTrue(f.contains(p + " label U.S.-Portugal Ocean Science Partnership"), f.toString());
    }

    @Test
    void countriesNamingAnAgreementArePartiesThroughTheirGovernments() {
        assertTheTwoGovernmentsPartners("The U.S.-Portugal agreement will support ocean research.\n\nPortugal has long worked with the United States on the oceans.");
    }

    @Test
    void countriesNamingACollaborationBesideAnAgencyAreOnlyACandidateForTheAgencyMayBeTheParty() {
        assertOnlyACandidateOfTheTwoGovernments("The U.S.-Portugal collaboration is an example of the Harlow Science Foundation's commitment to ocean research.\n\n"
                + "Portugal has long worked with the United States on the oceans.");
    }

    @Test
    void anAgreementMakingOnePartyAnotherOnesPartnerMakesThemPartners() {
        assertTheInstituteAndTheUniversityPartners("The two directors signed an agreement making the Harlow Institute of Marine Science an associate partner of Brenner University.");
    }

    @Test
    void aPartyThatBecomesAPartnerOfAnotherIsItsPartner() {
        assertTheInstituteAndTheUniversityPartners("The Harlow Institute of Marine Science became a partner of Brenner University last spring.");
    }

    @Test
    void aPartnerOfNobodyNamedIsNoPartnership() {
        assertNoPartnership("The Harlow Institute of Marine Science is a valued partner in coastal robotics.");
    }

    @Test
    void countriesThatSignAnAgreementArePartnersThroughTheirGovernments() {
        assertTheTwoGovernmentsPartners("Portugal and the United States signed a memorandum of understanding on ocean research.");
    }

    @Test
    void countriesThatSignAreOnlyACandidateWhereTheDocumentNamesBodiesOfBoth() {
        assertOnlyACandidateOfTheTwoGovernments("Portugal and the United States signed a memorandum of understanding on ocean research.\n\n"
                + "The U.S. and Portugal Ocean Institutes will share their ships.");
    }

    @Test
    void countriesAloneInAHeadlineInCapitalsArePartnersThroughTheirGovernments() {
        assertTheTwoGovernmentsPartners("United States and Portugal Sign Agreement on Fisheries Science\n\nThe ministers met in Lisbon.");
    }

    @Test
    void countriesAloneWrittenBetweenArePartnersBesideTheBodiesThatMet() {
        assertTheTwoGovernmentsPartners("Organised with the Harlow Science Foundation, the meeting explored research collaborations between the United States and Portugal.");
    }

    @Test
    void twoBodiesOfUnknownKindWrittenBetweenAreOnlyACandidatePartnership() {
        Extraction e = extract("The memorandum sets a framework for cooperation between the Harlow Science Foundation and the Brenner Trust.");
        assertFalse(shortly(e.triples()).stream().anyMatch(t -> t.startsWith("partnership/")), shortly(e.triples()).toString());
        assertTrue(shortly(e.candidateTriples()).contains("partnership/brenner-trust-harlow-science-foundation-2031 partner org/brenner-trust"),
                shortly(e.candidateTriples()).toString());
    }

    @Test
    void countriesWrittenAmongArePartnersAsWhenWrittenBetween() {
        Set<String> f = asserted("The Harlow Science Foundation signed a framework for continued cooperation among the United States, Portugal and Spain.");
        assertPartners(f, "government-of-portugal-government-of-spain-government-of-the-united-states-2031",
                "government-of-portugal", "government-of-spain", "government-of-the-united-states");
    }

    @Test
    void countriesWrittenBetweenAreOnlyACandidateWhereTheDocumentNamesBodiesOfBoth() {
        assertOnlyACandidateOfTheTwoGovernments("Organised with the Harlow Science Foundation, the meeting explored research collaborations between the United States and Portugal.\n\n"
                + "The U.S. and Portugal Ocean Institutes will share their ships.");
    }

    @Test
    void aCountryThatSignsAMemorandumWithAnotherIsItsPartner() {
        assertTheTwoGovernmentsPartners("The United States signed a memorandum of understanding with Portugal on ocean research.");
    }

    @Test
    void aPartyThatActsInPartnershipWithAnotherIsItsPartner() {
        assertTheInstituteAndTheUniversityPartners("Brenner University, in partnership with the Harlow Institute of Marine Science, will open a research station.");
    }

    @Test
    void aPartyInPartnershipWithAGroupIsThePartnerOfTheMembersItIncludes() {
        Set<String> f = asserted("The Harlow Institute of Marine Science, in partnership with a consortium of institutions including "
                + "Brenner University, Calder University and Dunmore University, has opened a data laboratory.");
        assertPartners(f, "brenner-university-calder-university-dunmore-university-harlow-institute-of-marine-science-2031",
                "harlow-institute-of-marine-science", "brenner-university", "calder-university", "dunmore-university");
    }

    @Test
    void representativesOfTwoBodiesWhoSignAnAgreementMakeTheBodiesPartners() {
        assertTheInstituteAndTheUniversityPartners("In a move to advance ocean research, representatives of Brenner University and the Harlow Institute of Marine Science today signed "
                + "a memorandum of understanding on coastal robotics.");
    }

    @Test
    void theBaseADatelineNamesIsNoPartyOfTheSigning() {
        Set<String> f = asserted("KESTREL AIR FORCE BASE, Colo. - Brenner University and the Harlow Institute of Marine Science recently signed "
                + "a memorandum of understanding on coastal robotics.");
        assertPartners(f, "brenner-university-harlow-institute-of-marine-science-2031", "harlow-institute-of-marine-science", "brenner-university");
        assertFalse(f.stream().anyMatch(t -> t.contains("partner org/kestrel")), f.toString());
    }

    @Test
    void aPartyThatAnnouncesAPartnershipWithAnotherIsItsPartner() {
        assertTheInstituteAndTheUniversityPartners("The Harlow Institute of Marine Science announced a new partnership with Brenner University.");
    }

    @Test
    void aPartysCollaborationWithAnotherMakesThemPartners() {
        assertTheInstituteAndTheUniversityPartners("Brenner University's collaboration with the Harlow Institute of Marine Science began last year.");
    }

    @Test
    void organisationsThatTogetherInviteSomethingJointArePartners() {
        assertTheInstituteAndTheUniversityPartners("Brenner University and the Harlow Institute of Marine Science invite joint proposals on coastal robotics.");
    }

    @Test
    void organisationsThatTogetherDoSomethingUnsharedAreNoPartners() {
        assertNoPartnership("Brenner University and the Harlow Institute of Marine Science invite proposals on coastal robotics.");
    }

    @Test
    void partiesThatJointlyDoSomethingArePartners() {
        assertTheInstituteAndTheUniversityPartners("Brenner University and the Harlow Institute of Marine Science will jointly fund three research cruises.");
    }

    @Test
    void partiesThatWorkWithEachOtherAreOnlyACandidate() {
        Extraction e = extract("The Harlow Institute of Marine Science will work with Brenner University on a survey of the bay.");
        assertFalse(shortly(e.triples()).stream().anyMatch(t -> t.startsWith("partnership/")), shortly(e.triples()).toString());
        assertTrue(shortly(e.candidateTriples()).contains(
                "partnership/brenner-university-harlow-institute-of-marine-science-2031 partner org/brenner-university"), shortly(e.candidateTriples()).toString());
    }

    @Test
    void thePartnershipBetweenOurCountriesIsThatOfTheTwoCountriesJustNamed() {
        assertTheTwoGovernmentsPartners("The President of Portugal met the leaders of the United States in March.\n\n"
                + "Today, the partnership between our countries is stronger than it has ever been.");
    }

    @Test
    void ourCountriesAfterThreeCountriesAreNoParties() {
        assertNoPartnership("The President of Portugal met the leaders of Chile and the United States in March.\n\n"
                + "Today, the partnership between our countries is stronger than it has ever been.");
    }

    @Test
    void aJointStatementIsNoPartnership() {
        assertNoPartnership("Brenner University and the Harlow Institute of Marine Science issued a joint statement on coastal robotics.");
    }

    @Test
    void aPartnershipUnderANamedAgreementGoesByItsName() {
        Set<String> f = asserted("Brenner University and the Harlow Institute of Marine Science will collaborate under a Coastal Robotics and Ocean Sensing Agreement.");
        assertTrue(f.contains("partnership/brenner-university-harlow-institute-of-marine-science-2031 label Coastal Robotics and Ocean Sensing Agreement"), f.toString());
    }

    @Test
    void aBodyThatHasAnAgreementWithAnotherPartnersWithIt() {
        assertTheInstituteAndTheUniversityPartners("The Harlow Institute of Marine Science has an agreement with Brenner University on coastal robotics.");
    }

    @Test
    void arrangementsWithTwoBodiesAreAPartnershipWithEach() {
        Set<String> f = asserted("The Harlow Institute of Marine Science has established arrangements with Brenner University and the Calder Polytechnic Institute.");
        assertPartners(f, "brenner-university-harlow-institute-of-marine-science-2031", "harlow-institute-of-marine-science", "brenner-university");
        assertPartners(f, "calder-polytechnic-institute-harlow-institute-of-marine-science-2031", "harlow-institute-of-marine-science", "calder-polytechnic-institute");
        assertFalse(f.stream().anyMatch(t -> t.startsWith("partnership/brenner-university-calder")), f.toString());
    }

    @Test
    void itInAReportedClauseIsTheBodyThatReportsIt() {
        assertTheInstituteAndTheUniversityPartners("The Harlow Institute of Marine Science announced that it will collaborate with Brenner University on coastal robotics.");
    }

    @Test
    void cooperationBetweenTheTwoInstitutionsIsThatOfTheTwoJustNamed() {
        assertTheInstituteAndTheUniversityPartners("Brenner University hosted the Harlow Institute of Marine Science in Lisbon in May.\n\n"
                + "The memorandum will deepen cooperation between the two institutions.");
    }

    @Test
    void theTwoInstitutionsAfterThreeNamedAreNoParties() {
        assertNoPartnership("Brenner University hosted the Harlow Institute of Marine Science and the Calder Polytechnic Institute in Lisbon in May.\n\n"
                + "The memorandum will deepen cooperation between the two institutions.");
    }

    @Test
    void agreementsWithTwoBodiesBeforeTheirOwnerAreAPartnershipWithEach() {
        Set<String> f = asserted("Under its arrangements with Brenner University and the Calder Polytechnic Institute, the Harlow Institute of Marine Science will share tide data.");
        assertFalse(f.stream().anyMatch(t -> t.startsWith("partnership/brenner-university-calder")), f.toString());
    }

    @Test
    void anAgreementSoughtOrDeniedIsNoPartnership() {
        assertNoPartnership("The Harlow Institute of Marine Science is negotiating an agreement with Brenner University.");
        assertNoPartnership("The Harlow Institute of Marine Science hopes to reach an agreement with Brenner University next year.");
        assertNoPartnership("The Harlow Institute of Marine Science said it has no agreement with Brenner University.");
    }

    @Test
    void aPartnershipSoughtOrDeniedIsNoPartnership() {
        assertNoPartnership("The Harlow Institute of Marine Science is negotiating a partnership with Brenner University.");
        assertNoPartnership("The Harlow Institute of Marine Science hopes to form a partnership with Brenner University.");
        assertNoPartnership("The Harlow Institute of Marine Science has no partnership with Brenner University.");
        assertNoPartnership("The Harlow Institute of Marine Science will not partner with Brenner University.");
        assertNoPartnership("The Harlow Institute of Marine Science plans to partner with Brenner University.");
    }

    @Test
    void aPartnershipThatExploresOrDoesNotCoverSomethingIsStillAPartnership() {
        Set<String> f = asserted("The partnership between the Harlow Marine Institute and Brenner University will explore new coastal sensors.");
        assertTrue(f.stream().anyMatch(t -> t.startsWith("partnership/")), f.toString());
        f = asserted("The partnership between the Harlow Marine Institute and Brenner University does not include ship time.");
        assertTrue(f.stream().anyMatch(t -> t.startsWith("partnership/")), f.toString());
    }

    @Test
    void theTwoAgenciesAreNoUniversityNamedBesideOneAgency() {
        assertNoPartnership("The Harlow Coastal Agency and the state forestry office met on Monday. The news was announced at Brenner University.\n\n"
                + "Cooperation between the two agencies began in 2019.");
    }
}
