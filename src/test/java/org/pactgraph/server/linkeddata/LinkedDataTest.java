package org.pactgraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pactgraph.TestData;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;
import org.pactgraph.model.Prov;
import org.pactgraph.server.RunningServer;
import org.pactgraph.store.TdbStore;

/** Resource IRIs dereferenced over real HTTP against the real store, as a linked-data client does. */
class LinkedDataTest {
    private static final String NVIDIA = Iris.ID_BASE + "org/nvidia";

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    private static DatasetGraph store;

    @BeforeAll
    static void start() {
        store = TdbStore.at(TestData.loadedStore()).open();
    }

    @ParameterizedTest
    @CsvSource({
        "text/html, html", "text/turtle, ttl", "application/ld+json, jsonld", "application/rdf+xml, rdf",
        "application/n-triples, nt", "application/n-quads, nq", "application/trig, trig", "*/*, html",
        "'text/turtle;q=0.5, application/ld+json', jsonld", "'text/html,application/xhtml+xml,*/*;q=0.8', html",
        "'text/plain, */*;q=0.1', nt", "application/json, jsonld", "'text/n3, */*;q=0.1', ttl", "application/x-trig, trig",
        "'text/x-nquads, */*;q=0.1', nq"})
    void aResourceIriAnswersSeeOtherToTheDocumentInTheAcceptedFormat(String accept, String suffix) {
        HttpResponse<String> r = server.get("/id/org/nvidia", accept);
        assertEquals(303, r.statusCode());
        assertEquals("/id/org/nvidia." + suffix, r.headers().firstValue("Location").orElse(""));
        List<String> vary = Arrays.stream(r.headers().firstValue("Vary").orElse("").split(",")).map(String::strip).toList();
        assertTrue(vary.contains("Accept") && vary.contains("Origin"), "varies on Accept and on Origin (CORS): " + vary);
    }

