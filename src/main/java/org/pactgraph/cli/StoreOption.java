package org.pactgraph.cli;

import java.nio.file.Path;
import org.pactgraph.store.SparqlStore;
import org.pactgraph.store.Store;
import org.pactgraph.store.StoreException;
import picocli.CommandLine.Option;

/** The --store option of every command that reads or writes the store, with a remote store's other endpoints. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR|sparql:URL", defaultValue = "${env:PACTGRAPH_STORE:-store}",
            description = {"The TDB2 store folder, or sparql:URL for a remote SPARQL 1.1 store whose query endpoint is URL",
                    "(default: ${DEFAULT-VALUE}; env PACTGRAPH_STORE)."})
    String store;

    @Option(names = "--update-url", paramLabel = "URL", defaultValue = "${env:PACTGRAPH_UPDATE_URL}",
            description = "A remote store's SPARQL update endpoint (default: the query URL; env PACTGRAPH_UPDATE_URL).")
    String updateUrl;

    @Option(names = "--gsp-url", paramLabel = "URL", defaultValue = "${env:PACTGRAPH_GSP_URL}",
            description = "A remote store's Graph Store Protocol endpoint (default: the query URL; env PACTGRAPH_GSP_URL).")
    String gspUrl;

    /** The store the options name. */
    Store resolve() {
        return Store.of(store, updateUrl, gspUrl);
    }

    /** The store's folder, for commands that need the local store; a clear error for a remote one. */
    Path localDir(String command, String why) {
        if (resolve() instanceof SparqlStore remote) {
            throw new StoreException("'pactgraph " + command + "' needs the local TDB2 store, not " + remote.location() + ": " + why,
                    "give --store DIR, or use 'pactgraph query --store " + remote.location() + "' to ask the remote store");
        }
        return Path.of(store);
    }
}
