package org.pactgraph.server.assembly;

import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.search.LiveEntityIndex;
import org.pactgraph.server.PactServer;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.asserted.AssertedViewModule;
import org.pactgraph.server.backup.BackupModule;
import org.pactgraph.server.capacity.CapacityModule;
import org.pactgraph.server.explain.ExplainModule;
import org.pactgraph.server.http.HttpModule;
import org.pactgraph.server.limits.LimitsModule;
import org.pactgraph.server.linkeddata.LinkedDataModule;
import org.pactgraph.server.linkeddata.LinkedDataSettings;
import org.pactgraph.server.ontology.OntologyModule;
import org.pactgraph.server.ops.OperationsModule;
import org.pactgraph.server.page.PageModule;
import org.pactgraph.server.reconcile.ReconcileModule;
import org.pactgraph.server.review.ReviewModule;
import org.pactgraph.server.search.SearchModule;
import org.pactgraph.server.security.SecurityModule;
import org.pactgraph.store.LiveDataset;

/**
 * PactGraph's server with every module {@code pactgraph serve} adds, in one place, so that the
 * command, the query benchmark and the tests serve the same thing.
 */
public final class ServerAssembly {
    private ServerAssembly() {}

    /** A builder for the whole server over the dataset, its review checking the shapes of {@code ontology/shapes.ttl}; the caller starts it. */
    public static PactServer.Builder of(ServerSettings settings, SecurityModule security, DatasetGraph dataset,
                                        LinkedDataSettings linkedData) {
        return of(settings, security, dataset, linkedData, java.nio.file.Path.of("ontology", org.pactgraph.load.InputFiles.SHAPES_FILE));
    }

    /** A builder for the whole server over the dataset, its review checking the shapes of the given file; the caller starts it. */
    public static PactServer.Builder of(ServerSettings settings, SecurityModule security, DatasetGraph dataset,
                                        LinkedDataSettings linkedData, java.nio.file.Path shapes) {
        LiveEntityIndex names = new LiveEntityIndex(dataset);
        PactServer.Builder builder = PactServer.builder(settings, dataset);
        // Backups are for writers, and of a store folder (not of a dataset in memory).
        if (security.writable() && dataset instanceof LiveDataset live) builder.module(new BackupModule(live));
        HttpModule http = new HttpModule(dataset);
        return builder
                .module(http)
                .module(security)
                .module(new LimitsModule(settings))
                .module(http.writesAfterTheirBodies())
                .module(new OperationsModule())
                .module(new CapacityModule(CapacityModule.Capacity.forThisMachine()))
                .module(new PageModule(settings.queries()))
                .module(new LinkedDataModule(dataset, linkedData))
                .module(new OntologyModule(dataset))
                .module(new ExplainModule(dataset))
                .module(new AssertedViewModule(dataset))
                .module(new SearchModule(names))
                .module(new ReconcileModule(dataset, names, settings.timeout()))
                .module(new ReviewModule(dataset, security.writable(), shapes));
    }
}
