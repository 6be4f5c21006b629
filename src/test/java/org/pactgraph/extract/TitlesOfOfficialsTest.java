package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pactgraph.extract.LinguisticLayerTest.has;
import static org.pactgraph.extract.LinguisticLayerTest.triples;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Officials' posts written around their names: a programme's officer, an office of a field, a title's portfolio. */
@Tag("corenlp")
class TitlesOfOfficialsTest {
    private static Set<String> extract(String text) {
        return triples(KnownData.extractor(), text, Optional.of("2031-03-05"));
    }

    @Test
    void aProgramOfficerAfterHisOrganisationIsAPostInIt() {
        Set<String> found = extract("The working group was chaired by Harlow Coastal Agency Program Officer, Dr. Raj Patel and Borea University.");
        assertTrue(has(found, "person/raj-patel", "holdsPost", "post/program-officer-of-the-harlow-coastal-agency"), found.toString());
    }

    @Test
    void aBodyNamedBeforeItsFieldKeepsItsNameAsWrittenInAPostsName() {
        // The gold standards disagree on "the" here (one real text against the invented wire story), so the post is named as the text writes the body.
        Set<String> found = extract("Harlow Office of Coastal Research Director Jane Moss signed the agreement with Borea University on Monday.");
        assertTrue(has(found, "person/jane-moss", "holdsPost", "post/director-of-harlow-office-of-coastal-research"), found.toString());
    }

    @Test
    void theFieldATitleIsForIsNoOrganisationOfThePost() {
        Set<String> found = extract("The committee included Ms. Laura Kent, Deputy Director for Coastal Science and Technology, and Borea University.");
        assertTrue(found.stream().noneMatch(t -> t.contains("postIn") && t.contains("coastal-science-and-technology")), found.toString());
    }

