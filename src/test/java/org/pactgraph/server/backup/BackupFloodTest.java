package org.pactgraph.server.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.pactgraph.TestData;
import org.pactgraph.backup.Backup;
import org.pactgraph.backup.NoRoomForBackup;
import org.pactgraph.server.RunningServer;
import org.pactgraph.store.LiveDataset;
import org.pactgraph.store.TdbStore;

/**
 * {@code POST /$/backup/pactgraph} cannot be used to fill the disk: a page of another site
 * cannot ask for a backup with a writer's remembered password (403), backups are written one at a
 * time (a request meanwhile gets 503 with {@code Retry-After}), each under a name of its own, and none is started
 * when it would leave the disk with less than the reserve free. Before: a hostile {@code Origin}
 * got 200 and a backup, and 12 requests at once wrote 12 full backups side by side.
 */
class BackupFloodTest {
    @Test
    void backupsAreRefusedToOtherSitesWrittenOneAtATimeAndKeepTheDiskReserve() throws Exception {
        // The shared test store: a backup only reads it, and the backups written here are removed.
        Path store = TestData.loadedStore();
        Path backups = store.resolve("backups");
        Files.createDirectories(backups);
        assertEquals(0, backupFiles(backups), "the shared store already has backups");
        Path users = RunningServer.usersFile("alice", "write", "alice-secret-1");
        try (RunningServer server = RunningServer.over(store, RunningServer.loopback().withAuthFile(users));
             HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> crossSite = http.send(backup(server).header("Origin", "https://hostile.example").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, crossSite.statusCode(), crossSite.body());
            assertEquals(0, backupFiles(backups), "a cross-site request wrote a backup");

            // Logins are hashed a few at a time (429 past that), so the requests reach the backup
            // staggered; whichever overlap, the backups are written one after the other.
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 4; i++) sent.add(http.sendAsync(backup(server).build(), HttpResponse.BodyHandlers.ofString()));
            int written = 0;
            for (CompletableFuture<HttpResponse<String>> f : sent) {
                HttpResponse<String> a = f.get();
                if (a.statusCode() == 200) written++;
                else if (a.statusCode() == 503) assertEquals("5", a.headers().firstValue("Retry-After").orElse(""), a.body());
                else assertEquals(429, a.statusCode(), a.body());
            }
            System.out.printf("4 backups asked for at once: %d written%n", written);
            assertTrue(written >= 1, "no backup written");
            assertEquals(written, backupFiles(backups), "one data file, of a name of its own, per backup answered 200");
            assertOneAfterAnother(backups);
        }
        LiveDataset live = LiveDataset.open(TdbStore.at(store), message -> { });
        try {
            long before = backupFiles(backups);
            NoRoomForBackup refused = assertThrows(NoRoomForBackup.class,
                    () -> Backup.write(live, live::generationInUse, backups, Clock.systemUTC(), Long.MAX_VALUE / 4));
            assertTrue(refused.getMessage().contains("kept free"), refused.getMessage());
            assertEquals(before, backupFiles(backups), "a refused backup wrote a file");
        } finally {
            live.close();
            try (Stream<Path> files = Files.list(backups)) {
                for (Path f : files.toList()) Files.delete(f);
            }
        }
    }

    /** Each backup started (its manifest's time) after the one before it was complete (its data file's last write). */
    private static void assertOneAfterAnother(Path backups) throws IOException {
        List<Path> manifests;
        try (Stream<Path> files = Files.list(backups)) {
            manifests = files.filter(f -> f.getFileName().toString().endsWith(".manifest.json")).sorted().toList();
        }
        Instant previousEnd = Instant.EPOCH;
        for (Path m : manifests) {
            JsonObject manifest = JSON.read(m.toString());
            Instant start = Instant.parse(manifest.get("time").getAsString().value());
            assertTrue(!start.isBefore(previousEnd.minusMillis(5)), m.getFileName() + " started at " + start + ", before the backup before it ended at " + previousEnd);
            previousEnd = Files.getLastModifiedTime(backups.resolve(manifest.get("file").getAsString().value())).toInstant();
        }
    }

    private static HttpRequest.Builder backup(RunningServer server) {
        return RunningServer.withCredentials(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/$/backup/pactgraph")), "alice", "alice-secret-1")
                .POST(HttpRequest.BodyPublishers.noBody());
    }

    private static long backupFiles(Path backups) throws IOException {
        if (!Files.isDirectory(backups)) return 0;
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".nq.gz")).count();
        }
    }
}
