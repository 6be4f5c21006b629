package org.pactgraph.server.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.model.Namespaces;
import org.pactgraph.reason.Derivation;
import org.pactgraph.reason.NodeText;
import org.pactgraph.reason.Schema;
import org.pactgraph.reason.Source;
import org.pactgraph.server.RunningServer;

/** {@code GET /pactgraph/explain} on a real server over the project's store, with a plain HTTP client. */
class ExplainEndpointTest {
    private static final String KEIO = "https://w3id.org/pactgraph/id/org/keio-university";
    private static final String LOCATED_IN = "https://w3id.org/pactgraph/ontology#locatedIn";
    private static final String JAPAN = "https://w3id.org/pactgraph/id/place/japan";

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    private static String explain(String s, String p, String o) {
        return ExplainModule.PATH + "?s=" + RunningServer.encode(s) + "&p=" + RunningServer.encode(p) + "&o=" + RunningServer.encode(o);
    }

    @Test
    void answersWithAnHtmlTreeOfRulesByDefault() {
        HttpResponse<String> r = server.get(explain(KEIO, LOCATED_IN, JAPAN), "text/html,*/*");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String page = r.body();
        assertTrue(page.contains("<h1>Why <code>porg:keio-university pact:locatedIn place:japan</code> holds</h1>"), page);
        assertTrue(page.contains("<span class=\"rule\">prp-trp</span> <span class=\"axiom\">pact:locatedIn a owl:TransitiveProperty</span>"), page);
        assertTrue(page.contains("<a href=\"/id/org/keio-university\">porg:keio-university</a>"), page);
        assertTrue(page.contains("<span class=\"rule asserted\">asserted</span>"), page);
        assertTrue(page.contains("in graph <a href=\"https://w3id.org/pactgraph/graph/reference\">"), page);
    }

    @Test
    void answersJsonWhenAskedForIt() {
        HttpResponse<String> r = server.get(explain(KEIO, LOCATED_IN, JAPAN), "application/json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject root = JSON.parse(r.body());
        assertEquals("prp-trp", root.getString("rule"));
        assertEquals("pact:locatedIn a owl:TransitiveProperty", root.getString("axiom"));
        assertEquals(KEIO, root.get("triple").getAsObject().get("subject").getAsObject().getString("value"));
        JsonArray premises = root.get("premises").getAsArray();
        assertEquals(2, premises.size());
        for (var p : premises) {
            JsonObject premise = p.getAsObject();
            assertEquals("asserted", premise.getString("rule"));
            JsonObject source = premise.get("sources").getAsArray().get(0).getAsObject();
            assertEquals("https://w3id.org/pactgraph/graph/reference", source.getString("graph"));
            assertFalse(source.get("references").getAsArray().isEmpty());
        }
    }

    @Test
    void showsTheSentenceOfAnExtractedFactEscaped() {
        HttpResponse<String> r = server.get(explain("porg:nvidia", "pact:involvedIn", "partnership:uw-tsukuba-ai-2024"), "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<span class=\"rule\">prp-inv2</span>"), r.body());
        // The quotation marks of the quoted sentence come from data: they are escaped.
        assertTrue(r.body().contains("<blockquote>&quot;This is an exciting effort"), r.body());
    }

    @Test
    void explainsATripleWhoseObjectIsALiteral() {
        String value = "\"50000000.0\"^^<http://www.w3.org/2001/XMLSchema#decimal>";
        HttpResponse<String> r = server.get(explain("https://w3id.org/pactgraph/id/funding/uw-tsukuba-ai-2024#amount",
                "https://schema.org/value", value), "application/json");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject root = JSON.parse(r.body());
        assertEquals("prp-spo1", root.getString("rule"));
        assertEquals("pact:value rdfs:subPropertyOf schema:value", root.getString("axiom"));
    }

    @Test
    void saysWhenATripleNeitherIsAssertedNorFollows() {
        HttpResponse<String> r = server.get(explain("porg:nvidia", "a", "pact:University"), "application/json");
        assertEquals(404, r.statusCode());
        assertTrue(JSON.parse(r.body()).getString("error").startsWith("porg:nvidia a pact:University is neither asserted nor inferred"), r.body());
    }