    @Test
    void aPostInABodyNamedOnlyByAnAcronymTheTextDefinesForAnUnreadNameIsLeftOut() {
        Set<String> found = extract("The Harlow Coastal Agency will share tide data with the Borea Grouse Partnership (BGP). "
                + "\u201cWe will share tide data,\u201d said Jane Moss, Executive Director of the BGP.");
        assertTrue(found.stream().anyMatch(t -> t.contains("person/jane-moss")), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.contains("post/executive-director-of-the-bgp")), found.toString());
    }

    @Test
    void aPostTakesTheArticleTheDocumentWritesBeforeItsOrganisation() {
        Set<String> found = extract("The Harlow Coastal Mining Group will share tide data with Borea University. "
                + "Chairman Jane Moss of the Harlow Coastal Mining Group signed the agreement on Monday.");
        assertTrue(has(found, "person/jane-moss", "holdsPost", "post/chairman-of-the-harlow-coastal-mining-group"), found.toString());
    }

    @Test
    void aSchoolOrUnitNamedBeforeATitleTakesTheArticleInThePost() {
        Set<String> found = extract("Harlow Naval School President Jane Moss signed the agreement with Borea University on Monday.");
        assertTrue(has(found, "person/jane-moss", "holdsPost", "post/president-of-the-harlow-naval-school"), found.toString());
    }

    @Test
    void aBareTitleAfterItsOrganisationAfterANameIsNamedOfTheOrganisation() {
        Set<String> found = extract("The Harlow Coastal Agency will share tide data with Borea University, said Jane Moss, Harlow Coastal Agency director.");
        assertTrue(has(found, "person/jane-moss", "holdsPost", "post/director-of-the-harlow-coastal-agency"), found.toString());
    }

    @Test
    void aMilitaryCommandNamedByItsFieldTakesNoArticleInAPost() {
        Set<String> found = extract("Borea University will share tide data with Harlow Tidal Operations Command, said Jane Moss, Harlow Tidal Operations Command commander.");
        assertTrue(found.stream().anyMatch(t -> t.contains("person/jane-moss") && t.contains("holdsPost") && t.contains("post/commander-of-harlow-tidal-operations-command")), found.toString());
    }

    @Test
    void aTitleInABodyThatAnOrganisationOwnsIsAPostInThatBody() {
        Set<String> found = extract("Borea University will share tide data with the Harlow Coastal Agency, said Jane Moss, "
                + "director of the Harlow Coastal Agency's Tide Research Branch.");
        assertTrue(has(found, "person/jane-moss", "holdsPost", "post/director-of-the-tide-research-branch"), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.contains("post/director-of-the-harlow-coastal-agencys")), found.toString());
    }

    @Test
    void aTitleForABodyNamedAfterItsOwnersPossessiveLeavesTheOwnerOutOfThePost() {
        Set<String> found = extract("Borea University will share tide data with the Harlow Coastal Agency, said Jane Moss, "
                + "deputy administrator for HCA's Office of Tide Research.");
        assertTrue(has(found, "person/jane-moss", "holdsPost", "post/deputy-administrator-for-the-office-of-tide-research"), found.toString());
    }

    @Test
    void aChiefOfABodyAfterANameHoldsAPostInIt() {
        Set<String> found = extract("Borea University will share tide data with the Harlow Coastal Agency, said Jane Moss, chief of the Harlow Coastal Agency.");
        assertTrue(has(found, "person/jane-moss", "holdsPost", "post/chief-of-the-harlow-coastal-agency"), found.toString());
    }
    @Test
    void anActingTitleBeforeANameIsAPostOfItsOwn() {
        Set<String> found = extract("Harlow Coastal Agency Acting Director Jane Moss signed the agreement with Borea University on Monday.");
        assertTrue(has(found, "person/jane-moss", "holdsPost", "post/acting-director-of-the-harlow-coastal-agency"), found.toString());
    }

    @Test
    void aGenerationsMarkAfterANameIsPartOfThePersonsName() {
        Set<String> found = extract("Harlow Coastal Agency Chairman Pat Moss, III signed the agreement with Borea University on Monday.");
        assertTrue(has(found, "person/pat-moss-iii", "holdsPost", "post/chairman-of-the-harlow-coastal-agency"), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.startsWith("https://w3id.org/pactgraph/id/person/pat-moss ")), found.toString());
    }

    @Test
    void aPostInANameThatRunsPastASpacedDashIsLeftOut() {
        Set<String> found = extract("Harlow, BR - Harlow Coastal Agency Director Jane Moss signed the agreement with Borea University on Monday.");
        assertTrue(found.stream().noneMatch(t -> t.contains("holdsPost") && t.contains("br-harlow")), found.toString());
    }
    @Test
    void aTitlesOrganisationEndsWhereAWordInLowerCaseFollowsItsName() {
        Set<String> found = extract("Borea University will share tide data with the Harlow Coastal Agency, said Jane Moss, "
                + "professor of Coastal Policy in the School of Tides at Borea University.");
        assertTrue(found.stream().noneMatch(t -> t.contains("post/professor-of-coastal-policy-in-the-school")), found.toString());
    }

    @Test
    void anAbbreviatedSeniorBeforeATitleIsNoGenerationsMark() {
        Set<String> found = extract("\u201cWe will share tide data,\u201d said Pat Moss, Sr. Director of Partnerships at Borea University.");
        assertTrue(found.stream().anyMatch(t -> t.startsWith("https://w3id.org/pactgraph/id/person/pat-moss ")), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.contains("person/pat-moss-sr")), found.toString());
    }

    @Test
    void aCorpsNumberAfterANameIsNoGenerationsMark() {
        Set<String> found = extract("\u201cWe will share tide data,\u201d said Lt. Gen. Pat Moss, III Harlow Corps commanding general.");
        assertTrue(found.stream().noneMatch(t -> t.contains("person/pat-moss-iii")), found.toString());
    }

    @Test
    void aBodyNamedBeforeALowerCaseNounInATitleIsNotThePostsOrganisation() {
        Set<String> found = extract("Borea University will share tide data with the Harlow Coastal Agency, said Jane Moss, "
                + "director of Harlow Coastal Agency programs.");
        assertTrue(found.stream().noneMatch(t -> t.contains("post/director-of-the-harlow-coastal-agency")), found.toString());
    }
}
