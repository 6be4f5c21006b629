package org.pactgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The endpoint and the linked data as clients written by others see them, one test per row of
 * the README's client table: Python's SPARQLWrapper (Debian's python3-sparqlwrapper, installed
 * by ./pactgraph test) asks each catalogue query by GET and by POST, and its answer must equal the golden
 * answer in src/test/resources/queries/NAME.csv; it asks a CONSTRUCT in every RDF format it
 * names; rdflib (python3-rdflib) reads a resource, the ontology and the VoID in every format it
 * asks for, and Raptor's rapper (raptor2-utils) with every parser, each into the same triples as
 * Jena reads from the N-Triples; curl gets the type the table says.
 */
class IndependentClientTest {
    private static final String PYTHON = "/usr/bin/python3";
    private static final Path CLIENT = Path.of("src/test/resources/server/sparqlwrapper_client.py");
    private static final Path RDF_CLIENTS = Path.of("src/test/resources/server/rdf_clients.py");
    private static final String NVIDIA = "https://w3id.org/pactgraph/id/org/nvidia";
    private static final java.net.http.HttpClient FOLLOWING = java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    @BeforeAll
    static void start() throws Exception {
        Process check = new ProcessBuilder(PYTHON, "-c", "import SPARQLWrapper").redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0,
                "Debian's python3-sparqlwrapper is missing (./pactgraph test installs it: apt-get install python3-sparqlwrapper): " + said);
        Process rdflib = new ProcessBuilder(PYTHON, "-c", "import rdflib").redirectErrorStream(true).start();
        assertTrue(rdflib.waitFor(30, TimeUnit.SECONDS) && rdflib.exitValue() == 0,
                "Debian's python3-rdflib is missing (./pactgraph test installs it: apt-get install python3-rdflib)");
        assertTrue(Files.isExecutable(Path.of("/usr/bin/rapper")), "Raptor's rapper is missing (./pactgraph test installs it: apt-get install raptor2-utils)");
        assertTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "curl is missing (./pactgraph test installs it: apt-get install curl)");
    }

    static Stream<Arguments> queriesAndMethods() throws IOException {
        return Files.list(Path.of("queries")).filter(p -> p.toString().endsWith(".rq")).sorted()
                .flatMap(q -> Stream.of(Arguments.of(q, "GET"), Arguments.of(q, "POST")));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("queriesAndMethods")
    void sparqlWrapperGetsTheGoldenAnswer(Path query, String method) throws Exception {
        Process p = new ProcessBuilder(PYTHON, CLIENT.toString(), server.sparqlUrl(), query.toString(), method).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the client ended");
        assertEquals(0, p.exitValue(), err);
        Path golden = Path.of("src/test/resources/queries", query.getFileName().toString().replace(".rq", ".csv"));
        assertEquals(Files.readString(golden).replace("\r\n", "\n"), out);
    }
    /** Runs a client to its end; its standard output, or a failure quoting its error output. */
    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).start();
        java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the client ended: " + String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + new String(err.get(), StandardCharsets.UTF_8));
        return out.strip();
    }

    /** The triples Jena reads from the N-Triples the server gives for the IRI (redirects followed). */
    private static org.apache.jena.graph.Graph reference(String path) throws Exception {
        java.net.http.HttpResponse<String> r = FOLLOWING.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + path))
                .header("Accept", "application/n-triples").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return org.apache.jena.riot.RDFParser.fromString(r.body(), org.apache.jena.riot.Lang.NTRIPLES).toGraph();
    }

    static Stream<Arguments> rdflibFormats() {
        return Stream.of("/id/org/nvidia", "/ontology", "/.well-known/void").flatMap(path ->
                Stream.of("auto", "xml", "turtle", "n3", "nt", "json-ld").map(f -> Arguments.of(path, f)));
    }

    @ParameterizedTest(name = "rdflib {1} of {0}")
    @MethodSource("rdflibFormats")
    void rdflibReadsTheSameTriplesWhicheverFormatItAsks(String path, String format) throws Exception {
        String iri = server.baseUrl() + path;
        String asked = run(PYTHON, RDF_CLIENTS.toString(), "rdflib", iri, format);
        String fromNTriples = run(PYTHON, RDF_CLIENTS.toString(), "rdflib", iri, "nt");
        assertEquals(fromNTriples, asked, "rdflib's count and digest, " + format + " against N-Triples");
        assertEquals(reference(path).size(), Integer.parseInt(asked.split(" ")[0]), "as many triples as Jena reads");
    }

    static Stream<Arguments> rapperParsers() {
        return Stream.of("/id/org/nvidia", "/ontology", "/.well-known/void").flatMap(path ->
                Stream.of("guess", "rdfxml", "turtle", "ntriples", "trig", "nquads").map(p -> Arguments.of(path, p)));
    }

    @ParameterizedTest(name = "rapper -i {1} {0}")
    @MethodSource("rapperParsers")
    void rapperReadsTheSameTriplesWithEveryParser(String path, String parser) throws Exception {
        String nt = run("rapper", "-q", "-i", parser, "-o", "ntriples", server.baseUrl() + path);
        org.apache.jena.graph.Graph read = org.apache.jena.riot.RDFParser.fromString(nt, org.apache.jena.riot.Lang.NTRIPLES).toGraph();
        org.apache.jena.graph.Graph expected = reference(path);
        assertTrue(expected.size() > 0, path);
        assertTrue(read.isIsomorphicWith(expected), "rapper -i " + parser + " read " + read.size() + " triples of " + expected.size());
    }

    @ParameterizedTest(name = "SPARQLWrapper CONSTRUCT as {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"xml", "rdf+xml", "turtle", "n3"})
    void sparqlWrapperGetsAConstructInEveryRdfFormatItNames(String format) throws Exception {
        String query = "CONSTRUCT { <" + NVIDIA + "> ?p ?o } WHERE { <" + NVIDIA + "> ?p ?o }";
        String asked = run(PYTHON, RDF_CLIENTS.toString(), "sparqlwrapper", server.sparqlUrl(), query, format);
        String asXml = run(PYTHON, RDF_CLIENTS.toString(), "sparqlwrapper", server.sparqlUrl(), query, "xml");
        assertEquals(asXml, asked, "the same triples as RDF/XML");
        String nt = server.query(query, "application/n-triples").body();
        assertEquals(org.apache.jena.riot.RDFParser.fromString(nt, org.apache.jena.riot.Lang.NTRIPLES).toGraph().size(),
                Integer.parseInt(asked.split(" ")[0]));
    }

    @ParameterizedTest(name = "curl -H ''Accept: {1}'' {0} gets {2}")
    @org.junit.jupiter.params.provider.CsvSource({
        "/id/org/nvidia, */*, text/html",
        "/id/org/nvidia, text/plain, application/n-triples",
        "/id/org/nvidia, application/json, application/ld+json",
        "/id/org/nvidia, text/n3, text/turtle",
        "/ontology, */*, text/html",
        "/ontology, application/trig, application/trig",
        "/ontology, application/n-quads, application/n-quads",
        "/ontology, application/rdf+xml, application/rdf+xml; charset=utf-8",
        "/.well-known/void, */*, text/turtle",
        "/.well-known/void, text/html, text/html",
    })
    void curlGetsTheTypeTheTableSays(String path, String accept, String type) throws Exception {
        String got = run("curl", "-sL", "-H", "Accept: " + accept, "-o", "/dev/null", "-w", "%{content_type}", server.baseUrl() + path);
        assertTrue(got.replace(";charset", "; charset").startsWith(type), path + " with " + accept + ": " + got);
    }
}
