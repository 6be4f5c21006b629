package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pactgraph.extract.LinguisticLayerTest.has;
import static org.pactgraph.extract.LinguisticLayerTest.triples;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Where a new organisation is, read from the city and region written beside its name. */
@Tag("corenlp")
class PlacesOfOrganisationsTest {
    @Test
    void aUniversityInACityAndStateIsInThatCityWhichIsInThatState() {
        Set<String> found = triples(KnownData.extractor(), "Harlow University in Denver, Colorado will develop an implant that senses tumours.", Optional.empty());
        assertTrue(has(found, "org/harlow-university", "locatedIn", "place/denver"), found.toString());
        assertTrue(has(found, "place/denver", "locatedIn", "place/colorado"), found.toString());
    }

    @Test
    void aGranteeListedWithItsCityAndAShortenedStateIsInTheStateByItsName() {
        Set<String> found = triples(KnownData.extractor(), "Brenner State University, Boulder, Colo., will receive $50,000 to operate a research center.",
                Optional.empty());
        assertTrue(has(found, "org/brenner-state-university", "locatedIn", "place/boulder"), found.toString());
        assertTrue(has(found, "place/boulder", "locatedIn", "place/colorado"), found.toString());
        assertTrue(found.stream().noneMatch(t -> t.contains("place/colo ") || t.endsWith("place/colo")), found.toString());
    }

    @Test
    void aCityWithoutItsRegionIsWhereSomethingHappensNotWhereTheBodyIs() {
        Set<String> found = triples(KnownData.extractor(), "Harlow University opened a new laboratory in Denver last week.", Optional.empty());
        assertTrue(found.stream().noneMatch(t -> t.contains("locatedIn")), found.toString());
    }

    @Test
    void aStateNamedInsideAUniversitysNameDoesNotLieInTheCityAfterIt() {
        Set<String> found = triples(KnownData.extractor(), "The University of Kansas, Lawrence, KS, will receive $50,000 to operate a research center.",
                Optional.empty());
        assertTrue(found.stream().noneMatch(t -> t.contains("place/kansas ") && t.contains("locatedIn")), found.toString());
    }

    @Test
    void aGranteeInACityWithItsPostalCodeIsInThatCityWhichIsInTheState() {
        Set<String> found = triples(KnownData.extractor(), "Brenner State University, Nashville, TN, will receive $50,000 to operate a research center.",
                Optional.empty());
        assertTrue(has(found, "org/brenner-state-university", "locatedIn", "place/nashville"), found.toString());
        assertTrue(has(found, "place/nashville", "locatedIn", "place/tennessee"), found.toString());
    }

    @Test
    void aCityAfterACityIsAListOfCitiesNotABodysSeat() {
        Set<String> found = triples(KnownData.extractor(), "The grant joins Harlow Institute, Paris, London and Berlin in one network.", Optional.empty());
        assertTrue(found.stream().noneMatch(t -> t.contains("org/harlow-institute ") && t.contains("locatedIn")), found.toString());
    }
}
