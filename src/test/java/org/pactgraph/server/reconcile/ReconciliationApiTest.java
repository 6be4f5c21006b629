package org.pactgraph.server.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;

/**
 * The reconciliation service on a real server over the project's loaded store, driven the way
 * OpenRefine drives it: the manifest first, then batches of queries posted as a form, previews,
 * suggestions while typing a type or property, and data extension. Every answer is checked
 * against the community group's JSON Schema for it.
 */
class ReconciliationApiTest {
    private static final String ID = "https://w3id.org/pactgraph/id/";
    private static final String PACT = "https://w3id.org/pactgraph/ontology#";

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    private static JsonObject manifest;

    @BeforeAll
    static void start() {
        HttpResponse<String> r = server.get(ReconcileModule.PATH, "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertValid("manifest", r.body());
        manifest = JSON.parse(r.body());
    }

    private static void assertValid(String schema, String json) {
        List<String> errors = SpecSchemas.errors(schema, json);
        assertTrue(errors.isEmpty(), () -> schema + ": " + errors + "\n" + json);
    }

    /** A form POST to the service's root, as OpenRefine sends its batches. */
    private static HttpResponse<String> post(String parameter, String json) {
        return server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + ReconcileModule.PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(parameter + "=" + RunningServer.encode(json))).build());
    }

    /** A GET of a service the manifest names, from its service_url and service_path. */
    private static HttpResponse<String> service(JsonObject definition, String query) {
        String url = definition.getString("service_url") + definition.getString("service_path") + "?" + query;
        return server.send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private static JsonArray result(JsonObject batch, String key) {
        return batch.get(key).getAsObject().get("result").getAsArray();
    }

    @Test
    void theManifestNamesTheServicesOnThisServer() {
        assertEquals(ID, manifest.getString("identifierSpace"));
        assertEquals(PACT, manifest.getString("schemaSpace"));
        String suggest = manifest.get("suggest").getAsObject().get("entity").getAsObject().getString("service_url");
        assertEquals(server.baseUrl(), suggest);
        JsonArray types = manifest.get("defaultTypes").getAsArray();
        assertTrue(types.stream().anyMatch(t -> t.getAsObject().getString("id").equals(PACT + "Organization")), types.toString());
    }

    @Test
    void reconcilesABatchOfNamesPostedAsAForm() {
        String queries = """
                {"q0": {"query": "Carnegy Melon Univ", "type": "%1$sOrganization", "limit": 3},
                 "q1": {"query": "慶應義塾大学", "type": ["%1$sUniversity", "%1$sCompany"]},
                 "q2": {"query": "Fumio Kishida"},
                 "q3": {"query": "Tsukuba", "type": "%1$sOrganization", "properties": [{"pid": "pact:locatedIn", "v": "Tsukuba"}]},
                 "q4": {"query": "NVIDIA", "properties": [{"pid": "%1$slocatedIn", "v": {"id": "%2$splace/japan"}}]}}
                """.formatted(PACT, ID);
        HttpResponse<String> r = post("queries", queries);
        assertEquals(200, r.statusCode(), r.body());
        assertValid("reconciliation-result-batch", r.body());
        JsonObject batch = JSON.parse(r.body());
        JsonObject cmu = result(batch, "q0").get(0).getAsObject();
        assertEquals(ID + "org/carnegie-mellon-university", cmu.getString("id"));
        assertFalse(cmu.get("match").getAsBoolean().value(), "a misspelt name is a candidate, not a sure match");
        assertTrue(result(batch, "q0").size() <= 3);
        JsonObject keio = result(batch, "q1").get(0).getAsObject();
        assertEquals(ID + "org/keio-university", keio.getString("id"));
        assertTrue(keio.get("match").getAsBoolean().value(), "the Japanese name is one of Keio's names");
        assertEquals(ID + "person/kishida-fumio", result(batch, "q2").get(0).getAsObject().getString("id"));
        JsonObject tsukuba = result(batch, "q3").get(0).getAsObject();
        assertEquals(ID + "org/university-of-tsukuba", tsukuba.getString("id"));
        assertEquals(1.0, feature(tsukuba, "pact:locatedIn"), "Tsukuba University is in Tsukuba");
        JsonObject nvidia = result(batch, "q4").get(0).getAsObject();
        assertEquals(ID + "org/nvidia", nvidia.getString("id"));
        assertEquals(0.0, feature(nvidia, PACT + "locatedIn"), "NVIDIA is not in Japan");
        assertFalse(nvidia.get("match").getAsBoolean().value(), "a property value it lacks keeps it from being a sure match");
    }

    private static double feature(JsonObject candidate, String id) {
        for (JsonValue f : candidate.get("features").getAsArray()) {
            if (f.getAsObject().getString("id").equals(id)) return f.getAsObject().get("value").getAsNumber().value().doubleValue();
        }
        throw new AssertionError("no feature " + id + " in " + candidate);
    }

    @Test
    void reconcilesAQueryGivenInTheQueryString() {
        HttpResponse<String> r = server.get(ReconcileModule.PATH + "?queries=" + RunningServer.encode("{\"a\": {\"query\": \"UW\"}}"), "*/*");
        assertEquals(200, r.statusCode(), r.body());
        assertValid("reconciliation-result-batch", r.body());
        assertEquals(ID + "org/university-of-washington", result(JSON.parse(r.body()), "a").get(0).getAsObject().getString("id"));
    }

    @Test
    void previewsACandidateAsEscapedHtml() {
        String url = manifest.get("preview").getAsObject().getString("url").replace("{{id}}", RunningServer.encode(ID + "org/keio-university"));
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(url)).GET().build());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("<strong>Keio University</strong>"), r.body());
        assertTrue(r.body().contains("慶應義塾大学"), r.body());
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    }

    @Test
    void theViewUrlLeadsToTheEntitysPage() {
        String url = manifest.get("view").getAsObject().getString("url").replace("{{id}}", RunningServer.encode(ID + "org/keio-university"));
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(url)).GET().build());
        assertEquals(303, r.statusCode());
        assertEquals("/id/org/keio-university", r.headers().firstValue("Location").orElse(""));
    }

    @Test
    void suggestsEntitiesTypesAndPropertiesWhileTheUserTypes() {
        JsonObject suggest = manifest.get("suggest").getAsObject();
        HttpResponse<String> entities = service(suggest.get("entity").getAsObject(), "prefix=keio");
        assertValid("suggest-entities-response", entities.body());
        assertEquals(ID + "org/keio-university", JSON.parse(entities.body()).get("result").getAsArray().get(0).getAsObject().getString("id"));
        HttpResponse<String> types = service(suggest.get("type").getAsObject(), "prefix=univ");
        assertValid("suggest-types-response", types.body());
        assertEquals(PACT + "University", JSON.parse(types.body()).get("result").getAsArray().get(0).getAsObject().getString("id"));
        HttpResponse<String> properties = service(suggest.get("property").getAsObject(), "prefix=located");
        assertValid("suggest-properties-response", properties.body());
        assertEquals(PACT + "locatedIn", JSON.parse(properties.body()).get("result").getAsArray().get(0).getAsObject().getString("id"));
    }

    @Test
    void proposesThePropertiesEntitiesOfATypeHave() {
        JsonObject propose = manifest.get("extend").getAsObject().get("propose_properties").getAsObject();
        HttpResponse<String> r = service(propose, "type=" + RunningServer.encode(PACT + "University") + "&limit=5");
        assertEquals(200, r.statusCode(), r.body());
        assertValid("data-extension-property-proposal", r.body());
        JsonArray properties = JSON.parse(r.body()).get("properties").getAsArray();
        assertTrue(properties.size() <= 5 && !properties.isEmpty(), r.body());
        assertTrue(properties.stream().anyMatch(p -> p.getAsObject().getString("id").equals(PACT + "locatedIn")), r.body());
    }

    @Test
    void extendsReconciledRowsWithPropertyValues() {
        String extend = """
                {"ids": ["%1$sorg/keio-university", "%1$sorg/carnegie-mellon-university", "%1$sorg/no-such-thing"],
                 "properties": [{"id": "%2$slocatedIn"}, {"id": "%2$sshortName"}]}
                """.formatted(ID, PACT);
        HttpResponse<String> r = post("extend", extend);
        assertEquals(200, r.statusCode(), r.body());
        assertValid("data-extension-response", r.body());
        JsonObject rows = JSON.parse(r.body()).get("rows").getAsObject();
        JsonArray keioPlaces = rows.get(ID + "org/keio-university").getAsObject().get(PACT + "locatedIn").getAsArray();
        assertTrue(keioPlaces.stream().anyMatch(v -> v.getAsObject().getString("id").equals(ID + "place/tokyo")
                && v.getAsObject().getString("name").equals("Tokyo")), keioPlaces.toString());
        JsonArray cmuShort = rows.get(ID + "org/carnegie-mellon-university").getAsObject().get(PACT + "shortName").getAsArray();
        assertEquals("CMU", cmuShort.get(0).getAsObject().getString("str"));
        assertTrue(rows.get(ID + "org/no-such-thing").getAsObject().get(PACT + "locatedIn").getAsArray().isEmpty());
    }

    @Test
    void refusesBadBatchesWithAClear400() {
        HttpResponse<String> notJson = post("queries", "{\"q0\": {\"query\": ");
        assertEquals(400, notJson.statusCode());
        assertTrue(JSON.parse(notJson.body()).getString("error").contains("queries is not JSON"), notJson.body());

        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i <= 100; i++) many.append(i == 0 ? "" : ",").append("\"q").append(i).append("\": {\"query\": \"x\"}");
        HttpResponse<String> tooMany = post("queries", many.append("}").toString());
        assertEquals(400, tooMany.statusCode());
        assertTrue(tooMany.body().contains("101 queries, more than the 100"), tooMany.body());

        HttpResponse<String> tooLong = post("queries", "{\"q0\": {\"query\": \"" + "a".repeat(201) + "\"}}");
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("queries.q0.query has 201 characters"), tooLong.body());

        HttpResponse<String> badLimit = post("queries", "{\"q0\": {\"query\": \"Keio\", \"limit\": 0}}");
        assertEquals(400, badLimit.statusCode());
        assertTrue(badLimit.body().contains("queries.q0.limit is 0"), badLimit.body());

        HttpResponse<String> badProperty = post("queries", "{\"q0\": {\"query\": \"Keio\", \"properties\": [{\"v\": \"x\"}]}}");
        assertEquals(400, badProperty.statusCode());
        assertTrue(badProperty.body().contains("queries.q0.properties[0].pid is missing"), badProperty.body());

        HttpResponse<String> deep = post("queries", "[".repeat(100_000));
        assertEquals(400, deep.statusCode(), deep.body());
    }

    @Test
    void refusesAPostWithNeitherQueriesNorExtension() {
        HttpResponse<String> r = post("other", "{}");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("needs a form parameter queries or extend"), r.body());
    }

    @Test
    void extendsWithAnAnnouncementNamedAfterItsDocumentNotByItsIri() {
        HttpResponse<String> found = server.query("PREFIX pact: <" + PACT + "> PREFIX dct: <http://purl.org/dc/terms/> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?partnership ?title WHERE { ?partnership pact:announcedIn ?a . "
                + "?a pact:reportedIn/dct:title ?title FILTER NOT EXISTS { ?a rdfs:label ?label } FILTER (lang(?title) = \"en\") } "
                + "ORDER BY ?partnership ?title LIMIT 1", "application/sparql-results+json");
        JsonArray bindings = JSON.parse(found.body()).get("results").getAsObject().get("bindings").getAsArray();
        assertFalse(bindings.isEmpty(), "the project's data has a partnership announced in an announcement without a label: " + found.body());
        String partnership = bindings.get(0).getAsObject().get("partnership").getAsObject().getString("value");
        String title = bindings.get(0).getAsObject().get("title").getAsObject().getString("value");

        HttpResponse<String> r = post("extend", "{\"ids\": [\"" + partnership + "\"], \"properties\": [{\"id\": \"" + PACT + "announcedIn\"}]}");
        assertEquals(200, r.statusCode(), r.body());
        JsonArray announcements = JSON.parse(r.body()).get("rows").getAsObject().get(partnership).getAsObject().get(PACT + "announcedIn").getAsArray();
        assertTrue(announcements.stream().anyMatch(v -> v.getAsObject().getString("name").equals("Announcement: " + title)), announcements.toString());
    }
}
