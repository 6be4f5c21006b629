package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pactgraph.extract.LinguisticLayerTest.has;
import static org.pactgraph.extract.LinguisticLayerTest.triples;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Events, their places and attendees, and people's posts, as the rules read them from CoreNLP's parse and entities. */
@Tag("corenlp")
class EventsAndPostsFromTheParseTest {
    /** The facts of a text published on 2031-03-05, after checking that the person holds the post, which is in the organisation. */
    private static Set<String> holdsPostIn(String text, String person, String post, String org) {
        Set<String> found = triples(KnownData.extractor(), text, Optional.of("2031-03-05"));
        assertTrue(has(found, "person/" + person, "holdsPost", "post/" + post) && has(found, "post/" + post, "postIn", "org/" + org), found.toString());
        return found;
    }

    /** The facts of a signing on 2031-03-04 at the venue in Rosmouth, after checking that the ceremony took place at the venue. */
    private static Set<String> signedAtVenue(String venue, String slug) {
        String text = "On Tuesday, March 4, 2031, Harlow University and the Brenner Institute of Technology signed a memorandum of understanding"
                + " at " + venue + " in Rosmouth.";
        Set<String> found = triples(KnownData.extractor(), text, Optional.empty());
        String event = "event/signing-ceremony-2031-03-04-" + slug;
        assertTrue(has(found, "partnership/", "signedAt", event) && has(found, event, "place", "place/" + slug), found.toString());
        return found;
    }

    /** The facts of an undated text, after checking that a partnership was signed at the event. */
    private static Set<String> signedAt(String text, String event) {
        Set<String> found = triples(KnownData.extractor(), text, Optional.empty());
        assertTrue(has(found, "partnership/", "signedAt", event), found.toString());
        return found;
    }

