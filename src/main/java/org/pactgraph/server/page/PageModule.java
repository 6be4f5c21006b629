package org.pactgraph.server.page;

import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.pactgraph.server.ThreadHolder;

/**
 * The query page at {@code /}: a SPARQL editor with highlighting and the standard prefixes,
 * the catalogue of questions from the queries folder with one click to run each, results as a
 * table whose resource links open the resource's own page ({@code /id/...}), downloads as CSV
 * and JSON, and a network view of partnerships drawn from a CONSTRUCT query
 * ({@code network.rq} beside the page). Everything it runs is plain SPARQL against
 * {@code /pactgraph/sparql}, so it shows exactly what any other client would get.
 */
public final class PageModule implements FusekiModule, ThreadHolder {
    static final String CATALOGUE = "/page/catalogue.json";
    static final String PREFIXES = "/page/prefixes.json";

    private final Path queries;

    /** The page, listing the {@code .rq} files of the given folder. */
    public PageModule(Path queries) {
        this.queries = queries;
    }

    @Override
    public int mostThreadsHeld() {
        return PageFiles.MOST_AT_ONCE;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        PageFiles files = new PageFiles();
        // "" is the servlet mapping of the root path alone; "/" stays Fuseki's 404 for the rest.
        builder.addServlet("", files);
        builder.addServlet("/page/*", files);
        PageData data = new PageData(queries);
        builder.addServlet(CATALOGUE, data);
        builder.addServlet(PREFIXES, data);
    }
}
