package org.pactgraph.server.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL2;
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
import org.pactgraph.server.PactServer;
import org.pactgraph.server.RunningServer;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.store.TdbStore;

/** The ontology served at its IRI's path, from the store's ontology graph. */
class OntologyServingTest {
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    private static Graph ontology;

    @BeforeAll
    static void start() {
        DatasetGraph store = TdbStore.at(TestData.loadedStore()).open();
        ontology = GraphFactory.createDefaultGraph();
        Txn.executeRead(store, () -> store.getGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH)).find().forEachRemaining(ontology::add));
    }

    @ParameterizedTest
    @CsvSource({"text/html, html", "text/turtle, ttl", "application/rdf+xml, rdf", "application/ld+json, jsonld", "application/n-triples, nt"})
    void theOntologyIriAnswersSeeOtherByAccept(String accept, String suffix) {
        HttpResponse<String> r = server.get("/ontology", accept);
        assertEquals(303, r.statusCode());
        assertEquals("/ontology." + suffix, r.headers().firstValue("Location").orElse(""));
    }

    @ParameterizedTest
    @CsvSource({"ttl, TURTLE", "rdf, RDFXML", "jsonld, JSONLD", "nt, NTRIPLES"})
    void everyFormatIsTheLoadedOntologyGraph(String suffix, String lang) {
        HttpResponse<String> r = server.get("/ontology." + suffix, "*/*");
        assertEquals(200, r.statusCode());
        Lang l = switch (lang) {
            case "TURTLE" -> Lang.TURTLE;
            case "RDFXML" -> Lang.RDFXML;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.NTRIPLES;
        };
        Graph served = RDFParser.fromString(r.body(), l).toGraph();
        assertTrue(ontology.isIsomorphicWith(served), suffix + ": " + served.size() + " triples served, " + ontology.size() + " in the store");
    }

    @Test
    void theVersionIriAnswersAndAnotherVersionDoesNot() {
        String version = ontology.find(NodeFactory.createURI(Pact.ONTOLOGY), OWL2.versionIRI.asNode(), Node.ANY).next().getObject().getURI();
        assertEquals(303, server.get(version.substring("https://w3id.org/pactgraph".length()), "text/turtle").statusCode());
        assertEquals(404, server.get("/ontology/0.0.0-none", "text/turtle").statusCode());
    }

    @Test
    void theDocumentationHasEveryClassAndPropertyWithItsLabelsInBothLanguages() {
        String html = server.get("/ontology.html", "text/html").body();
        List<String> missing = new ArrayList<>();
        for (Node type : List.of(OWL2.Class.asNode(), OWL2.ObjectProperty.asNode(), OWL2.DatatypeProperty.asNode())) {
            ontology.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
                Node term = t.getSubject();
                if (!term.isURI() || !term.getURI().startsWith(Pact.NS)) return;
                String id = term.getURI().substring(Pact.NS.length());
                if (!html.contains("id=\"" + id + "\"")) missing.add("entry " + id);
                ontology.find(term, RDFS.label.asNode(), Node.ANY).forEachRemaining(l -> {
                    if (!html.contains(escaped(l.getObject().getLiteralLexicalForm()))) missing.add(id + " label " + l.getObject());
                });
            });
        }
        assertEquals(List.of(), missing);
        assertTrue(html.contains("\u2218"), "the property chain of partnerOf is shown");
    }

    @Test
    void theDocumentationFollowsTheOntologyThatIsLoadedNotTheFile() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Node graph = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
        Node added = NodeFactory.createURI(Pact.NS + "AddedForThisTest");
        Txn.executeWrite(data, () -> {
            ontology.find().forEachRemaining(t -> data.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            data.add(graph, added, RDF.type.asNode(), OWL2.Class.asNode());
            data.add(graph, added, RDFS.subClassOf.asNode(), Pact.Organization.asNode());
            data.add(graph, added, RDFS.label.asNode(), NodeFactory.createLiteralLang("added <for> this test", "en"));
        });
        try (PactServer s = PactServer.builder(new ServerSettings("127.0.0.1", 0), data).module(new OntologyModule(data)).start()) {
            String html = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.baseUrl() + "/ontology.html")).build()).body();
            assertTrue(html.contains("id=\"AddedForThisTest\""), "the new class has its entry");
            assertTrue(html.contains("added &lt;for&gt; this test"), "with its label, escaped");
        }
    }

    private static String escaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;")
                .replace("=", "&#61;").replace("`", "&#96;");
    }
}
