package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Themes read with CoreNLP's parse: what a partnership word governs, lists the rules alone cannot
 * split, and list items that name no subject. Invented names the reference data does not know.
 */
@Tag("corenlp")
class ThemesFromTheParseTest {
    private static final String PARTNERSHIP = "partnership/harlow-university-university-of-brenner-2031";

    /** The partnership's themes, as theme slugs. */
    private static Set<String> themes(String text) {
        return KnownData.extractor().extract(KnownData.document(text, "2031-03-07")).triples().stream()
                .filter(t -> t.getPredicate().getURI().endsWith("#hasTheme") && t.getSubject().getURI().endsWith(PARTNERSHIP))
                .map(t -> t.getObject().getURI().replaceFirst(".*/theme/", ""))
                .collect(Collectors.toSet());
    }

    private static final String OPENING = "Harlow University and the University of Brenner will partner.\n\n";

    @Test
    void subjectsAPartnershipWordGovernsThroughNounsThatAnnounceThem() {
        Set<String> found = themes(OPENING
                + "The universities have more than three active agreements in tide physics, coastal ecology, and marine robotics, "
                + "making them close partners. The agreement sets the terms for cooperation on a range of activities related to glacier "
                + "dynamics, ice chemistry and Earth and ocean science.");
        assertTrue(found.containsAll(Set.of("tide-physics", "coastal-ecology", "marine-robotics", "glacier-dynamics", "ice-chemistry",
                "earth-and-ocean-science")), found.toString());
    }

    @Test
    void whatAPactAnswersToWithOnlyAnAdjectiveBeforeItIsNoTheme() {
        Set<String> found = themes(OPENING + "Their partnership will focus on mutual interests, regional challenges and tide physics.");
        assertTrue(found.contains("tide-physics"), found.toString());
        assertFalse(found.stream().anyMatch(t -> t.contains("interest") || t.contains("challenge")), found.toString());
    }

    @Test
    void specificationsAreAMeansOfWorkingAsGuidelinesAre() {
        Set<String> found = themes(OPENING + "The universities will cooperate on technical specifications and tide physics.");
        assertTrue(found.contains("tide-physics"), found.toString());
        assertFalse(found.stream().anyMatch(t -> t.contains("specification")), found.toString());
    }

    @Test
    void aReportingClauseThatClosesTheSentenceIsNoItemOfTheList() {
        Set<String> found = themes(OPENING + "Their partnership will work in areas such as tide physics, coastal ecology, and marine robotics, "
                + "Dr. Jane Moss said.");
        assertTrue(found.containsAll(Set.of("tide-physics", "coastal-ecology", "marine-robotics")), found.toString());
        assertFalse(found.stream().anyMatch(t -> t.contains("said")), found.toString());
    }

    @Test
    void modifiersOfNounsAndAdjectivesShareTheLastItemsNoun() {
        Set<String> found = themes(OPENING + "They will continue their partnership in research activities advancing ocean, soil, "
                + "biological, and physical sciences to serve their regions.");
        assertTrue(found.containsAll(Set.of("ocean-science", "soil-science", "biological-sciences", "physical-sciences")), found.toString());
    }

    @Test
    void theExamplesAfterAModifiedIssueNounAndACommaAreTheThemes() {
        Set<String> found = themes(OPENING + "Their talks focused on shared coastal research priorities, including tide physics, marine "
                + "robotics and glacier dynamics.");
        assertTrue(found.containsAll(Set.of("tide-physics", "marine-robotics", "glacier-dynamics")), found.toString());
        assertFalse(found.stream().anyMatch(t -> t.contains("priorit")), found.toString());
    }

    @Test
    void aSemicolonListAfterPrioritiesKeepsEachItemWholeAndLeavesOutAnActivity() {
        Set<String> found = themes(OPENING + "Their talks focused on shared research priorities, including: tide physics; coastal and "
                + "marine ecology; and enhancing researcher mobility.");
        assertTrue(found.containsAll(Set.of("tide-physics", "coastal-and-marine-ecology")), found.toString());
        assertFalse(found.stream().anyMatch(t -> t.contains("mobility")), found.toString());
    }

