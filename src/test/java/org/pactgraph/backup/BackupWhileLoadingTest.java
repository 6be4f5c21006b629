package org.pactgraph.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.TestData;
import org.pactgraph.load.Loader;
import org.pactgraph.server.RunningServer;
import org.pactgraph.store.Corpora;
import org.pactgraph.store.StoreDigest;
import org.pactgraph.store.TdbStore;

/**
 * Backups taken through {@code POST /$/backup/pactgraph} of a real server while a load writes
 * the next generation of its store, each restored into a store of its own: every restored store
 * holds, by the digest of every graph, exactly the store before the load or exactly the store
 * after it.
 */
class BackupWhileLoadingTest {
    @TempDir Path tmp;

    @Test
    void aBackupTakenDuringALoadRestoresToTheStoreBeforeOrAfterIt() throws Exception {
        Path store = TestData.loadedStoreAt(tmp.resolve("store"));
        StoreDigest before = StoreDigest.of(store);
        Path corpus = Corpora.generate(tmp, 30, 77);
        List<Path> backups = new ArrayList<>();
        int duringLoad = 0;
        try (RunningServer server = RunningServer.over(store, RunningServer.loopback()
                .withAuthFile(RunningServer.usersFile("w", "write", "w-secret-1", "r", "read", "r-secret-1")))) {
            assertEquals(401, backup(server, null, null).statusCode());
            assertEquals(403, backup(server, "r", "r-secret-1").statusCode());
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread load = new Thread(() -> {
                try {
                    new Loader().load(Corpora.into(corpus, store));
                } catch (Throwable t) {
                    failed.set(t);
                }
            });
            load.start();
            while (load.isAlive()) {
                boolean wasLoading = load.isAlive();
                HttpResponse<String> r = backup(server, "w", "w-secret-1");
                assertEquals(200, r.statusCode(), r.body());
                if (wasLoading && load.isAlive()) duringLoad++;
                JsonObject manifest = JSON.parse(r.body());
                backups.add(store.resolve("backups").resolve(manifest.getString("file")));
            }
            load.join();
            assertEquals(null, failed.get());
            HttpResponse<String> r = backup(server, "w", "w-secret-1");
            backups.add(store.resolve("backups").resolve(JSON.parse(r.body()).getString("file")));
        }
        StoreDigest after = StoreDigest.of(store);
        assertTrue(!before.equals(after), "the load changed the store");
        assertTrue(duringLoad > 0, "no backup was taken while the load ran");
        int n = 0;
        boolean sawBefore = false;
        for (Path b : backups) {
            Path restored = tmp.resolve("restored-" + n++);
            Restore.into(TdbStore.at(restored), b);
            StoreDigest got = StoreDigest.of(restored);
            assertTrue(got.equals(before) || got.equals(after), b + " restored to neither the store before the load nor after it");
            sawBefore |= got.equals(before);
            if (n == backups.size()) assertEquals(after, got, "the backup taken after the load");
        }
        assertTrue(sawBefore, "a backup taken while the load ran holds the store before it");
    }

    @Test
    void aBackupWhoseFileChangedIsNotRestoredAndTheStoreStaysAsItWas() throws IOException {
        Path store = TestData.loadedStoreAt(tmp.resolve("store"));
        BackupManifest manifest;
        try (var lock = org.pactgraph.store.StoreLock.acquire(store)) {
            var dsg = TdbStore.at(store).open();
            try {
                manifest = Backup.write(dsg, () -> store.resolve("current"), tmp.resolve("backups"), java.time.Clock.systemUTC());
            } finally {
                TdbStore.close(dsg);
            }
        }
        Path file = tmp.resolve("backups").resolve(manifest.file());
        StoreDigest before = StoreDigest.of(store);
        Path target = tmp.resolve("target");
        Restore.into(TdbStore.at(target), file);
        assertEquals(before, StoreDigest.of(target), "an intact backup restores the store it was taken of");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(f.length() / 2);
            int b = f.read();
            f.seek(f.length() / 2);
            f.write(b ^ 0xff);
        }
        BackupException e = assertThrows(BackupException.class, () -> Restore.into(TdbStore.at(target), file));
        assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
        assertEquals(before, StoreDigest.of(target));
    }

    private static HttpResponse<String> backup(RunningServer server, String user, String password) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/$/backup/pactgraph"))
                .POST(HttpRequest.BodyPublishers.noBody());
        return server.send(RunningServer.withCredentials(r, user, password).build());
    }
}
