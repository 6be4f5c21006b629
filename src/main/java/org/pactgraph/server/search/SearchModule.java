package org.pactgraph.server.search;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.pactgraph.search.LiveEntityIndex;

/**
 * Entity search at {@code GET /search?q=NAME}: the entities whose names or aliases match, best
 * first, as JSON, for autocompletion and lookup. Public, read-only; it passes the capacity gate
 * like every query.
 */
public final class SearchModule implements FusekiModule {
    public static final String PATH = "/search";

    private final LiveEntityIndex index;

    public SearchModule(LiveEntityIndex index) {
        this.index = index;
    }

    @Override
    public String name() {
        return "PactGraph entity search";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet(PATH, new SearchServlet(index));
    }
}
