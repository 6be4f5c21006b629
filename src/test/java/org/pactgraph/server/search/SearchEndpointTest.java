package org.pactgraph.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.TestData;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.load.Loader;
import org.pactgraph.model.Pact;
import org.pactgraph.server.RunningServer;

/**
 * {@code GET /search} on a real server over a real TDB2 store: ranked JSON answers for names in
 * either script and order, clear refusals of unbounded requests, and an index that follows the
 * store when a load switches it to a new generation.
 */
class SearchEndpointTest {
    private static final String ID = "https://w3id.org/pactgraph/id/";
    private static final String ANNOUNCEMENT = ID + "announcement/2024-04-09-us-japan-ai-partnerships";

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    @TempDir Path tmp;

    private static JsonArray results(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.parse(r.body()).get("results").getAsArray();
    }

    private static String search(String q) {
        return SearchModule.PATH + "?q=" + RunningServer.encode(q);
    }

    @Test
    void answersRankedMatchesAndRefusesUnboundedRequests() {
        JsonObject kishida = results(server.get(search("Fumio Kishida"), "*/*")).get(0).getAsObject();
        assertEquals(ID + "person/kishida-fumio", kishida.getString("id"));
        assertEquals("Kishida Fumio", kishida.getString("name"));
        assertEquals("岸田文雄", kishida.getString("ja"));
        assertEquals("/id/person/kishida-fumio", kishida.getString("page"));
        assertTrue(kishida.get("exact").getAsBoolean().value());

        JsonArray tsukuba = results(server.get(search("筑波") + "&limit=2", "*/*"));
        assertTrue(tsukuba.size() <= 2);
        assertEquals(ID + "org/university-of-tsukuba", tsukuba.get(0).getAsObject().getString("id"));

        JsonArray places = results(server.get(search("Tsukuba") + "&type=" + RunningServer.encode("https://w3id.org/pactgraph/ontology#Place"), "*/*"));
        assertEquals(ID + "place/tsukuba", places.get(0).getAsObject().getString("id"));
        // Inferred types count: a university is an organisation by the ontology only.
        JsonArray organisations = results(server.get(search("Tsukuba") + "&type=" + RunningServer.encode("https://w3id.org/pactgraph/ontology#Organization"), "*/*"));
        assertEquals(ID + "org/university-of-tsukuba", organisations.get(0).getAsObject().getString("id"));

        assertRefused(server.get(SearchModule.PATH, "*/*"), "The parameter q is missing or empty");
        assertRefused(server.get(search("x".repeat(201)), "*/*"), "q has 201 characters, more than the 200");
        assertRefused(server.get(search("Keio") + "&limit=51", "*/*"), "limit is 51, outside 1 to 50");
        assertRefused(server.get(search("Keio") + "&limit=ten", "*/*"), "limit is 'ten', not a whole number");
    }

    @Test
    void findsAnAnnouncementByItsDocumentsTitleUnderTheNameItsPageGivesIt() {
        String name = "Announcement: The United States and Japan Announce Two New University-Corporate AI Partnerships Worth $110 Million";
        // The title is also the text of the document's first sentence, a text span labelled with
        // its text, which is indexed too and, shorter, comes first.
        JsonObject found = results(server.get(search("United States and Japan Announce University-Corporate AI Partnerships") + "&limit=3", "*/*"))
                .stream().map(JsonValue::getAsObject).filter(r -> r.getString("id").equals(ANNOUNCEMENT)).findFirst()
                .orElseThrow(() -> new AssertionError("the announcement is not among the first three results"));
        assertEquals(name, found.getString("name"));
        assertEquals("Announcement", found.getString("description"));
        assertTrue(found.get("types").getAsArray().contains(new JsonString(Pact.Announcement.getURI())), found.toString());
        HttpResponse<String> see = server.get(found.getString("page"), "text/html");
        assertEquals(303, see.statusCode());
        HttpResponse<String> page = server.get(see.headers().firstValue("Location").orElseThrow(), "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>" + name), page.body().lines().filter(l -> l.contains("<title>")).findFirst().orElse(page.body()));
        JsonObject exact = results(server.get(search(name), "*/*")).get(0).getAsObject();
        assertEquals(ANNOUNCEMENT, exact.getString("id"));
        assertTrue(exact.get("exact").getAsBoolean().value());
    }

    private static void assertRefused(HttpResponse<String> r, String why) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(JSON.parse(r.body()).getString("error").contains(why), r.body());
    }

    @Test
    void findsWhatANewGenerationAddsOnceTheServerMovesToIt() throws IOException {
        Path project = TestData.copyOfProject();
        Path store = tmp.resolve("store");
        new Loader().load(new LoadSettings(project.resolve("data"), project.resolve("ontology"), store));
        try (RunningServer server = RunningServer.over(store, RunningServer.loopback())) {
            assertTrue(results(server.get(search("Zephyr Quantum Institute"), "*/*")).stream()
                    .noneMatch(r -> r.getAsObject().getString("id").equals(ID + "org/zephyr-quantum-institute")));
            Files.writeString(project.resolve("data/reference/zephyr.ttl"), """
                    @prefix pact: <https://w3id.org/pactgraph/ontology#> .
                    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                    @prefix dct:  <http://purl.org/dc/terms/> .
                    <https://w3id.org/pactgraph/id/org/zephyr-quantum-institute> a pact:Institution ;
                        rdfs:label "Zephyr Quantum Institute"@en , "ゼファー量子研究所"@ja ;
                        dct:source <https://example.org/zephyr> .
                    """);
            new Loader().load(new LoadSettings(project.resolve("data"), project.resolve("ontology"), store));
            JsonArray after = results(server.get(search("ゼファー量子研究所"), "*/*"));
            assertEquals(ID + "org/zephyr-quantum-institute", after.get(0).getAsObject().getString("id"));
        }
    }
}
