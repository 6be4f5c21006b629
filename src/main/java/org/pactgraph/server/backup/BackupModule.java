package org.pactgraph.server.backup;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.pactgraph.backup.Backup;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.security.SecurityModule;
import org.pactgraph.store.LiveDataset;

/**
 * Backups through the server, at Fuseki's address for them: {@code POST /$/backup/pactgraph}
 * writes a consistent snapshot of the generation in use into the store's {@code backups}
 * folder ({@link BackupServlet}). Only for writers, so only on a server with {@code --auth}.
 */
public final class BackupModule implements FusekiModule {
    /** The path, Fuseki's {@code /$/backup/} and the dataset's name. */
    public static final String PATH = "/$/backup" + ServerSettings.DATASET;

    private final LiveDataset store;
    private final long reserveBytes;

    /** Backups that keep {@link Backup#RESERVE_BYTES} of the disk free. */
    public BackupModule(LiveDataset store) {
        this(store, Backup.RESERVE_BYTES);
    }

    /** Backups that keep {@code reserveBytes} of the disk free. */
    public BackupModule(LiveDataset store, long reserveBytes) {
        this.store = store;
        this.reserveBytes = reserveBytes;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        // A backup is a write: a browser remembering a writer's password must not be made to ask for one by another site's page.
        builder.addFilter(PATH, SecurityModule.crossSiteWrites());
        builder.addServlet(PATH, new BackupServlet(store, reserveBytes));
    }
}
