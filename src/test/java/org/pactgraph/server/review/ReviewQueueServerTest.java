package org.pactgraph.server.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.pactgraph.TestData;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.load.Loader;
import org.pactgraph.review.RemoteReview;
import org.pactgraph.review.ReviewException;
import org.pactgraph.server.RunningServer;

/**
 * The review queue on a real server over a real TDB2 store, with real Basic credentials: only
 * writers see and decide; the queue shows each candidate with its sentence in context and what
 * approving adds; an approval, an edit and a merge show at once in SPARQL answers, and are
 * recorded with who and when (PROV-O) in graph/decisions; the CLI's client does the same; the
 * queue comes in bounded pages; an undo puts an item back and keeps the decision as history.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewQueueServerTest {
    private static final String PREFIXES = "PREFIX pact: <https://w3id.org/pactgraph/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
            + "PREFIX porg: <https://w3id.org/pactgraph/id/org/> PREFIX partnership: <https://w3id.org/pactgraph/id/partnership/> ";
    private static RunningServer server;
    private static Path project;
    private static String approvedEntity;

    @BeforeAll
    static void start() throws IOException {
        project = TestData.copyOfProject();
        Files.copy(Path.of("src/test/resources/extract/documents/ambiguous-partnership.md"),
                project.resolve("data/announcements/ambiguous-partnership.md"));
        Path store = project.resolve("store");
        new Loader().load(new LoadSettings(project.resolve("data"), project.resolve("ontology"), store));
        Path users = RunningServer.usersFile("alice", "write", "alice-secret", "bob", "read", "bob-secret");
        server = RunningServer.over(store, RunningServer.loopback().withAuthFile(users));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    @Order(1)
    void onlyWritersSeeTheQueue() {
        HttpResponse<String> anonymous = server.get("/review", "text/html");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(403, get("/review/queue", "bob", "bob-secret").statusCode());
        HttpResponse<String> page = get("/review", "alice", "alice-secret");
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertFalse(page.body().contains("<script>") || page.body().contains("style="), "no inline script or style");
        assertTrue(page.body().contains("<kbd>j</kbd>") && page.body().contains("/page/review.js"), page.body());
        assertEquals(200, server.get("/page/review.js", "*/*").statusCode());
        assertEquals(200, server.get("/page/autocomplete.js", "*/*").statusCode());
    }

    @Test
    @Order(2)
    void theQueueShowsTheCandidateInContextAndWhatApprovingAdds() {
        JsonObject gorse = gorseCandidate();
        assertEquals(0.6, gorse.get("confidence").getAsNumber().value().doubleValue(), 1e-9);
        assertTrue(gorse.getString("sentence").contains("$2 million from Gorse Systems"), gorse.toString());
        assertTrue(gorse.getString("before").contains("Elm University and Fenwick University will also partner"), gorse.toString());
        String adds = gorse.get("adds").toString();
        assertTrue(adds.contains("pact:fundedBy porg:gorse-systems") && adds.contains("pact:currency \\\"USD\\\""), adds);
        assertEquals("porg:gorse-systems", gorse.get("object").getAsObject().getString("short"), "the main fact names the organisation");
        assertFalse(ask("{ ?p pact:fundedBy porg:gorse-systems }"), "a candidate is not asserted before approval");
    }

    @Test
    @Order(3)
    void theQueueComesInBoundedPagesWithTheWholeQueuesSize() {
        JsonObject whole = JSON.parse(get("/review/queue?limit=500", "alice", "alice-secret").body());
        int total = whole.get("total").getAsNumber().value().intValue();
        assertTrue(total >= 3 && total == whole.get("items").getAsArray().size(), whole.toString());
        JsonObject second = JSON.parse(get("/review/queue?offset=1&limit=1", "alice", "alice-secret").body());
        assertEquals(1, second.get("items").getAsArray().size());
        assertEquals(whole.get("items").getAsArray().get(1).getAsObject().getString("key"),
                second.get("items").getAsArray().get(0).getAsObject().getString("key"), "a page is that slice of the queue");
        assertEquals(total, second.get("total").getAsNumber().value().intValue());
        assertEquals("/review/queue?offset=2&limit=1", second.getString("next"));
        assertEquals("/review/queue?offset=0&limit=1", second.getString("previous"));
        String text = get("/review/queue?format=text&offset=1&limit=1", "alice", "alice-secret").body();
        assertTrue(text.contains("\nshowing 2-2 of " + total + "; previous: --offset 0; next: --offset 2\n"), text);
        HttpResponse<String> tooMany = get("/review/queue?limit=100000", "alice", "alice-secret");
        assertEquals(400, tooMany.statusCode());
        assertTrue(tooMany.body().contains("limit 100000 is out of bounds") && tooMany.body().contains("from 1 to 500"), tooMany.body());
        assertEquals(400, get("/review/queue?offset=-1", "alice", "alice-secret").statusCode());
        assertTrue(get("/review/queue?offset=x1", "alice", "alice-secret").body().contains("offset=x1 is not a whole number"));
        assertTrue(get("/review/queue?offset=%2B5", "alice", "alice-secret").body().contains("offset=+5 is not a whole number"), "digits only");
        assertTrue(get("/review/queue?offset=%EF%BC%95", "alice", "alice-secret").body().contains("is not a whole number"), "ASCII digits only");
        assertTrue(get("/review/queue?offset=99999999999", "alice", "alice-secret").body().contains("offset=99999999999 is too large"));
    }

    @Test
    @Order(4)
    void aDecisionFromAnotherSiteIsRefusedAndAnEditAssertsTheChosenOrganisationAtOnce() {
        String key = gorseCandidate().getString("key");
        HttpResponse<String> crossSite = decide(Map.of("action", "approve", "key", key), "https://evil.example");
        assertEquals(403, crossSite.statusCode(), crossSite.body());
        assertTrue(crossSite.body().startsWith("Writes from pages of other sites are refused (Origin https://evil.example"),
                "the server's one cross-site rule answers: " + crossSite.body());
        HttpResponse<String> edited = decide(Map.of("action", "edit", "key", key, "object", "https://w3id.org/pactgraph/id/org/nvidia"), null);
        assertEquals(200, edited.statusCode(), edited.body());
        assertTrue(ask("{ partnership:elm-university-fenwick-university-2032 pact:fundedBy porg:nvidia }"), "asserted at once, edited");
        assertTrue(ask("{ ?funding pact:funder porg:nvidia ; pact:amount/pact:currency 'USD' }"), "the whole reading of the sentence");
        assertFalse(ask("{ GRAPH ?g { ?x ?p porg:gorse-systems FILTER (?p != <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> "
                + "&& STRSTARTS(STR(?g), 'https://w3id.org/pactgraph/graph/document/')) } }"), "the replaced organisation is asserted nowhere");
        assertTrue(ask("{ GRAPH <https://w3id.org/pactgraph/graph/decisions> { ?d a prov:Activity ; prov:wasAttributedTo ?who ; "
                + "prov:endedAtTime ?t ; prov:generated ?s ; prov:invalidated ?c . ?who <http://www.w3.org/2000/01/rdf-schema#label> \"alice\" } }"));
        assertTrue(queue().stream().noneMatch(v -> v.getAsObject().getString("key").equals(key)), "decided: out of the queue");
        HttpResponse<String> again = decide(Map.of("action", "approve", "key", key), null);
        assertEquals(400, again.statusCode());
    }

    @Test
    @Order(5)
    void aMergeRewritesTheNewEntityToTheChosenOrganisation() {
        JsonObject fenwick = queue().stream().map(JsonValue::getAsObject)
                .filter(o -> o.getString("kind").equals("entity") && o.get("entity").getAsObject().getString("iri").endsWith("/org/fenwick-university"))
                .findFirst().orElseThrow(() -> new AssertionError("the new organisation is to review: " + queue()));
        HttpResponse<String> merged = decide(Map.of("action", "merge", "from", fenwick.get("entity").getAsObject().getString("iri"),
                "into", "porg:university-of-washington"), null);
        assertEquals(200, merged.statusCode(), merged.body());
        assertTrue(ask("{ partnership:elm-university-fenwick-university-2032 pact:partner porg:university-of-washington }"));
        assertTrue(ask("{ porg:university-of-washington <http://www.w3.org/2004/02/skos/core#altLabel> 'Fenwick University'@en }"));
        assertFalse(ask("{ GRAPH ?g { porg:fenwick-university ?p ?o } FILTER (STRSTARTS(STR(?g), 'https://w3id.org/pactgraph/graph/document/')) }"));
        HttpResponse<String> intoItself = decide(Map.of("action", "merge", "from", "porg:nvidia", "into", "porg:nvidia"), null);
        assertEquals(400, intoItself.statusCode());
    }

    @Test
    @Order(6)
    void theCommandLinesClientListsAndDecidesThroughTheServer() {
        RemoteReview alice = new RemoteReview(URI.create(server.baseUrl()), "alice", "alice-secret".toCharArray());
        String text = alice.queueText();
        assertTrue(text.matches("(?s)\\d+ to review: \\d+ candidate facts in \\d+ items?, \\d+ new entities\n.*"), text);
        String key = text.lines().filter(l -> l.matches("entity  .*  key [0-9a-f]{16}")).findFirst().orElseThrow().replaceAll(".* key ", "");
        assertEquals("approve", alice.decide(Map.of("action", "approve", "key", key)).getString("decision"));
        assertFalse(alice.queueText().contains(key));
        approvedEntity = key;
        RemoteReview bob = new RemoteReview(URI.create(server.baseUrl()), "bob", "bob-secret".toCharArray());
        ReviewException refused = org.junit.jupiter.api.Assertions.assertThrows(ReviewException.class, bob::queueText);
        assertTrue(refused.getMessage().contains("403"), refused.getMessage());
    }

    @Test
    @Order(7)
    void anUndoFromTheSameSitePutsTheItemBackAndKeepsTheDecisionAsHistory() {
        HttpResponse<String> crossSite = post("/review/undo", Map.of("key", approvedEntity), "https://evil.example");
        assertEquals(403, crossSite.statusCode(), crossSite.body());
        RemoteReview alice = new RemoteReview(URI.create(server.baseUrl()), "alice", "alice-secret".toCharArray());
        assertEquals(List.of(approvedEntity), alice.undo(approvedEntity).get("undone").getAsArray().stream().map(v -> v.getAsString().value()).toList());
        assertTrue(alice.queueText(0, 500).contains("key " + approvedEntity), "waits for review again");
        assertTrue(ask("{ GRAPH <https://w3id.org/pactgraph/graph/decisions> { ?undo a prov:Activity ; <http://purl.org/dc/terms/type> 'undo' ; "
                + "prov:wasAttributedTo ?who ; prov:invalidated ?d . ?d <http://purl.org/dc/terms/identifier> '" + approvedEntity + "' ; "
                + "<http://purl.org/dc/terms/type> 'approve' } }"), "the approval is kept, invalidated by the undo");
        ReviewException twice = org.junit.jupiter.api.Assertions.assertThrows(ReviewException.class, () -> alice.undo(approvedEntity));
        assertTrue(twice.getMessage().contains("No standing decision has the key " + approvedEntity), twice.getMessage());
    }

    @Test
    @Order(8)
    void inChromiumJAndADecideFromTheKeyboardAndTheQueryPageInsertsTheIriASearchFinds() {
        org.openqa.selenium.chrome.ChromeDriver browser = org.pactgraph.server.HeadlessChromium.start();
        try {
            var waiting = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20));
            // The writer's credentials on every request of the page, as a browser sends them once asked.
            browser.executeCdpCommand("Network.enable", Map.of());
            browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
                    "Basic " + java.util.Base64.getEncoder().encodeToString("alice:alice-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
            browser.get(server.baseUrl() + "/review");
            waiting.until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#queue .item.current")).size() == 1);
            String second = browser.findElements(org.openqa.selenium.By.cssSelector("#queue .item")).get(1).getDomAttribute("data-key");
            var body = browser.findElement(org.openqa.selenium.By.tagName("body"));
            body.sendKeys("j");
            body.sendKeys("a");
            waiting.until(d -> d.findElement(org.openqa.selenium.By.cssSelector("#queue .item[data-key='" + second + "']")).getDomAttribute("class").contains("done"));
            assertTrue(queue().stream().noneMatch(v -> v.getAsObject().getString("key").equals(second)), "the item approved with j, a left the queue");
            assertTrue(browser.findElement(org.openqa.selenium.By.id("position")).getText().matches("1-\\d+ of \\d+"));
            body.sendKeys("u");
            waiting.until(d -> !d.findElement(org.openqa.selenium.By.cssSelector("#queue .item[data-key='" + second + "']")).getDomAttribute("class").contains("done"));
            assertTrue(queue().stream().anyMatch(v -> v.getAsObject().getString("key").equals(second)), "u undid it: back in the queue");

            browser.get(server.baseUrl() + "/");
            var box = waiting.until(d -> d.findElement(org.openqa.selenium.By.id("iri-search")));
            box.sendKeys("Keio Univ");
            waiting.until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#iri-suggestions li")).isEmpty());
            box.sendKeys(org.openqa.selenium.Keys.ENTER);
            Object text = browser.executeScript("return window.pactgraph.page.yasqe.getValue()");
            assertTrue(String.valueOf(text).contains("<https://w3id.org/pactgraph/id/org/keio-university>"), String.valueOf(text));
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(9)
    void aFullLoadWhileServingKeepsTheDecisionsTheServerCarriesOver() throws IOException {
        Files.writeString(project.resolve("data/reference/organizations.ttl"), "\n# touched\n", java.nio.file.StandardOpenOption.APPEND);
        Path store = project.resolve("store");
        Path before = Files.readSymbolicLink(store.resolve("current"));
        new Loader().load(new LoadSettings(project.resolve("data"), project.resolve("ontology"), store));
        assertFalse(before.equals(Files.readSymbolicLink(store.resolve("current"))), "the load switched generations");
        // The load could not read the decisions the server holds; the server carries them over and replays them as it moves.
        assertTrue(ask("{ partnership:elm-university-fenwick-university-2032 pact:fundedBy porg:nvidia }"), "the edit, after the load");
        assertTrue(ask("{ partnership:elm-university-fenwick-university-2032 pact:partner porg:university-of-washington }"), "the merge, after the load");
        assertFalse(ask("{ ?p pact:fundedBy porg:gorse-systems }"));
        assertTrue(queue().stream().anyMatch(v -> v.getAsObject().getString("key").equals(approvedEntity)), "the undo, after the load");
    }

    private static JsonObject gorseCandidate() {
        return queue().stream().map(JsonValue::getAsObject)
                .filter(o -> o.getString("kind").equals("fact") && o.get("facts").toString().contains("pact:fundedBy porg:gorse-systems"))
                .findFirst().orElseThrow(() -> new AssertionError("no Gorse candidate in " + queue()));
    }

    private static JsonArray queue() {
        HttpResponse<String> r = get("/review/queue", "alice", "alice-secret");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.parse(r.body()).get("items").getAsArray();
    }

    private static HttpResponse<String> get(String path, String user, String password) {
        return server.send(RunningServer.withCredentials(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET(), user, password).build());
    }

    private static HttpResponse<String> decide(Map<String, String> form, String origin) {
        return post("/review/decide", form, origin);
    }

    private static HttpResponse<String> post(String path, Map<String, String> form, String origin) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=').append(RunningServer.encode(v)));
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (origin != null) r.header("Origin", origin);
        return server.send(RunningServer.withCredentials(r, "alice", "alice-secret").build());
    }

    private static boolean ask(String pattern) {
        HttpResponse<String> r = server.query(PREFIXES + "ASK " + pattern, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().contains("true");
    }
}