    @Test
    void noThemeFromAnotherCollaborationADateAnActivityOrALoneAdjective() {
        Set<String> found = themes(OPENING + "They signed the agreement on Monday. It builds on a long history of collaboration in "
                + "glacier science. It will deepen their cooperation on integrating diverse, responsible, and innovative supply chains.");
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void aKnownThemeWithACompoundModifierIsANarrowerNewOneAndWorkTogetherOnNamesASubject() {
        Set<String> found = themes(OPENING + "They will also partner on next-generation semiconductors. Their students will work "
                + "together on reef acoustics.");
        assertTrue(found.contains("next-generation-semiconductors") && !found.contains("semiconductors"), found.toString());
        assertTrue(found.contains("reef-acoustics"), found.toString());
    }

    @Test
    void aListInASentenceThatSpeaksOfNoPartnershipGoesToNone() {
        Set<String> found = themes(OPENING + "Both universities have taught courses for decades in areas such as tide physics and "
                + "marine robotics.\n\nTheir agreement covers areas such as coastal ecology.");
        assertTrue(found.contains("coastal-ecology"), found.toString());
        assertFalse(found.stream().anyMatch(t -> t.contains("tide") || t.contains("robotics")), found.toString());
    }

    @Test
    void anItemWithAnAdverbInItIsAClauseNotATheme() {
        Set<String> found = themes(OPENING + "Their partnership covers activities including tide physics, and joint seminars "
                + "specifically focusing on students.");
        assertTrue(found.contains("tide-physics"), found.toString());
        assertFalse(found.stream().anyMatch(t -> t.contains("specifically")), found.toString());
    }

    @Test
    void aSentenceOpeningOnTheAreasItListsGivesThemToTheTextsPartnership() {
        Set<String> found = themes(OPENING + "Proposals are welcome from teams of both universities.\n\n"
                + "Specific areas include, but are not limited to, tide physics and marine robotics.");
        assertTrue(found.containsAll(Set.of("tide-physics", "marine-robotics")), found.toString());
    }

    @Test
    void aNounThatAnnouncesTheListAfterItIsNoTheme() {
        Set<String> found = themes(OPENING + "Their talks focused on ocean science priorities, including tide physics and marine robotics.");
        assertTrue(found.contains("marine-robotics"), found.toString());
        assertFalse(found.stream().anyMatch(t -> t.contains("priorities")), found.toString());
    }

    @Test
    void aSideNamesAPartyNotASubject() {
        Set<String> found = themes(OPENING + "The universities will work together on the industry side and on tide physics.");
        assertFalse(found.stream().anyMatch(t -> t.contains("side")), found.toString());
    }

    @Test
    void subjectsTheParseHangsOnTheVerbOfAPartnershipWordAreItsThemes() {
        Set<String> found = themes(OPENING + "The universities will build research collaborations in the major areas of tide physics and "
                + "glacier dynamics. They will coordinate and cooperate in activities involving coastal ecology and marine robotics.");
        assertTrue(found.containsAll(Set.of("tide-physics", "glacier-dynamics", "coastal-ecology", "marine-robotics")), found.toString());
    }

    @Test
    void aSubjectTheParseHangsOnThePartiesIsOnlyACandidate() {
        Set<String> found = themes(OPENING + "The purpose of the meeting was to build research collaborations between the universities "
                + "in the major areas of tide physics and optics.");
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void aTitleCaseListTheLayerReadsAsOneNameStillGivesItsItems() {
        Set<String> found = themes(OPENING + "The purpose of the meeting was to build research collaborations in the major areas of "
                + "Materials Science, Physics and Human Factors/Ocean Sciences.");
        assertTrue(found.containsAll(Set.of("materials-science", "physics", "human-factors-ocean-sciences")), found.toString());
    }

    @Test
    void anItemKeepsTheArticleInsideItsOwnPhrase() {
        Set<String> found = themes(OPENING + "Their partnership focuses on three areas: tide physics, coastal ecology, and the development "
                + "of the scientific workforce.");
        assertTrue(found.contains("development-of-the-scientific-workforce"), found.toString());
    }

    @Test
    void aSubjectBetweenAJointAdjectiveAndTheAgreementIsItsTheme() {
        Set<String> found = themes(OPENING + "The two universities signed two cooperative tide physics agreements.");
        assertTrue(found.contains("tide-physics"), found.toString());
    }

    @Test
    void eachItemOfAListOfAreasAfterAColonIsOneWholeThemeButAWayOfWorkingOrAnActivityIsNone() {
        Set<String> found = themes(OPENING + "The universities may work jointly in the following activities:\n"
                + "- Exchange of research staff\n- Providing technical support\n- Tide physics\n- Monitoring of coastal ecology, erosion and sediments\n"
                + "About the universities\n\nBoth are old.");
        assertTrue(found.containsAll(Set.of("tide-physics", "monitoring-of-coastal-ecology-erosion-and-sediments")), found.toString());
        assertFalse(found.stream().anyMatch(t -> t.contains("exchange") || t.contains("support") || t.contains("about")), found.toString());
    }

    @Test
    void aBulletedItemThatDescribesItsSubjectGivesTheNameBeforeTheDash() {
        Set<String> found = themes(OPENING + "Topics of their recent joint efforts include:\n\n"
                + "  \u2022 Reef Acoustics \u2013 The universities record reefs. Their recordings are public.\n"
                + "  \u2022 Glacier Dynamics - The universities model glaciers.\n\nThe work goes on.");
        assertEquals(Set.of("reef-acoustics", "glacier-dynamics"), found);
    }

    @Test
    void theFieldsASentenceSaysThePartnersWorkInAreThemesAndOneFieldStaysWhole() {
        Set<String> found = themes(OPENING + "Through the partnership the universities will address challenges in the areas of tide physics, "
                + "coastal ecology, and marine robotics. The partners will also collaborate in the area of glaciers and glacial lakes.");
        assertTrue(found.containsAll(Set.of("tide-physics", "coastal-ecology", "marine-robotics", "glaciers-and-glacial-lakes")), found.toString());
        assertFalse(found.contains("glaciers"), found.toString());
    }

    @Test
    void fieldsOfAPactWhosePartnersAreNotFoundAreKeptAsThemesOfTheirOwn() {
        Set<String> themes = KnownData.extractor().extract(KnownData.document(
                        "Volunteers will work in partnership with a council in the areas of tide physics and marine robotics.", "2031-03-07"))
                .triples().stream().filter(t -> t.getObject().isURI() && t.getObject().getURI().endsWith("#ResearchTheme"))
                .map(t -> t.getSubject().getURI().replaceFirst(".*/theme/", "")).collect(Collectors.toSet());
        assertEquals(Set.of("tide-physics", "marine-robotics"), themes);
    }
}
