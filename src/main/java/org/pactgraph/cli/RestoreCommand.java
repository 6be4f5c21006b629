package org.pactgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pactgraph.backup.BackupManifest;
import org.pactgraph.backup.Restore;
import org.pactgraph.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code pactgraph restore}: brings a backup back as a new generation of the store. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restores a backup written by 'pactgraph backup' (the .nq.gz file, its .manifest.json beside it) into a new",
                "generation of the store, switched to atomically as a load is: a server serving the store moves to it.",
                "The file's SHA-256 and every graph's digest are checked against the manifest first; on any difference",
                "nothing changes."})
final class RestoreCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup's .nq.gz file.")
    Path file;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = store.localDir("restore", "a backup is restored into the local TDB2 store");
        BackupManifest m = Restore.into(TdbStore.at(dir), file);
        spec.commandLine().getOut().println("Restored " + file + " into " + dir + " (" + m.quads() + " quads in " + m.graphs().size()
                + " graphs, taken from " + m.generation() + " at " + m.time() + "); the digests match its manifest");
        return 0;
    }
}
