package org.pactgraph.server.review;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.server.security.SecurityModule;

/**
 * The review queue at {@value #PATH}: the page ({@code GET /review}), the queue as JSON or text
 * ({@code GET /review/queue}), decisions ({@code POST /review/decide}) and undos ({@code POST /review/undo}), all for writers only
 * ({@link ReviewServlet}). Decisions are made on the dataset served by {@code review.Reviewer}.
 */
public final class ReviewModule implements FusekiModule {
    /** The page's path. */
    public static final String PATH = "/review";
    /** Where decisions are posted, under {@link #PATH}. */
    static final String DECIDE = "/decide";
    /** Where undos are posted, under {@link #PATH}. */
    static final String UNDO = "/undo";

    private final DatasetGraph dataset;
    private final boolean writable;

    /** The queue over the dataset; {@code writable} is false on a server without a password file (then nobody may review). */
    public ReviewModule(DatasetGraph dataset, boolean writable) {
        this.dataset = dataset;
        this.writable = writable;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        // A decision is a write: the server's one cross-site rule refuses it when a page of another site sends it.
        builder.addFilter(PATH + DECIDE, SecurityModule.crossSiteWrites());
        builder.addFilter(PATH + UNDO, SecurityModule.crossSiteWrites());
        ReviewServlet servlet = new ReviewServlet(dataset, writable);
        builder.addServlet(PATH, servlet);
        builder.addServlet(PATH + "/*", servlet);
    }
}
