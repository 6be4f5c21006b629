package org.pactgraph.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.pactgraph.store.TdbStore;

/**
 * Writes a consistent snapshot of a store: every quad, read in one read transaction (so a load
 * switching generations or an update committing meanwhile is either wholly in it or not at all),
 * as gzipped N-Quads, then its {@link BackupManifest}. The data file is written under a
 * {@code .partial} name and renamed when complete, and the manifest is written last: a backup
 * whose manifest exists is complete.
 */
public final class Backup {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** The free space a backup leaves on its disk at least: 1 GiB. */
    public static final long RESERVE_BYTES = 1L << 30;

    private Backup() {}

    /** Refuses the backup when the last one's size would take the disk's free space under the reserve. */
    private static void checkRoom(Path dir, long reserveBytes) throws IOException {
        long last = 0;
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().endsWith(".nq.gz")) last = Math.max(last, Files.size(f));
            }
        }
        long free = Files.getFileStore(dir).getUsableSpace();
        if (free - last < reserveBytes) {
            throw new NoRoomForBackup("No backup written: the disk of the backups folder has " + (free >> 20) + " MiB free, and a backup the size of the"
                    + " last (" + (last >> 20) + " MiB) would leave less than the " + (reserveBytes >> 20) + " MiB kept free",
                    "delete or move old backups out of the store's backups folder");
        }
    }

    /** The name, or the name with a number added when a backup of that name exists (two in one millisecond). */
    private static String freeName(Path dir, String name) {
        String free = name;
        for (int i = 2; Files.exists(dir.resolve(free + ".nq.gz")) || Files.exists(dir.resolve(free + ".nq.gz.partial")); i++) {
            free = name + "-" + i;
        }
        return free;
    }

    /**
     * Writes the snapshot into {@code dir} as {@code pactgraph-TIME.nq.gz} with its manifest.
     * {@code generation} names, inside the read transaction, the generation folder being read,
     * whose load metadata the manifest keeps.
     */
    public static BackupManifest write(DatasetGraph dataset, Supplier<Path> generation, Path dir, Clock clock) {
        return write(dataset, generation, dir, clock, RESERVE_BYTES);
    }

    /**
     * As {@link #write(DatasetGraph, Supplier, Path, Clock)}, but refused with {@link NoRoomForBackup}
     * before anything is written when the disk would keep less than {@code reserveBytes} free
     * once a backup as large as the last one is written.
     */
    public static BackupManifest write(DatasetGraph dataset, Supplier<Path> generation, Path dir, Clock clock, long reserveBytes) {
        try {
            Files.createDirectories(dir);
            checkRoom(dir, reserveBytes);
        } catch (IOException e) {
            throw new BackupException("Cannot create the backup folder " + dir.getFileName() + ": " + e.getMessage(), "give a writable folder", e);
        }
        return Txn.calculateRead(dataset, () -> {
            Instant time = clock.instant();
            Path gen = generation.get();
            String name = freeName(dir, "pactgraph-" + STAMP.format(time));
            Path file = dir.resolve(name + ".nq.gz");
            Path partial = dir.resolve(name + ".nq.gz.partial");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                GraphDigests digests = new GraphDigests();
                long quads = 0;
                try (OutputStream out = new BufferedOutputStream(new GZIPOutputStream(
                        new DigestOutputStream(Files.newOutputStream(partial), sha), 1 << 16), 1 << 16)) {
                    StreamRDF sink = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                    sink.start();
                    Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                    while (it.hasNext()) {
                        Quad q = it.next();
                        sink.quad(q);
                        digests.add(q);
                        quads++;
                    }
                    sink.finish();
                }
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
                Map<String, String> prefixes = new TreeMap<>(dataset.prefixes().getMapping());
                BackupManifest manifest = new BackupManifest(file.getFileName().toString(), HexFormat.of().formatHex(sha.digest()), quads,
                        digests.result(), gen.getFileName().toString(), time, TdbStore.metadataOf(gen), prefixes);
                manifest.write(BackupManifest.pathFor(file));
                return manifest;
            } catch (IOException e) {
                throw new BackupException("Cannot write the backup " + file.getFileName() + ": " + e.getMessage(),
                        "check free disk space and that the backups folder is writable", e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("The JDK has no SHA-256", e);
            } finally {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    // A stray .partial file is harmless: restores read only files with a manifest.
                }
            }
        });
    }
}
