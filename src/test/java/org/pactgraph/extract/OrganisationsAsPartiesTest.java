package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pactgraph.extract.LinguisticLayerTest.triples;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * New organisations no relation uses: asserted when their sentence makes them a party (they sign,
 * cooperate, fund or host), left to review when merely named; a country made a party stands for
 * its government.
 */
@Tag("corenlp")
class OrganisationsAsPartiesTest {
    private static Set<String> extract(String text) {
        return triples(KnownData.extractor(), text, Optional.of("2031-03-05"));
    }

    private static boolean typed(Set<String> found, String slug, String type) {
        return found.contains("https://w3id.org/pactgraph/id/org/" + slug + " rdf:type https://w3id.org/pactgraph/ontology#" + type);
    }

    @Test
    void anOrganisationThatHostsIsAssertedThoughNoRelationUsesIt() {
        Set<String> found = extract("The Brenner Coastal Mapping Agency hosted a technical workshop on tide gauges in May.");
        assertTrue(typed(found, "brenner-coastal-mapping-agency", "GovernmentBody"), found.toString());
    }

    @Test
    void eachItemOfAListOfPartiesIsAsserted() {
        Set<String> found = extract("Visitors praised the work that the Brenner Coastal Mapping Agency and the Harlow Tide Institute have funded.");
        assertTrue(typed(found, "brenner-coastal-mapping-agency", "GovernmentBody"), found.toString());
        assertTrue(typed(found, "harlow-tide-institute", "Institution"), found.toString());
    }

    @Test
    void anOrganisationMerelyNamedStaysACandidate() {
        Set<String> found = extract("Visitors toured the laboratories of the Brenner Coastal Mapping Agency in May.");
        assertFalse(found.stream().anyMatch(t -> t.contains("org/brenner-coastal-mapping-agency")), found.toString());
    }

    @Test
    void aBaseOrAWorkshopNamedAmongThePartiesStaysACandidate() {
        Set<String> found = extract("The Brenner Coastal Mapping Agency and Harlow Air Force Base hosted the Tide Gauge Experts Workshop in May.");
        assertTrue(typed(found, "brenner-coastal-mapping-agency", "GovernmentBody"), found.toString());
        assertFalse(found.stream().anyMatch(t -> t.contains("org/harlow-air-force-base") || t.contains("org/tide-gauge-experts-workshop")), found.toString());
    }

    @Test
    void aCountryEndingABodysNameIsNoParty() {
        Set<String> found = extract("The survey was convened by the Harlow Tide Commission in collaboration with Tides and Harbours Portugal.");
        assertFalse(found.stream().anyMatch(t -> t.contains("org/government-of-portugal")), found.toString());
    }

    @Test
    void aCountryAfterTheDayOpeningItsSentenceIsAParty() {
        Set<String> found = extract("On Tuesday Portugal signed a memorandum of understanding with Harlow University.");
        assertTrue(found.stream().anyMatch(t -> t.contains("ontology#partner") && t.endsWith("org/government-of-portugal")), found.toString());
    }

    @Test
    void aCountryThatHostsStandsForItsGovernment() {
        Set<String> found = extract("Last spring Portugal hosted a technical workshop on tide gauges in Lisbon.");
        assertTrue(typed(found, "government-of-portugal", "GovernmentBody"), found.toString());
    }
}
