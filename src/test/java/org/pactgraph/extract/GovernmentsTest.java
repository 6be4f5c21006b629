package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

/**
 * Countries as parties of partnerships stand for their governments (the rules alone, with the
 * countries of the reference data: United States, Japan, United Kingdom).
 */
class GovernmentsTest {
    private static final String ID = "https://w3id.org/pactgraph/id/";

    private static Set<String> shortly(Set<Triple> triples) {
        return KnownData.shortly(triples);
    }

    @Test
    void countriesNamedByTheirPartnershipArePartnersThroughTheirGovernments() {
        Set<String> f = shortly(KnownData.extract("The U.S.-UK partnership will grow.", "2031-03-07").triples());
        String p = "partnership/government-of-the-united-kingdom-government-of-the-united-states-2031";
        assertTrue(f.contains(p + " partner org/government-of-the-united-states"), f.toString());
        assertTrue(f.contains(p + " partner org/government-of-the-united-kingdom"), f.toString());
        assertTrue(f.contains(p + " label United States - United Kingdom partnership"), f.toString());
        assertTrue(f.contains("org/government-of-the-united-kingdom label Government of the United Kingdom"), f.toString());
        assertFalse(f.contains("org/government-of-the-united-states label Government of the United States"), "a known government is not declared again");
    }

    @Test
    void countriesThatOnlySignAreCandidatesForTheyMayStandForBodiesOfTheirs() {
        Extraction e = KnownData.extract("The United Kingdom and the United States have today signed a memorandum.", "2031-03-07");
        assertFalse(shortly(e.triples()).stream().anyMatch(s -> s.startsWith("partnership/")), shortly(e.triples()).toString());
        assertTrue(shortly(e.candidateTriples()).contains(
                "partnership/government-of-the-united-kingdom-government-of-the-united-states-2031 partner org/government-of-the-united-kingdom"),
                shortly(e.candidateTriples()).toString());
    }

    @Test
    void aCountryWhoseNameEndsLikeANationalityIsStillAParty() {
        Set<String> f = shortly(KnownData.extract("The U.S.-Japan partnership will grow.", "2031-03-07").triples());
        String p = "partnership/government-of-japan-government-of-the-united-states-2031";
        assertTrue(f.containsAll(Set.of(p + " partner org/government-of-japan", p + " partner org/government-of-the-united-states")), f.toString());
    }

    @Test
    void aMinisterWrittenWithHerCountrysPossessiveHoldsAPostInItsGovernment() {
        Set<String> f = shortly(KnownData.extract("\"We agreed,\" said Hana Sato, Japan's Minister for Foreign Affairs.", "2031-03-07").triples());
        String post = "post/minister-for-foreign-affairs-of-japan";
        assertTrue(f.contains("person/hana-sato holdsPost " + post), f.toString());
        assertTrue(f.contains(post + " postIn org/government-of-japan"), f.toString());
        assertTrue(f.contains(post + " title Minister for Foreign Affairs"), f.toString());
        assertTrue(f.contains(post + " label Minister for Foreign Affairs of Japan"), f.toString());
    }

    @Test
    void aCountrysAdjectiveIsNoParty() {
        Set<String> f = shortly(KnownData.extract(
                "The memorandum encourages collaboration between the United States and Japanese research communities.", "2031-03-07").triples());
        assertFalse(f.stream().anyMatch(s -> s.startsWith("partnership/")), f.toString());
    }

    @Test
    void aGovernmentIsTheReferenceDataOnesOrMintedWithTheArticleItsNameTakes() {
        Gazetteer g = KnownData.gazetteer();
        assertTrue(Governments.of(g, "Japan").orElseThrow().known());
        Gazetteer.Entry korea = Governments.of(g, "Republic of Korea").orElseThrow();
        assertEquals(ID + "org/government-of-the-republic-of-korea", korea.iri());
        assertEquals("Government of the Republic of Korea", korea.label());
        assertFalse(korea.known());
        assertEquals(ID + "org/government-of-india", Governments.of(g, "India").orElseThrow().iri());
        assertEquals(ID + "org/government-of-the-netherlands", Governments.of(g, "the Netherlands").orElseThrow().iri());
    }
}
