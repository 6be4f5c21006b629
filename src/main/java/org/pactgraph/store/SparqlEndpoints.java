package org.pactgraph.store;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The three endpoints of a remote SPARQL 1.1 store. The query URL is what the user gives; the
 * update endpoint is the same URL unless told otherwise (SPARQL 1.1 Protocol lets one URL serve
 * both, as Virtuoso's {@code /sparql}, Fuseki's dataset URL and most servers do); the Graph
 * Store Protocol endpoint is the same URL too unless told otherwise, which fits servers that
 * serve everything on one dataset URL (Fuseki, Oxigraph) but not Virtuoso
 * ({@code /sparql-graph-crud}) or GraphDB ({@code /repositories/NAME/rdf-graphs/service}).
 *
 * @param query the SPARQL query endpoint
 * @param update the SPARQL update endpoint
 * @param gsp the Graph Store Protocol endpoint
 */
public record SparqlEndpoints(String query, String update, String gsp) {
    public SparqlEndpoints {
        check(query, "--store sparql:URL");
        check(update, "--update-url");
        check(gsp, "--gsp-url");
    }

    /** The endpoints from the query URL and the optional overrides (null for the default). */
    public static SparqlEndpoints of(String query, String update, String gsp) {
        return new SparqlEndpoints(query, update != null ? update : query, gsp != null ? gsp : query);
    }

    private static void check(String url, String option) {
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new StoreException("'" + url + "' given with " + option + " is not an http or https URL",
                        "give the endpoint's full URL, such as http://127.0.0.1:8890/sparql");
            }
        } catch (URISyntaxException e) {
            throw new StoreException("'" + url + "' given with " + option + " is not a URL: " + e.getMessage(),
                    "give the endpoint's full URL, such as http://127.0.0.1:8890/sparql");
        }
    }
}
