package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pactgraph.extract.LinguisticLayerTest.triples;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Workshops, conferences and other gatherings held under a name, and the days a named meeting spans. */
@Tag("corenlp")
class NamedGatheringsTest {
    private static boolean dated(Set<String> found, String event, String property, String day) {
        return found.stream().anyMatch(t -> t.contains(event + " ") && t.contains("ontology#" + property + " ") && t.contains("\"" + day + "\""));
    }

    @Test
    void aWorkshopSponsoredOverSpannedDaysStartsOnTheFirstAndEndsOnTheLast() {
        Set<String> found = triples(KnownData.extractor(), "The Harlow Science Agency sponsored the Coastal Wind Energy Workshop, April 5-7, 2031.", Optional.empty());
        String event = "event/coastal-wind-energy-workshop-2031-04-05";
        assertTrue(dated(found, event, "startDate", "2031-04-05") && dated(found, event, "endDate", "2031-04-07"), found.toString());
        assertTrue(!dated(found, event, "date", "2031-04-05"), "a span has no single date: " + found);
    }

    @Test
    void aConferenceAndExpoIsNamedWithoutTheAcronymInBrackets() {
        Set<String> found = triples(KnownData.extractor(),
                "Harlow Command co-hosted the Pacific Science and Technology (S&T) Conference and Expo in Rosmouth August 26, 2031.", Optional.empty());
        String event = "event/pacific-science-and-technology-conference-and-expo-2031-08-26";
        assertTrue(found.stream().anyMatch(t -> t.contains(event + " ") && t.endsWith("\"Pacific Science and Technology Conference and Expo\"@en")), found.toString());
    }

