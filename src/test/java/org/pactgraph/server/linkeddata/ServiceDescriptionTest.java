package org.pactgraph.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pactgraph.export.DatasetDescription;
import org.pactgraph.model.Iris;
import org.pactgraph.server.RunningServer;

/**
 * What {@link ServiceDescriptionFilter} promises: a query endpoint asked without a query answers
 * its SPARQL 1.1 Service Description, in the format asked, naming itself as the endpoint, the
 * result formats, the union default graph and every named graph the store holds (the asserted
 * view: all but the inferred graph), with the VoID dataset as its default dataset.
 */
class ServiceDescriptionTest {
    private static final String SD = ServiceDescription.SD;

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    private static Model description(String path, String accept) {
        HttpResponse<String> r = server.get(path, accept);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        String type = r.headers().firstValue("Content-Type").orElse("");
        Lang lang = RDFLanguages.contentTypeToLang(type.split(";")[0]);
        return RDFParser.fromString(r.body(), lang).base(server.baseUrl()).toModel();
    }

    private static Set<String> select(Model m, String query, String var) {
        Set<String> out = new TreeSet<>();
        try (QueryExecution q = QueryExecution.create(query, m)) {
            ResultSet rs = q.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(s.get(var).toString());
            }
        }
        return out;
    }

    private static Set<String> storeGraphs() {
        Set<String> out = new TreeSet<>();
        String csv = server.query("SELECT DISTINCT ?g { GRAPH ?g { } }", "text/csv").body();
        csv.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).forEach(out::add);
        return out;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"/pactgraph/sparql, text/turtle", "/pactgraph/sparql, */*", "/pactgraph/query, application/ld+json",
        "/pactgraph/sparql, application/rdf+xml", "/pactgraph/sparql, application/n-triples"})
    void theEndpointAskedWithoutAQueryDescribesItself(String path, String accept) {
        Model m = description(path, accept);
        String endpoint = server.baseUrl() + path;
        assertEquals(Set.of(endpoint), select(m, "SELECT ?s { ?s a <" + SD + "Service> ; <" + SD + "endpoint> ?s }", "s"));
        assertEquals(Set.of(SD + "SPARQL11Query"), select(m, "SELECT ?l { ?s <" + SD + "supportedLanguage> ?l }", "l"));
        assertTrue(select(m, "SELECT ?f { ?s <" + SD + "feature> ?f }", "f").contains(SD + "UnionDefaultGraph"));
        assertEquals(ServiceDescription.RESULT_FORMATS.size(), select(m, "SELECT ?f { ?s <" + SD + "resultFormat> ?f }", "f").size());
        assertEquals(Set.of(DatasetDescription.DATASET), select(m, "SELECT ?d { ?s <" + SD + "defaultDataset> ?d }", "d"));
        assertEquals(storeGraphs(), select(m, "SELECT ?g { ?s <" + SD + "defaultDataset>/<" + SD + "namedGraph>/<" + SD + "name> ?g }", "g"));
        assertEquals(Set.of(server.baseUrl() + VoidServlet.PATH),
                select(m, "SELECT ?v { ?s <http://www.w3.org/2000/01/rdf-schema#seeAlso> ?v }", "v"));
    }

    @Test
    void theAssertedEndpointDescribesItsDatasetWithoutTheInferredGraph() {
        Set<String> graphs = select(description("/pactgraph-asserted/sparql", "text/turtle"),
                "SELECT ?g { ?s <" + SD + "defaultDataset>/<" + SD + "namedGraph>/<" + SD + "name> ?g }", "g");
        Set<String> expected = storeGraphs();
        assertTrue(expected.remove(Iris.INFERRED_GRAPH), "the store has an inferred graph");
        assertEquals(expected, graphs);
        assertFalse(graphs.contains(Iris.INFERRED_GRAPH));
    }

    @Test
    void aBrowserIsSentToTheQueryPageAndAQueryStillGetsResults() {
        HttpResponse<String> browser = server.get("/pactgraph/sparql", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(303, browser.statusCode());
        assertEquals("/", browser.headers().firstValue("Location").orElse(""));
        HttpResponse<String> query = server.get("/pactgraph/sparql?query=ASK%7B%7D", "application/sparql-results+json");
        assertEquals(200, query.statusCode());
        assertTrue(query.body().contains("\"boolean\""), query.body());
    }
}