    @Test
    void anAcceptHeaderWithNothingOfferedGets406ListingWhatIs() {
        HttpResponse<String> r = server.get("/id/org/nvidia", "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle"), r.body());
    }

    @ParameterizedTest
    @CsvSource({"ttl", "nt", "jsonld", "rdf", "trig", "nq"})
    void everySuffixDocumentParsesAndHoldsTheSymmetricDescriptionWithLabelsAndProvenance(String suffix) {
        HttpResponse<String> r = server.get("/id/org/nvidia." + suffix, "*/*");
        assertEquals(200, r.statusCode(), r.body());
        Lang lang = RDFLanguages.fileExtToLang(suffix);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(lang.getHeaderString()),
                r.headers().firstValue("Content-Type").orElse(""));
        DatasetGraph served = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(r.body(), lang).parse(served);
        Graph union = served.getUnionGraph().isEmpty() ? served.getDefaultGraph() : served.getUnionGraph();
        Node nvidia = NodeFactory.createURI(NVIDIA);
        List<String> missing = new ArrayList<>();
        Txn.executeRead(store, () -> store.find(Node.ANY, nvidia, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!union.contains(q.asTriple())) missing.add("outgoing " + q.asTriple());
            if (q.getObject().isURI()) {
                store.find(Node.ANY, q.getObject(), RDFS.label.asNode(), Node.ANY).forEachRemaining(l -> {
                    if (!union.contains(l.asTriple())) missing.add("label " + l.asTriple());
                });
            }
        }));
        Txn.executeRead(store, () -> store.find(Node.ANY, Node.ANY, Node.ANY, nvidia).forEachRemaining(q -> {
            if (!union.contains(q.asTriple())) missing.add("incoming " + q.asTriple());
        }));
        assertEquals(List.of(), missing);
        // Provenance: an extracted statement with nvidia as object, reified, with its span and sentence.
        List<Triple> reified = union.find(Node.ANY, RDF.object.asNode(), nvidia).toList();
        assertFalse(reified.isEmpty(), "the statements extracted about nvidia are reified in the description");
        Node statement = reified.get(0).getSubject();
        Node span = union.find(statement, Prov.wasDerivedFrom.asNode(), Node.ANY).next().getObject();
        assertTrue(span.getURI().startsWith(Iris.ID_BASE + "document/") && span.getURI().contains("#char="), span.toString());
        assertTrue(union.contains(span, RDFS.label.asNode(), Node.ANY), "the sentence of the span");
        assertTrue(union.contains(statement, Pact.extractedBy.asNode(), Node.ANY), "the rule");
    }

    @Test
    void aHashIriBelongsToTheDocumentOfItsResource() {
        String funding = Txn.calculateRead(store, () -> store.find(Node.ANY, Node.ANY, Pact.amount.asNode(), Node.ANY).next().getSubject().getURI());
        String path = funding.substring(Iris.ID_BASE.length());
        HttpResponse<String> r = server.get("/id/" + path + ".nt", "*/*");
        Graph g = RDFParser.fromString(r.body(), Lang.NTRIPLES).toGraph();
        Node amount = g.find(NodeFactory.createURI(funding), Pact.amount.asNode(), Node.ANY).next().getObject();
        assertTrue(amount.getURI().startsWith(funding + "#"), amount.toString());
        assertTrue(g.contains(amount, Pact.value.asNode(), Node.ANY), "the amount's own statements are in the funding's document");
    }

    @Test
    void anUnknownResourceIs404WithAPageSuggestingResourcesOfItsKind() {
        HttpResponse<String> html = server.get("/id/org/no-such-organisation", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(html.body().contains("https://w3id.org/pactgraph/id/org/no-such-organisation"), html.body());
        assertTrue(html.body().contains("href=\"/id/org/nvidia\""), "suggests organisations");
        HttpResponse<String> turtle = server.get("/id/org/no-such-organisation.ttl", "text/turtle");
        assertEquals(404, turtle.statusCode());
        assertTrue(turtle.body().startsWith("No resource <https://w3id.org/pactgraph/id/org/no-such-organisation>"), turtle.body());
        assertEquals(404, server.get("/id/", "text/html").statusCode());
        assertEquals(404, server.get("/id/org/%3Cscript%3E", "text/html").statusCode());
    }

    @Test
    void htmlPagesCarryTheSecurityHeadersAndNoScript() {
        HttpResponse<String> r = server.get("/id/org/nvidia.html", "text/html");
        assertEquals(200, r.statusCode());
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && !csp.contains("script-src"), csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertFalse(r.body().contains("<script"), "no script on the page");
    }

    @Test
    void theTitleFollowsAcceptLanguageAndFallsBackToEnglish() {
        Node tsukuba = NodeFactory.createURI(Iris.ID_BASE + "org/university-of-tsukuba");
        String ja = label(tsukuba, "ja");
        String en = label(tsukuba, "en");
        assertTrue(page("/id/org/university-of-tsukuba.html", "ja,en;q=0.5").contains("<h1 id=\"title\">" + ja + "</h1>"));
        assertTrue(page("/id/org/university-of-tsukuba.html", "fr").contains("<h1 id=\"title\">" + en + "</h1>"));
        Node nvidia = NodeFactory.createURI(NVIDIA);
        String enOnly = label(nvidia, "en");
        assertTrue(page("/id/org/nvidia.html", "ja").contains("<h1 id=\"title\">" + (label(nvidia, "ja") != null ? label(nvidia, "ja") : enOnly) + "</h1>"));
    }

    @Test
    void inferredStatementsAreMarkedAndLinkToTheirExplanation() {
        String html = page("/id/org/nvidia.html", "en");
        int at = html.indexOf("class=\"badge inferred\" href=\"/pactgraph/explain?s&#61;");
        assertTrue(at > 0, "an inferred statement links to its explanation");
        String href = html.substring(html.indexOf("href=\"", at) + 6, html.indexOf('"', html.indexOf("href=\"", at) + 6))
                .replace("&#61;", "=").replace("&amp;", "&");
        String query = URI.create(href).getRawQuery();
        String s = URLDecoder.decode(query.split("&")[0].substring(2), StandardCharsets.UTF_8);
        String p = URLDecoder.decode(query.split("&")[1].substring(2), StandardCharsets.UTF_8);
        String o = URLDecoder.decode(query.split("&")[2].substring(2), StandardCharsets.UTF_8);
        Node object = o.startsWith("\"") ? null : NodeFactory.createURI(o);
        Txn.executeRead(store, () -> {
            Node sn = NodeFactory.createURI(s);
            Node pn = NodeFactory.createURI(p);
            assertTrue(store.contains(NodeFactory.createURI(Iris.INFERRED_GRAPH), sn, pn, object == null ? Node.ANY : object), href);
            List<Node> asserted = new ArrayList<>();
            store.find(Node.ANY, sn, pn, object == null ? Node.ANY : object).forEachRemaining(q -> {
                if (!q.getGraph().getURI().equals(Iris.INFERRED_GRAPH)) asserted.add(q.getGraph());
            });
            assertEquals(List.of(), asserted, "marked inferred only when no other graph asserts it");
        });
    }

    @Test
    void theDocumentPageShowsItsEvidenceSpansInOrder() {
        String doc = Txn.calculateRead(store, () -> store.find(Node.ANY, Node.ANY, RDF.type.asNode(), Pact.Document.asNode()).next().getSubject().getURI());
        String html = page("/id/" + doc.substring(Iris.ID_BASE.length()) + ".html", "en");
        List<Node> spans = new ArrayList<>();
        Txn.executeRead(store, () -> store.find(Node.ANY, Node.ANY, Pact.inDocument.asNode(), NodeFactory.createURI(doc))
                .forEachRemaining(q -> spans.add(q.getSubject())));
        assertFalse(spans.isEmpty());
        int last = -1;
        spans.sort(java.util.Comparator.comparingInt(n -> Integer.parseInt(n.getURI().replaceAll(".*#char=(\\d+),.*", "$1"))));
        for (Node span : spans) {
            String id = span.getURI().substring(span.getURI().indexOf('#') + 1).replace("=", "&#61;");
            int at = html.indexOf("<p class=\"span\" id=\"" + id + "\">");
            assertTrue(at > last, "span " + span + " shown after the previous one");
            last = at;
        }
    }

    @Test
    void theJsonLdContextIsPublished() {
        HttpResponse<String> r = server.get("/context.jsonld", "application/ld+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"pact\": \"https://w3id.org/pactgraph/ontology#\""), r.body());
    }

    @Test
    void anotherBaseUrlMapsItsIrisOntoId() {
        LinkedDataSettings orgs = new LinkedDataSettings(Iris.ID_BASE + "org/", LinkedDataSettings.EXPLAIN);
        try (org.pactgraph.server.PactServer s = org.pactgraph.server.PactServer.builder(RunningServer.loopback(), store)
                .module(new LinkedDataModule(store, orgs)).start()) {
            HttpResponse<String> see = server.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "/id/nvidia")).header("Accept", "text/turtle").build());
            assertEquals("/id/nvidia.ttl", see.headers().firstValue("Location").orElse(""));
            HttpResponse<String> html = server.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "/id/nvidia.html")).build());
            assertEquals(200, html.statusCode());
            assertTrue(html.body().contains("<p class=\"iri\" id=\"iri\">" + NVIDIA + "</p>"), "the page is about the IRI under that base");
            assertTrue(html.body().contains("href=\"" + Iris.ID_BASE + "place/"), "resources outside the base link to their IRI");
        }
    }

    @Test
    void aBaseUrlThatIsNoHttpUrlIsRefused() {
        for (String bad : List.of("ftp://example.org/id/", "https://example.org/id", "/id/", "https://example.org/id/?x=1")) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> new LinkedDataSettings(bad, LinkedDataSettings.EXPLAIN), bad);
        }
    }

    private static String label(Node n, String lang) {
        return Txn.calculateRead(store, () -> org.apache.jena.atlas.iterator.Iter.toList(store.find(Node.ANY, n, RDFS.label.asNode(), Node.ANY)).stream()
                .map(q -> q.getObject()).filter(o -> o.getLiteralLanguage().equals(lang)).map(Node::getLiteralLexicalForm)
                .findFirst().orElse(null));
    }

    private static String page(String path, String acceptLanguage) {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Accept", "text/html").header("Accept-Language", acceptLanguage).build());
        assertEquals(200, r.statusCode());
        return r.body();
    }

    @Test
    void anAnnouncementIsNamedAfterTheDocumentThatReportsItNotByItsIri() {
        // The extractor gives an announcement no label; the store holds the title of the document that reports it.
        String[] announcementAndTitle = Txn.calculateRead(store, () -> {
            for (var it = store.find(Node.ANY, Node.ANY, RDF.type.asNode(), Pact.Announcement.asNode()); it.hasNext(); ) {
                Node a = it.next().getSubject();
                if (store.find(Node.ANY, a, RDFS.label.asNode(), Node.ANY).hasNext()) continue;
                for (var d = store.find(Node.ANY, a, Pact.reportedIn.asNode(), Node.ANY); d.hasNext(); ) {
                    var title = store.find(Node.ANY, d.next().getObject(), DCTerms.title.asNode(), Node.ANY);
                    if (title.hasNext()) return new String[] {a.getURI(), title.next().getObject().getLiteralLexicalForm()};
                }
            }
            return null;
        });
        assertTrue(announcementAndTitle != null, "the project's data has an announcement without a label, reported in a document with a title");
        HttpResponse<String> page = server.get("/id/" + announcementAndTitle[0].substring(Iris.ID_BASE.length()) + ".html", "text/html");
        assertEquals(200, page.statusCode());
        java.util.regex.Matcher h1 = java.util.regex.Pattern.compile("<h1 id=\"title\">([^<]*)</h1>").matcher(page.body());
        assertTrue(h1.find(), page.body());
        String shown = h1.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        assertEquals("Announcement: " + announcementAndTitle[1], shown, "the page's title names the announcement after its document");
    }
}