    @Test
    void aConferenceDuringWhichSomethingElseHappenedIsThatYearsButNotDatedByThatDay() {
        Set<String> found = triples(KnownData.extractor(), "The annex was signed by Jane Moss and Raj Patel during the Harlow Command Conference on"
                + " Thursday, April 24, 2031, in Rosmouth.", Optional.empty());
        assertTrue(found.stream().anyMatch(t -> t.contains("event/harlow-command-conference-2031 ")), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.contains("event/harlow-command-conference-2031-04-24")), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.contains("event/harlow-command-conference-2031 ") && t.contains("ontology#date ")), found.toString());
    }

    @Test
    void aMeetingAtWhichSomethingHappenedIsHeldAndWithoutADateIsOfTheDocumentsYear() {
        Set<String> found = triples(KnownData.extractor(), "The discussions at the Coastal Charter Committee meeting in Rosmouth focused on wetlands.",
                Optional.of("2031-05-06"));
        assertTrue(found.stream().anyMatch(t -> t.contains("event/coastal-charter-committee-meeting-2031 ")), found.toString());
    }

    @Test
    void aMeetingHeldInAMonthIsThatYearsMeeting() {
        Set<String> found = triples(KnownData.extractor(), "The report was released at the annual Coastal Charter Steering Committee meeting held in"
                + " November 2031 in Rosmouth.", Optional.empty());
        assertTrue(found.stream().anyMatch(t -> t.contains("event/coastal-charter-steering-committee-meeting-2031 ")), found.toString());
    }

    @Test
    void aNamedMeetingIsDatedByTheDayAfterItsNameRatherThanByTheDatelinesDay() {
        Set<String> found = triples(KnownData.extractor(), "Published July 16, 2031 The Harlow Science Agency hosted the Coastal Technologies Exchange"
                + " Meeting from May 11-14, 2031 at the Brenner Innovation Center.", Optional.empty());
        assertTrue(dated(found, "event/coastal-technologies-exchange-meeting-2031-05-11", "startDate", "2031-05-11"), found.toString());
    }

    @Test
    void whoChairedAnotherBodyNamedInTheNextSentenceDidNotAttendTheMeeting() {
        Set<String> found = triples(KnownData.extractor(), "The Harlow Science Agency hosted the Coastal Technologies Exchange Meeting on May 11, 2031"
                + " in Rosmouth. The Exchange Meeting was an action item of the Coastal Technologies Working Group chaired by Dr. Jane Moss.", Optional.empty());
        assertTrue(found.stream().anyMatch(t -> t.contains("event/coastal-technologies-exchange-meeting-2031-05-11 ")), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.contains("attendedBy") && t.contains("person/jane-moss")), found.toString());
    }

    @Test
    void aMeetingHeldAtANamedBuildingInACityTookPlaceInThatBuildingWhichIsInTheCity() {
        Set<String> found = triples(KnownData.extractor(), "The Harlow Science Agency hosted the Coastal Technologies Exchange Meeting on May 11, 2031"
                + " at the Brenner Innovation Center in Denver.", Optional.empty());
        String event = "event/coastal-technologies-exchange-meeting-2031-05-11";
        assertTrue(LinguisticLayerTest.has(found, event, "place", "place/brenner-innovation-center"), found.toString());
        assertTrue(LinguisticLayerTest.has(found, "place/brenner-innovation-center", "locatedIn", "place/denver"), found.toString());
    }

    @Test
    void theOrganisationThatHostedTheWorkshopIsItsHost() {
        Set<String> found = triples(KnownData.extractor(), "The Harlow Science Agency hosted the Coastal Wind Energy Workshop on April 5, 2031.", Optional.empty());
        assertTrue(LinguisticLayerTest.has(found, "event/coastal-wind-energy-workshop-2031-04-05", "hostedBy", "org/harlow-science-agency"), found.toString());
    }

    @Test
    void theOrganisationAHostingSubjectStandsForInAppositionIsTheHost() {
        Set<String> found = triples(KnownData.extractor(), "The Harlow Research Laboratory's basic research directorate, the Harlow Science Agency (HSA),"
                + " hosted the Coastal Wind Energy Workshop on April 5, 2031.", Optional.empty());
        assertTrue(LinguisticLayerTest.has(found, "event/coastal-wind-energy-workshop-2031-04-05", "hostedBy", "org/harlow-science-agency"), found.toString());
    }

    @Test
    void theFirstDatedMeetingIsTheReportsEventWhereverItsSentenceStands() {
        Set<String> found = triples(KnownData.extractor(), "An official website of the Harlow government. Harlow agency, Rosmouth University foster"
                + " collaboration at coastal event. By Jane Moss. The Harlow Science Agency held the Coastal Technologies Working Group"
                + " in Rosmouth, April 13-14, 2031.", Optional.empty());
        assertTrue(LinguisticLayerTest.has(found, "announcement/", "atEvent", "event/coastal-technologies-working-group-2031-04-13"), found.toString());
    }

    @Test
    void aMeetingNamedAfterTwoBodiesWithTheirAcronymsIsNamedWithoutThemWhenItTookPlace() {
        Set<String> found = triples(KnownData.extractor(), "The Combined Harlow Coastal Command (HCC) and Brenner Sea Command (BSC) Surgeons'"
                + " Synchronization Meeting took place March 3-5, 2031 to share medical priorities.", Optional.empty());
        String event = "event/combined-harlow-coastal-command-and-brenner-sea-command-surgeons-synchronization-meeting-2031-03-03";
        assertTrue(dated(found, event, "startDate", "2031-03-03") && dated(found, event, "endDate", "2031-03-05"), found.toString());
    }

    @Test
    void aMeetingNamedInCapitalsBeforeItsLowerCaseNounIsNamedButOneNamedByItsBodyAloneIsNot() {
        Set<String> named = triples(KnownData.extractor(), "The Harlow Wind Program sponsored the Coastal Resource Assessment Public meeting"
                + " on June 23-24, 2031.", Optional.empty());
        assertTrue(dated(named, "event/coastal-resource-assessment-public-meeting-2031-06-23", "startDate", "2031-06-23"), named.toString());
        Set<String> body = triples(KnownData.extractor(), "The Harlow Wind Program hosted the Board meeting on June 23, 2031.", Optional.empty());
        assertTrue(body.stream().noneMatch(t -> t.contains("event/board-meeting")), body.toString());
    }

    @Test
    void aNumberedMeetingWhoseNameTheSentenceEndsOnAnAbbreviationIsNotNamedCutShort() {
        Set<String> found = triples(KnownData.extractor(), "On May 5, 2031, the Harlow Science Agency held the first virtual meeting of the"
                + " Harlow-U.S. Defense Acceleration Council.", Optional.empty());
        assertTrue(found.stream().noneMatch(t -> t.contains("event/first-virtual-meeting-of-the-harlow-u-s-2031")), found.toString());
    }

    @Test
    void aPersonsRoleAtABodyNamedLikeAMeetingTellsOfNoMeeting() {
        Set<String> found = triples(KnownData.extractor(), "\"We welcome the grant,\" said Jane Moss, senior fellow at the Harlow Policy Forum,"
                + " on Monday.", Optional.of("2031-05-07"));
        assertTrue(found.stream().noneMatch(t -> t.contains("event/harlow-policy-forum")), found.toString());
    }

    @Test
    void aYearThatBoundsWhatAMeetingAimsAtIsNotTheMeetingsYear() {
        Set<String> found = triples(KnownData.extractor(), "Ministers attended the Harlow Energy Dialogue, which aims to cut emissions by 2040.",
                Optional.of("2031-05-07"));
        assertTrue(found.stream().noneMatch(t -> t.contains("event/harlow-energy-dialogue-2040")), found.toString());
    }

    @Test
    void aBuildingNamedBeforeTheMeetingIsNotWhereTheMeetingWas() {
        Set<String> found = triples(KnownData.extractor(), "After a reception at the Brenner Museum, the Harlow Science Agency hosted the Coastal"
                + " Energy Forum in Denver on May 3, 2031.", Optional.empty());
        assertTrue(found.stream().noneMatch(t -> t.contains("event/coastal-energy-forum-2031-05-03 ") && t.contains("ontology#place ")
                && t.contains("brenner-museum")), found.toString());
    }
}
