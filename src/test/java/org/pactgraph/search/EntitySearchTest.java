package org.pactgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Entity search over the project's reference data: typos, scripts, widths and name orders find the same entity. */
class EntitySearchTest {
    private static final String ID = "https://w3id.org/pactgraph/id/";
    private static EntityIndex index;

    @BeforeAll
    static void build() {
        index = EntityIndex.build(EntityCatalogue.read(ProjectData.dataset(false)));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static String top(String q) {
        List<Hit> hits = index.entities(q, List.of(), 5);
        assertFalse(hits.isEmpty(), "nothing found for " + q);
        return hits.get(0).id().substring(ID.length());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Carnegie Mellon University|org/carnegie-mellon-university",
            "Carnegy Melon|org/carnegie-mellon-university",
            "CMU|org/carnegie-mellon-university",
            "Univ of Washingtn|org/university-of-washington",
            "Kishida Fumio|person/kishida-fumio",
            "Fumio Kishida|person/kishida-fumio",
            "fumio kishida|person/kishida-fumio",
            "岸田文雄|person/kishida-fumio",
            "岸田 文雄|person/kishida-fumio",
            "慶應義塾大学|org/keio-university",
            "ＫＥＩＯ|org/keio-university",
            "ｶｰﾈｷﾞｰﾒﾛﾝ大学|org/carnegie-mellon-university",
            "筑波大学|org/university-of-tsukuba",
            "Tsukuba Univ.|org/university-of-tsukuba",
            "nvid|org/nvidia",
    })
    void findsTheEntityWhateverTheFormOfItsName(String query, String expected) {
        assertEquals(expected, top(query));
    }

    @Test
    void marksAQueryEqualToANameInEitherOrderAsExact() {
        assertTrue(index.entities("Fumio Kishida", List.of(), 1).get(0).exact());
        assertTrue(index.entities("ＣＭＵ", List.of(), 1).get(0).exact());
        assertFalse(index.entities("Carnegy Melon", List.of(), 1).get(0).exact());
    }

    @Test
    void keepsToTheTypesAsked() {
        List<Hit> hits = index.entities("Tsukuba", List.of("https://w3id.org/pactgraph/ontology#Place"), 5);
        assertFalse(hits.isEmpty());
        hits.forEach(h -> assertTrue(h.id().startsWith(ID + "place/"), h.id()));
    }

    @Test
    void findsNothingForAQueryWithoutWords() {
        assertTrue(index.entities("  ...  ", List.of(), 5).isEmpty());
    }

    @Test
    void suggestsClassesAndPropertiesOfTheOntology() {
        assertEquals("https://w3id.org/pactgraph/ontology#University", index.schemaTerms("univ", true, 3).get(0).id());
        assertEquals("https://w3id.org/pactgraph/ontology#locatedIn", index.schemaTerms("located in", false, 3).get(0).id());
    }
}