    @Test
    void aSigningAtANamedBuildingTakesPlaceThereNotInTheCityAround() {
        Set<String> found = signedAtVenue("the Harlow Science Headquarters building", "harlow-science-headquarters");
        assertTrue(found.stream().anyMatch(t -> t.contains("place/harlow-science-headquarters") && t.contains("\"Harlow Science Headquarters\"")), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.contains("place/rosmouth")), found.toString());
    }

    @Test
    void aSigningAtAnEmbassyOrAResidenceTakesPlaceThere() {
        signedAtVenue("the Ferris Embassy", "ferris-embassy");
        signedAtVenue("the Ambassador's residence", "ambassadors-residence");
    }

    @Test
    void aSigningCeremonyTookPlaceAtTheVenueALaterSentenceSaysItTookPlaceAt() {
        String text = "On March 4, 2031, Harlow University and the Brenner Institute of Technology signed a memorandum of understanding"
                + " at a formal signing ceremony. The event took place at the Casa Verde, the official residence of the Governor.";
        Set<String> found = triples(KnownData.extractor(), text, Optional.empty());
        String event = "event/signing-ceremony-2031-03-04-casa-verde";
        assertTrue(has(found, "partnership/", "signedAt", event) && has(found, event, "place", "place/casa-verde"), found.toString());
    }

    @Test
    void aSigningToldAsRecentIsNotOfTheDayItIsAnnounced() {
        String text = "ROSMOUTH - The Harlow Science Agency today announced that it recently signed a memorandum of understanding"
                + " with Brenner University.";
        Set<String> found = triples(KnownData.extractor(), text, Optional.of("2031-03-05"));
        assertTrue(found.stream().noneMatch(t -> t.contains("signing-ceremony")), found.toString());
    }

    @Test
    void aSigningToldAsRecentOpeningTheSentenceOrAfterItsVerbIsNotOfTheDayItIsAnnounced() {
        for (String text : java.util.List.of(
                "Recently, Harlow University and Brenner University signed a memorandum of understanding, the agency announced on March 5, 2031.",
                "Harlow University and Brenner University signed a memorandum of understanding recently, the agency announced on March 5, 2031.")) {
            Set<String> found = triples(KnownData.extractor(), text, Optional.of("2031-03-05"));
            assertTrue(found.stream().noneMatch(t -> t.contains("signing-ceremony")), text + ": " + found);
        }
    }

    @Test
    void whoseInvitationTheEventTookPlaceAtIsNoVenue() {
        String text = "On March 4, 2031, Harlow University and the Brenner Institute of Technology signed a memorandum of understanding."
                + " The event took place at the Invitation of Governor Jane Doe.";
        Set<String> found = triples(KnownData.extractor(), text, Optional.empty());
        assertTrue(found.stream().noneMatch(t -> t.contains("invitation")), found.toString());
    }

    @Test
    void anEventTheNextParagraphSaysTookPlaceSomewhereIsNotTheSigning() {
        String text = "On March 4, 2031, Harlow University and the Brenner Institute of Technology signed a memorandum of understanding."
                + "\n\nThe event took place at the Casa Verde in 2029, when the Rosmouth Festival began.";
        Set<String> found = triples(KnownData.extractor(), text, Optional.empty());
        assertTrue(found.stream().noneMatch(t -> t.contains("casa-verde")), found.toString());
    }

    @Test
    void aReleaseDatedTheDayOfTheSigningItReportsIsMadeAtIt() {
        String text = "On March 5, 2031, Harlow University and the Brenner Institute of Technology signed a memorandum of understanding"
                + " at the Harlow Science Headquarters building.";
        String event = "event/signing-ceremony-2031-03-05-harlow-science-headquarters";
        Set<String> sameDay = triples(KnownData.extractor(), text, Optional.of("2031-03-05"));
        assertTrue(has(sameDay, "announcement/", "atEvent", event), sameDay.toString());
        Set<String> later = triples(KnownData.extractor(), text, Optional.of("2031-03-09"));
        assertTrue(has(later, "partnership/", "signedAt", event) && later.stream().noneMatch(t -> t.contains("atEvent")), later.toString());
    }

    /**
     * The facts of a release of 2031-03-05 whose dateline's sentence tells of a signing "today",
     * with the sentences after it, after checking that the partnership was signed at the ceremony
     * of that day in the place of the slug.
     */
    private static Set<String> signedTodayIn(String after, String slug) {
        String text = "ROSMOUTH - Harlow University and the Brenner Institute of Technology today signed a memorandum of understanding"
                + " on coastal robotics." + after;
        Set<String> found = triples(KnownData.extractor(), text, Optional.of("2031-03-05"));
        String event = "event/signing-ceremony-2031-03-05-" + slug;
        assertTrue(has(found, "partnership/", "signedAt", event) && has(found, event, "place", "place/" + slug), found.toString());
        return found;
    }

    @Test
    void aSigningDatedTodayTakesPlaceInTheCityOfTheDateline() {
        signedTodayIn("", "rosmouth");
    }

    @Test
    void aVenueALaterSentenceGivesTheSigningOfTheDatelinesDayIsWhereItTookPlace() {
        Set<String> found = signedTodayIn(" The memorandum was signed at a ceremony at Harlow Science headquarters.", "harlow-science-headquarters");
        assertTrue(found.stream().noneMatch(t -> t.contains("place/rosmouth")), found.toString());
    }

    @Test
    void aDeputyNamedAfterTheHeadHoldsTheSameOfficeInTheSameOrganisation() {
        holdsPostIn("Harlow Space Agency Administrator Jane Moss and Deputy Administrator Raj Patel welcomed the delegation on March 4, 2031.",
                "raj-patel", "deputy-administrator-of-the-harlow-space-agency", "harlow-space-agency");
        Set<String> other = triples(KnownData.extractor(), "Harlow Space Agency Administrator Jane Moss and Senator Raj Patel welcomed the delegation.",
                Optional.of("2031-03-05"));
        assertTrue(other.stream().noneMatch(t -> t.contains("person/raj-patel") && t.contains("holdsPost")), "another office is of no shared organisation: " + other);
    }

    @Test
    void aNumberedMeetingOfABodyOnSpannedDaysIsAnEventOfTheFirstDayWithThoseWhoCoChairedAndJoinedIt() {
        String text = "The third ministerial meeting of the Harlow Science Council took place on 4 and 5 April 2031."
                + " It was co-chaired by Harlow Space Agency Administrator Jane Moss and Deputy Minister Raj Patel, joined by Commissioner Ana Lind.";
        String event = "event/third-ministerial-meeting-of-the-harlow-science-council-2031-04-04";
        Set<String> found = triples(KnownData.extractor(), text, Optional.empty());
        assertTrue(found.stream().anyMatch(t -> t.contains(event) && t.contains("ontology#date") && t.contains("\"2031-04-04\"")), "dated by its first day: " + found);
        for (String person : new String[] {"jane-moss", "raj-patel", "ana-lind"}) {
            assertTrue(has(found, event, "attendedBy", "person/" + person), person + ": " + found);
        }
    }

    @Test
    void aNamedMeetingFollowedByItsDayKeepsItsTopicAndWritesTheAmpersandAsAnd() {
        String text = "Dr. Jane Moss opened the U.S.-Brenner Joint Commission Meeting on Science & Technology Cooperation on June 24, 2031.";
        Set<String> found = triples(KnownData.extractor(), text, Optional.of("2031-06-25"));
        String event = "event/us-brenner-joint-commission-meeting-on-science-and-technology-cooperation-2031-06-24";
        assertTrue(found.stream().anyMatch(t -> t.contains(event) && t.contains("\"U.S.-Brenner Joint Commission Meeting on Science and Technology Cooperation\"")),
                found.toString());
        Set<String> onADay = triples(KnownData.extractor(), "The Brenner Joint Committee Meeting on Monday, June 23, 2031 opened in Rosmouth.", Optional.of("2031-06-25"));
        assertTrue(onADay.stream().anyMatch(t -> t.contains("event/brenner-joint-committee-meeting-2031-06-23")), "the day is no part of the name: " + onADay);
    }

    @Test
    void aTitleAfterAnAcronymAndTheNameInFullIsAPostInThatOrganisation() {
        holdsPostIn("HSRA (Harlow Space Research Agency) President Mika Tanaka welcomed the delegation.",
                "mika-tanaka", "president-of-the-harlow-space-research-agency", "harlow-space-research-agency");
    }

    @Test
    void aPrincipalDeputyAtABureauHoldsAPostInThatGovernmentBody() {
        Set<String> found = holdsPostIn("Attendees were welcomed by Ana Lind, Principal Deputy Assistant Secretary at the Bureau of Harlow Maritime Affairs.",
                "ana-lind", "principal-deputy-assistant-secretary-at-the-bureau-of-harlow-maritime-affairs", "bureau-of-harlow-maritime-affairs");
        assertTrue(found.stream().anyMatch(t -> t.contains("org/bureau-of-harlow-maritime-affairs") && t.endsWith("ontology#GovernmentBody")), found.toString());
    }

    @Test
    void aSecondTitleAfterAndIsASecondPostOfTheSamePerson() {
        Set<String> found = holdsPostIn("Ana Lind, the Assistant Director for Tidal Energy at the Harlow Science Foundation and Director of the"
                        + " Brenner Tidal Coordination Office, welcomed the delegation.",
                "ana-lind", "director-of-the-brenner-tidal-coordination-office", "brenner-tidal-coordination-office");
        assertTrue(has(found, "person/ana-lind", "holdsPost", "post/assistant-director-for-tidal-energy-at-the-harlow-science-foundation"), found.toString());
    }

    @Test
    void aTitleAfterTheNameThatTheOrganisationsAcronymOpensIsAPostThere() {
        holdsPostIn("The Harlow Science Foundation (HSF) hosted the talks. Attendees were welcomed by Dr. Ana Lind, HSF Deputy Director for"
                + " Tidal Energy, and the delegation.", "ana-lind", "hsf-deputy-director-for-tidal-energy", "harlow-science-foundation");
    }

    @Test
    void aVisitInATextThatGivesNoYearIsAnEventWithoutOne() {
        Set<String> found = triples(KnownData.extractor(), "On the occasion of Deputy Minister Raj Patel's visit to Rosmouth, the two agencies met.",
                Optional.empty());
        assertTrue(has(found, "event/visit-of-raj-patel-to-rosmouth", "attendedBy", "person/raj-patel"), found.toString());
    }

    @Test
    void aTitleBeforeANameFollowedByOfACountryIsAPostInThatCountrysGovernment() {
        Set<String> found = holdsPostIn("Prime Minister Raj Patel of France visited Harlow University.", "raj-patel", "prime-minister-of-france",
                "government-of-france");
        assertTrue(found.stream().anyMatch(t -> t.contains("post/prime-minister-of-france") && t.contains("ontology#title") && t.endsWith("\"Prime Minister of France\"")),
                "the title as written around the name: " + found);
    }

    @Test
    void aTitleWithItsOrganisationAndAcronymBeforeTheNameIsAPostThere() {
        Set<String> found = holdsPostIn("Director of the Harlow Office of Tidal Energy Policy (HOTEP) Ana Lind co-chaired the talks.",
                "ana-lind", "director-of-the-harlow-office-of-tidal-energy-policy", "harlow-office-of-tidal-energy-policy");
        assertTrue(found.stream().anyMatch(t -> t.contains("post/director-of-the-harlow") && t.contains("ontology#title") && t.endsWith("\"Director\"")), found.toString());
    }

    @Test
    void aNumberedMeetingWithoutADayIsStillOneMeetingWithNoDayInItsName() {
        Set<String> found = triples(KnownData.extractor(), "The accord was signed during the 12th annual meeting of the Harlow Council on Tidal Energy.",
                Optional.empty());
        assertTrue(found.stream().anyMatch(t -> t.contains("event/12th-annual-meeting-of-the-harlow-council-on-tidal-energy ")
                && t.endsWith("\"12th annual meeting of the Harlow Council on Tidal Energy\"@en")), found.toString());
    }

    @Test
    void peopleWhoVisitedAPlaceOnADayMadeAVisitThatTheyAndTheirHostsAttended() {
        Set<String> found = triples(KnownData.extractor(), "Just today, Deputy Minister Raj Patel and Ambassador Ana Lind visited Harlow University to"
                + " have discussions with Dr. Jane Moss.", Optional.of("2031-06-25"));
        String visit = "event/visit-of-raj-patel-to-harlow-university-2031-06-25";
        for (String person : new String[] {"raj-patel", "ana-lind", "jane-moss"}) {
            assertTrue(has(found, visit, "attendedBy", "person/" + person), person + ": " + found);
        }
        Set<String> undated = triples(KnownData.extractor(), "Deputy Minister Raj Patel visited Harlow University.", Optional.empty());
        assertTrue(undated.stream().noneMatch(t -> t.contains("event/visit")), "a visit without a day is none: " + undated);
    }

    @Test
    void whoVisitedANamedGatheringAttendedItAndMadeNoVisitToAPlace() {
        Set<String> found = triples(KnownData.extractor(), "Deputy Minister Raj Patel visited Harlow's Coastal Drone Prototyping Event II"
                + " in Rosmouth on March 3, 2031.", Optional.of("2031-03-05"));
        assertTrue(found.stream().noneMatch(t -> t.contains("event/visit-of")), found.toString());
    }

    @Test
    void anAdvisorOrAnEnvoyNamedWithTheTitleIsAPerson() {
        Set<String> found = triples(KnownData.extractor(), "Security Advisor Mika Tanaka and Special Envoy Ravi Okafor joined the talks.", Optional.of("2031-06-25"));
        for (String person : new String[] {"mika-tanaka", "ravi-okafor"}) {
            assertTrue(found.stream().anyMatch(t -> t.contains("person/" + person) && t.endsWith("ontology#Person")), person + ": " + found);
        }
    }

    @Test
    void thePeopleWhoAreTheSubjectOfSigningTheAgreementSignedIt() {
        signedByMossAndPatel("Provost Jane Moss and Director Raj Patel signed the agreement.");
        Set<String> titlesOnly = triples(KnownData.extractor(), FORMED + " The two provosts signed the agreement.", Optional.of("2031-03-05"));
        assertTrue(titlesOnly.stream().noneMatch(t -> t.contains("signedBy")), "a title alone names no signatory: " + titlesOnly);
    }

    @Test
    void thePeopleWhoSignedTheMemoOrTheMousSignedThem() {
        signedByMossAndPatel("Provost Jane Moss and Director Raj Patel signed the memo.");
        signedByMossAndPatel("Provost Jane Moss and Director Raj Patel signed the MOUs.");
    }

    @Test
    void aSigningOnAMonthAndDayWithoutAYearIsNoCeremony() {
        Set<String> found = triples(KnownData.extractor(), FORMED + " Provost Jane Moss and Director Raj Patel signed the agreement in Rosmouth on May 1.",
                Optional.of("2031-05-20"));
        assertTrue(found.stream().noneMatch(t -> t.contains("event/signing-ceremony")) && has(found, "partnership/", "signedBy", "person/jane-moss"),
                found.toString());
    }

    @Test
    void thePeopleWhoRenewedTheAgreementSignedIt() {
        signedByMossAndPatel("Provost Jane Moss and Director Raj Patel renewed the agreement.");
    }

    @Test
    void someoneWhoJoinedAnotherToSignAnAgreementTodayMadeACeremonyInTheCityOfTheDateline() {
        String text = "ROSMOUTH - Provost Jane Moss today joined Director Raj Patel to sign an agreement on coastal robotics.";
        Set<String> found = triples(KnownData.extractor(), text, Optional.of("2031-03-05"));
        String event = "event/signing-ceremony-2031-03-05-rosmouth";
        assertTrue(found.stream().anyMatch(t -> t.contains(event + " ") && t.endsWith("ontology#SigningCeremony")) && has(found, event, "place", "place/rosmouth"),
                found.toString());
        Set<String> noun = triples(KnownData.extractor(), "ROSMOUTH - Provost Jane Moss said today that the agreement is a sign of trust.", Optional.of("2031-03-05"));
        assertTrue(noun.stream().noneMatch(t -> t.contains("event/signing-ceremony")), "a sign is no signing: " + noun);
    }

    @Test
    void thePeopleByWhomTheAgreementWasSignedSignedIt() {
        signedByMossAndPatel("The agreement was signed by Provost Jane Moss and Director Raj Patel.");
    }

    @Test
    void theSignersOfADocumentOfAnEarlierYearSignedNoPartnershipOfTheText() {
        Set<String> found = triples(KnownData.extractor(), FORMED + " The original treaty of the river commission was signed by Provost Jane Moss"
                + " and Director Raj Patel in 1921.", Optional.of("2031-03-05"));
        assertTrue(found.stream().noneMatch(t -> t.contains("signedBy")), found.toString());
    }

    /** A sentence that forms a partnership, for a next sentence about its signing. */
    private static final String FORMED = "Harlow University and the Brenner Institute of Technology formed a partnership on coastal robotics.";

    /** Checks that the partnership formed, then signed as the sentence says, was signed by Jane Moss and Raj Patel. */
    private static void signedByMossAndPatel(String signing) {
        Set<String> found = triples(KnownData.extractor(), FORMED + " " + signing, Optional.of("2031-03-05"));
        for (String person : new String[] {"jane-moss", "raj-patel"}) {
            assertTrue(has(found, "partnership/", "signedBy", "person/" + person), person + ": " + found);
        }
    }

    @Test
    void aDatedSigningOfAnAgreementIsACeremonyEvenWhenItsPartiesAreNotRecognised() {
        Set<String> found = triples(KnownData.extractor(), "On March 4, 2031, the two agencies signed a memorandum of understanding.", Optional.empty());
        String event = "event/signing-ceremony-2031-03-04";
        assertTrue(found.stream().anyMatch(t -> t.contains(event + " ") && t.endsWith("ontology#SigningCeremony")), found.toString());
        Set<String> budget = triples(KnownData.extractor(), "On March 4, 2031, the mayor signed the budget.", Optional.empty());
        assertTrue(budget.stream().noneMatch(t -> t.contains("event/signing-ceremony")), "a budget is no agreement: " + budget);
    }

    @Test
    void aSigningOfAnEarlierYearToldOnADayIsNoCeremonyOfThatDay() {
        Set<String> found = triples(KnownData.extractor(), "On March 4, 2031, the mayor recalled that the two river towns signed a treaty in 1921.",
                Optional.of("2031-03-04"));
        assertTrue(found.stream().noneMatch(t -> t.contains("event/signing-ceremony")), found.toString());
    }

    @Test
    void aJointStatementSignedOnADayAtAVenueIsASigningCeremonyThere() {
        Set<String> found = triples(KnownData.extractor(), "Provost Jane Moss and Director Raj Patel signed a joint statement on March 4, 2031, at the Ferris Embassy.",
                Optional.empty());
        String event = "event/signing-ceremony-2031-03-04-ferris-embassy";
        assertTrue(has(found, event, "place", "place/ferris-embassy") && found.stream().anyMatch(t -> t.contains(event) && t.endsWith("ontology#SigningCeremony")),
                found.toString());
    }

    @Test
    void aHostNamedByAnotherVerbsByBeforeTheSigningDidNotSign() {
        Set<String> found = signedAt("At a reception hosted by Provost Jane Moss, Harlow University and the Brenner Institute of Technology"
                + " signed a memorandum of understanding on March 4, 2031.", "event/signing-ceremony-2031-03-04");
        assertTrue(found.stream().noneMatch(t -> t.contains("signedBy")), found.toString());
    }

    @Test
    void aSigningRightAfterTheDayOfThePartnershipsLaunchTookPlaceThatDay() {
        signedAt("On March 4, 2031, Harlow University launched a partnership with the Brenner Institute of Technology."
                + " The two signed a memorandum of understanding at the Ferris Embassy.", "event/signing-ceremony-2031-03-04-ferris-embassy");
        Set<String> apart = triples(KnownData.extractor(), "On March 4, 2031, Harlow University launched a partnership with the Brenner Institute of Technology."
                + "\n\nThe two signed a memorandum of understanding at the Ferris Embassy.", Optional.empty());
        assertTrue(apart.stream().noneMatch(t -> t.contains("signedAt")), "a signing in another paragraph is not dated by it: " + apart);
    }

    @Test
    void aMeetingNamedOnlyAsTheBackgroundOfAnotherVerbIsNoEventOfTheSentencesDay() {
        Set<String> background = triples(KnownData.extractor(), "On March 4, 2031, Harlow University and the Brenner Institute of Technology"
                + " announced a research agreement that builds on commitments made at the Harlow Leaders Summit.", Optional.empty());
        assertTrue(background.stream().noneMatch(t -> t.contains("event/harlow-leaders-summit")), background.toString());
        Set<String> hosted = triples(KnownData.extractor(), "On March 4, 2031, Harlow University hosted the Harlow Leaders Summit in Rosmouth.", Optional.empty());
        assertTrue(hosted.stream().anyMatch(t -> t.contains("event/harlow-leaders-summit-2031-03-04")), "a summit it hosted was held that day: " + hosted);
    }

    @Test
    void someoneWhoOnlyJoinedSomethingInTheNextSentenceDidNotAttendTheMeeting() {
        String text = "The third ministerial meeting of the Harlow Science Council took place on 4 April 2031."
                + " Commissioner Ana Lind joined the Harlow Space Agency in 2019.";
        Set<String> found = triples(KnownData.extractor(), text, Optional.empty());
        String event = "event/third-ministerial-meeting-of-the-harlow-science-council-2031-04-04";
        assertTrue(found.stream().anyMatch(t -> t.contains(event)) && found.stream().noneMatch(t -> t.contains("attendedBy")), found.toString());
    }

    @Test
    void aNamedMeetingKeepsAnOrdinalWrittenInWordsInItsNameButNotANumeralOne() {
        Set<String> worded = triples(KnownData.extractor(), "Dr. Jane Moss opened the inaugural Harlow-Brenner Energy Dialogue on June 24, 2031.", Optional.of("2031-06-25"));
        assertTrue(worded.stream().anyMatch(t -> t.contains("event/inaugural-harlow-brenner-energy-dialogue-2031-06-24")), worded.toString());
        Set<String> numeral = triples(KnownData.extractor(), "Dr. Jane Moss opened the 11th Harlow-Brenner Energy Dialogue on June 24, 2031.", Optional.of("2031-06-25"));
        assertTrue(numeral.stream().anyMatch(t -> t.contains("event/harlow-brenner-energy-dialogue-2031-06-24")), numeral.toString());
    }

    @Test
    void aCapitalisedPhraseAfterInThatTheLayerReadsAsNoPlaceIsNoPlaceOfTheSigning() {
        String text = "On March 4, 2031, Harlow University and the Brenner Institute of Technology signed a memorandum of understanding"
                + " in Coastal Robotics Research.";
        Set<String> found = triples(KnownData.extractor(), text, Optional.empty());
        assertTrue(has(found, "partnership/", "signedAt", "event/signing-ceremony-2031-03-04"), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.contains("place/coastal")), found.toString());
    }

    @Test
    void aPostInACommandNamedByItsWordsFirstLettersIsInTheCommandTheTextNames() {
        holdsPostIn("U.S. Harlow Command opened a laboratory. Jane Moss, HARCOM spokesman, said the work would start in May.",
                "jane-moss", "spokesman-of-us-harlow-command", "us-harlow-command");
    }
}
