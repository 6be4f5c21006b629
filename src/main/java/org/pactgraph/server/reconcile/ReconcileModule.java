package org.pactgraph.server.reconcile;

import java.time.Duration;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.search.LiveEntityIndex;
import org.pactgraph.search.Reconciler;
import org.pactgraph.server.ServerSettings;

/**
 * The W3C Entity Reconciliation API, version 0.2 of the community group's specification, at
 * {@value #PATH}: the service manifest, reconciliation queries with types and properties,
 * previews, suggestions of entities, types and properties, and data extension. OpenRefine and
 * other clients use it to match a column of names to PactGraph's IRIs. Public and read-only;
 * everything under {@value #PATH} passes the capacity gate and the body limits.
 */
public final class ReconcileModule implements FusekiModule {
    public static final String PATH = "/reconcile";
    static final String PREVIEW = PATH + "/preview";
    static final String VIEW = PATH + "/view";
    static final String SUGGEST = PATH + "/suggest/";
    static final String PROPOSE_PROPERTIES = PATH + "/properties";

    private final DatasetGraph dataset;
    private final LiveEntityIndex index;
    private final Duration timeout;

    /** The service with the default query timeout as the time one request may take. */
    public ReconcileModule(DatasetGraph dataset, LiveEntityIndex index) {
        this(dataset, index, ServerSettings.DEFAULT_TIMEOUT);
    }

    /** The service; one request's reconciliation or extension is stopped after {@code timeout} (the server's query timeout). */
    public ReconcileModule(DatasetGraph dataset, LiveEntityIndex index, Duration timeout) {
        this.dataset = dataset;
        this.index = index;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "PactGraph reconciliation service";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet(PATH, new ReconcileServlet(new Reconciler(dataset, index), new DataExtension(dataset), index, timeout));
        builder.addServlet(PREVIEW, new PreviewServlet(index));
        builder.addServlet(VIEW, new ViewServlet(index));
        builder.addServlet(SUGGEST + "*", new SuggestServlet(index));
        builder.addServlet(PROPOSE_PROPERTIES, new ProposePropertiesServlet(dataset, index));
    }
}
