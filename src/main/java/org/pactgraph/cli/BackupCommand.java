package org.pactgraph.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.backup.Backup;
import org.pactgraph.backup.BackupException;
import org.pactgraph.backup.BackupManifest;
import org.pactgraph.backup.ServerBackup;
import org.pactgraph.store.StoreLock;
import org.pactgraph.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pactgraph backup}: a consistent gzipped N-Quads snapshot of the store, with a manifest. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes every graph of the store, read in one transaction, as gzipped N-Quads into STORE/backups",
                "(pactgraph-TIME.nq.gz) with a manifest beside it (pactgraph-TIME.manifest.json: SHA-256, per-graph digests,",
                "generation, time). A store that 'pactgraph serve --auth' serves is backed up by that server (POST /$/backup/pactgraph):",
                "give --user, a writer of its password file, and the password on the terminal or standard input."})
final class BackupCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--user", paramLabel = "NAME", description = "A writer of the password file of the server serving the store.")
    String user;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path dir = store.localDir("backup", "a backup is of the local TDB2 store; back up a remote store with its own tools");
        TdbStore tdb = TdbStore.at(dir);
        Optional<URI> server = ServedStore.of(tdb.dir());
        BackupManifest manifest;
        Path folder = tdb.dir().resolve("backups");
        if (server.isPresent()) {
            if (user == null) {
                throw new BackupException("The store " + dir + " is being served at " + server.get() + "; that server writes the backup",
                        "give --user NAME, a writer of the server's password file (serve --auth)");
            }
            char[] password = PasswordPrompt.read(user, "backup");
            try {
                manifest = ServerBackup.request(server.get(), user, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        } else {
            try (StoreLock lock = StoreLock.acquire(tdb.dir())) {
                DatasetGraph dsg = tdb.open();
                Path generation = tdb.dir().resolve("current").toRealPath();
                try {
                    manifest = Backup.write(dsg, () -> generation, folder, Clock.systemUTC());
                } finally {
                    TdbStore.close(dsg);
                }
            }
        }
        spec.commandLine().getOut().println("Wrote " + folder.resolve(manifest.file()) + " (" + manifest.quads() + " quads in "
                + manifest.graphs().size() + " graphs, generation " + manifest.generation() + ", " + manifest.time() + ") and "
                + BackupManifest.pathFor(folder.resolve(manifest.file())).getFileName());
        return 0;
    }
}
