package org.pactgraph.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;
import org.pactgraph.server.security.WriteScope;

/**
 * RDF a writer sends cannot make the parser's cost unbounded: RDF/XML whose entities nest (a
 * 1.1 KB "billion laughs" document ran the server out of heap in 19 s, answered 500 "Java heap
 * space") is refused with 400 before it expands, and JSON-LD nested 200,000 deep (a 500 with an
 * empty body: the JSON parser's stack overflowed) is refused with 400 naming why. Entities as
 * ontology editors write them, one namespace each, are still read. A writer's prefixes do not
 * join the store's one prefix table, which every client's Turtle answer prints.
 */
class HostileRdfTest {
    private static final String RDF_START = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:e=\"http://x/\">"
            + "<rdf:Description rdf:about=\"http://x/s\"><e:p>";
    private static final String RDF_END = "</e:p></rdf:Description></rdf:RDF>";
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass(RunningServer::withOneWriter);

    @Test
    void nestedXmlEntitiesAreRefusedBeforeTheyExpand() {
        String entities = "<!ENTITY a \"aaaaaaaaaa\">" + IntStream.range(0, 9).mapToObj(i -> "<!ENTITY " + (char) ('b' + i) + " \""
                + ("&" + (char) ('a' + i) + ";").repeat(10) + "\">").collect(Collectors.joining());
        HttpResponse<String> a = put("<?xml version=\"1.0\"?><!DOCTYPE r [" + entities + "]>" + RDF_START + "&j;" + RDF_END, "application/rdf+xml");
        assertEquals(400, a.statusCode(), a.body());
        assertTrue(a.body().contains("refused before it is expanded: an entity's value refers to another entity"), a.body());
        assertEquals(200, server.get("/$/ping", "text/plain").statusCode());
    }

    @Test
    void externalAndParameterEntitiesAndTooManyReferencesAreRefused() {
        for (String doctype : java.util.List.of("<!ENTITY x SYSTEM \"file:///etc/hostname\">", "<!ENTITY % p \"x\">",
                "<!ENTITY x \"" + "y".repeat(XmlEntityBounds.MAX_VALUE_CHARS + 1) + "\">")) {
            String doc = "<?xml version=\"1.0\"?><!DOCTYPE r [" + doctype + "]>" + RDF_START + "v" + RDF_END;
            assertThrows(RiotException.class, () -> parse(doc), doctype.substring(0, 12));
        }
        String many = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x \"" + "y".repeat(1000) + "\">]>" + RDF_START
                + "&x;".repeat(20_000) + RDF_END;
        RiotException e = assertThrows(RiotException.class, () -> parse(many));
        assertTrue(e.getMessage().contains("could expand it past"), e.getMessage());
    }

    @Test
    void namespaceEntitiesAsOntologyEditorsWriteThemAreRead() {
        String doc = "<?xml version=\"1.0\"?><!DOCTYPE rdf:RDF [<!ENTITY x \"http://x/\"><!ENTITY rdf 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'>]>"
                + "<rdf:RDF xmlns:rdf=\"&rdf;\" xmlns:e=\"&x;\"><rdf:Description rdf:about=\"&x;s\"><e:p rdf:resource=\"&x;o\"/></rdf:Description></rdf:RDF>";
        Model m = parse(doc);
        assertEquals(1, m.size());
        assertTrue(m.contains(m.createResource("http://x/s"), m.createProperty("http://x/p"), m.createResource("http://x/o")));
    }

    @Test
    void escapedCharactersCountAsTheOneCharacterTheyAreNotAsTheLongestEntity() {
        // 40,000 character references beside a declared entity of 1,000 characters used once: 41,000 characters
        // expanded (they were counted as 40,001 times the longest value, 40 M, and refused).
        String doc = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x \"" + "y".repeat(1000) + "\">]>" + RDF_START
                + "&x;" + "&amp;&#38;".repeat(20_000) + RDF_END;
        Model m = parse(doc);
        assertEquals(1, m.size());
        assertEquals(1000 + 40_000, m.listObjects().next().asLiteral().getLexicalForm().length());
    }

    @Test
    void jsonLdNestedPastTheParsersStackIsABadRequestWithAReason() {
        HttpResponse<String> a = put("[".repeat(200_000) + "]".repeat(200_000), "application/ld+json");
        assertEquals(400, a.statusCode(), a.body());
        assertTrue(a.body().contains("nests deeper than this server's parser can follow"), a.body());
    }

    @Test
    void aWritersPrefixesDoNotReachTheStoreOrOtherClientsAnswers() {
        // A document of prefixes alone: no triple is written, so the shared store keeps its graphs.
        String prefixes = IntStream.range(0, 50).mapToObj(i -> "@prefix pollutedR9n" + i + ": <http://example.org/polluted/" + i + "/> .")
                .collect(Collectors.joining("\n"));
        HttpResponse<String> a = server.sendAsWriter(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/data?graph="
                + RunningServer.encode(WriteScope.USER_GRAPH_BASE + "prefixes-only"))).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString(prefixes)));
        assertTrue(a.statusCode() / 100 == 2, a.statusCode() + " " + a.body());
        HttpResponse<String> described = server.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5", "text/turtle");
        assertEquals(200, described.statusCode(), described.body());
        assertTrue(!described.body().contains("pollutedR9n"), described.body());
    }

    @Test
    void aWritersPrefixesInAMultipartUploadDoNotReachTheStoreEither() {
        String boundary = "r9ReviewBoundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.ttl\"\r\n"
                + "Content-Type: text/turtle\r\n\r\n@prefix pollutedR9multipart: <http://example.org/polluted/multipart/> .\n\r\n--"
                + boundary + "--\r\n";
        HttpResponse<String> a = server.sendAsWriter(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/data?graph="
                + RunningServer.encode(WriteScope.USER_GRAPH_BASE + "prefixes-only"))).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofString(body)));
        assertTrue(a.statusCode() / 100 == 2, a.statusCode() + " " + a.body());
        HttpResponse<String> described = server.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5", "text/turtle");
        assertEquals(200, described.statusCode(), described.body());
        assertTrue(!described.body().contains("pollutedR9multipart"), described.body());
    }

    private static Model parse(String rdfXml) {
        BoundedRdfParsers.install();
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(rdfXml.getBytes(StandardCharsets.UTF_8))).lang(Lang.RDFXML).parse(m);
        return m;
    }

    private static HttpResponse<String> put(String body, String type) {
        return server.sendAsWriter(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pactgraph/data?graph="
                + RunningServer.encode(WriteScope.DEFAULT_USER_GRAPH))).timeout(Duration.ofSeconds(10))
                .header("Content-Type", type).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }
}