    @Test
    void refusesAMissingTermWithBadRequest() {
        HttpResponse<String> r = server.get(ExplainModule.PATH + "?s=" + RunningServer.encode(KEIO), "text/html");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("The parameters s, p and o are required"), r.body());
    }

    @Test
    void everyExplanationLinkOfAResourcePageLeadsToAnExplanation() {
        for (String resource : java.util.List.of("/id/org/nvidia.html", "/id/org/keio-university.html", "/id/funding/uw-tsukuba-ai-2024.html")) {
            String page = server.get(resource, "text/html").body();
            var links = java.util.regex.Pattern.compile("href=\"(" + java.util.regex.Pattern.quote(ExplainModule.PATH) + "\\?[^\"]+)\"").matcher(page);
            int followed = 0;
            while (links.find()) {
                String href = links.group(1).replace("&#61;", "=").replace("&amp;", "&");
                HttpResponse<String> r = server.get(href, "application/json");
                assertEquals(200, r.statusCode(), href + " " + r.body());
                assertFalse(JSON.parse(r.body()).getString("rule").equals("asserted"), href);
                followed++;
            }
            assertTrue(followed > 0, resource + " links no explanation");
        }
    }

    @Test
    void anAssertedTripleIsSaidToBeAsserted() {
        HttpResponse<String> r = server.get(explain("place:tokyo", "pact:locatedIn", "place:japan"), "application/json");
        assertEquals(200, r.statusCode());
        assertEquals("asserted", JSON.parse(r.body()).getString("rule"));
    }

    @Test
    void allTrueGivesEveryDerivationAsJsonTheShallowestFirst() {
        String organization = "https://w3id.org/pactgraph/ontology#Organization";
        String type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
        HttpResponse<String> one = server.get(explain(KEIO, type, organization) + "&format=json", "*/*");
        HttpResponse<String> all = server.get(explain(KEIO, type, organization) + "&format=json&all=true", "*/*");
        assertEquals(200, all.statusCode(), all.body());
        JsonObject root = JSON.parse(all.body());
        assertEquals("porg:keio-university a pact:Organization", root.getString("text"));
        assertTrue(root.get("complete").getAsBoolean().value());
        JsonArray ways = root.get("derivations").getAsArray();
        assertTrue(ways.size() > 1, all.body());
        assertEquals(JSON.parse(one.body()).getString("rule"), ways.get(0).getAsObject().getString("rule"));
        assertTrue(all.body().contains("\"asserted\" : true"), all.body());
    }

    @Test
    void allTrueGivesAPageWithEveryDerivationNumbered() {
        String organization = "https://w3id.org/pactgraph/ontology#Organization";
        HttpResponse<String> r = server.get(explain(KEIO, "a", organization) + "&all=true", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("<h1>Every derivation of <code>porg:keio-university a pact:Organization</code></h1>"), r.body());
        assertTrue(r.body().contains("<li>1. <span class=\"rule\">") && r.body().contains("<li>2. <span class=\"rule\">"), r.body());
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("sha256-"), "the page's own policy");
    }

    @Test
    void iriOfAnotherSchemeThanHttpIsShownAsTextNeverAsALink() {
        Node s = NodeFactory.createURI("javascript:alert(1)//s");
        Triple t = Triple.create(s, NodeFactory.createURI("https://example.org/p"), NodeFactory.createURI("data:text/html,<b>o</b>"));
        Source source = new Source("javascript:alert(2)//graph", null, null, null, List.of("javascript:alert(3)", "https://example.org/ok"));
        String html = ExplanationPage.write(new ExplainServlet.Explained(
                new Derivation(t, Derivation.ASSERTED, null, null, List.of(), List.of(source)),
                new NodeText(Namespaces.standard(), Schema.of(GraphFactory.createDefaultGraph()))));
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).matches("(?s).*href=\"\\s*(javascript|data):.*"), html);
        assertTrue(html.contains("href=\"https://example.org/ok\""), html);
        assertTrue(html.contains("javascript:alert(3)"), "shown as text: " + html);
    }

    @Test
    void theHtmlAnswersPolicyAllowsItsInlineStyleByHash() throws Exception {
        HttpResponse<String> r = server.get(explain(KEIO, LOCATED_IN, JAPAN), "text/html");
        String html = r.body();
        String style = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
        String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(style.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("style-src 'sha256-" + hash + "'"), csp);
        assertFalse(csp.contains("script-src") || csp.contains("unsafe-inline"), csp);
    }
}
