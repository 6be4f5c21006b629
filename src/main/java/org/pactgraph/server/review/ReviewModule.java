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
    private final java.nio.file.Path shapes;

    /**
     * The queue over the dataset; {@code writable} is false on a server without a password file (then nobody may review);
     * a decision that would break one of the {@code shapes} (the file the load uses) is refused.
     */
    public ReviewModule(DatasetGraph dataset, boolean writable, java.nio.file.Path shapes) {
        this.dataset = dataset;
        this.writable = writable;
        this.shapes = shapes;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        // A decision is a write: the server's one cross-site rule refuses it when a page of another site sends it.
        builder.addFilter(PATH + DECIDE, SecurityModule.crossSiteWrites());
        builder.addFilter(PATH + UNDO, SecurityModule.crossSiteWrites());
        ReviewServlet servlet = new ReviewServlet(dataset, writable, new org.pactgraph.load.InferenceAfterReview(shapes));
        builder.addServlet(PATH, servlet);
        builder.addServlet(PATH + "/*", servlet);
    }
}
