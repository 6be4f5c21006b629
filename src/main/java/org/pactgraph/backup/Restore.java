package org.pactgraph.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.pactgraph.store.Store;
import org.pactgraph.store.TdbStore;

/**
 * Brings a backup back as a new generation of a store, the way a load does: written beside the
 * generation in use and switched to atomically, so that a server serving the store moves to it
 * and a failed restore leaves the store as it was. The data file must have the SHA-256 its
 * manifest records, and what was read must have the manifest's per-graph digests; otherwise the
 * new generation is deleted and nothing changes.
 */
public final class Restore {
    /** The metadata key that names the backup a generation was restored from. */
    public static final String RESTORED_FROM = "restored-from";

    private Restore() {}

    /** Restores the backup file into the store, taking the store's load lock; returns its manifest. */
    public static BackupManifest into(TdbStore store, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BackupException("There is no backup file " + file, "give the .nq.gz file that 'pactgraph backup' wrote");
        }
        BackupManifest manifest = BackupManifest.readFor(file);
        String sha = sha256(file);
        if (!sha.equals(manifest.sha256())) {
            throw new BackupException("The backup " + file + " is not the file its manifest describes (SHA-256 " + sha + ", the manifest says "
                    + manifest.sha256() + ")", "it was changed or cut short since; restore another backup");
        }
        try (Store.Lock lock = store.lock()) {
            store.replace(location -> {
                DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(location);
                try {
                    Map<String, String> read = Txn.calculateWrite(tdb, () -> {
                        GraphDigests digests = new GraphDigests();
                        parse(file, new StreamRDFWrapper(StreamRDFLib.dataset(tdb)) {
                            @Override
                            public void quad(Quad q) {
                                digests.add(q);
                                super.quad(q);
                            }

                            @Override
                            public void triple(org.apache.jena.graph.Triple t) {
                                quad(Quad.create(Quad.defaultGraphIRI, t));
                            }
                        });
                        manifest.prefixes().forEach(tdb.prefixes()::add);
                        return digests.result();
                    });
                    if (!read.equals(manifest.graphs())) {
                        throw new BackupException("The backup " + file + " does not hold what its manifest records: read " + read
                                + ", recorded " + manifest.graphs(), "restore another backup");
                    }
                } finally {
                    TDBInternal.expel(tdb);
                }
                Map<String, String> metadata = new TreeMap<>(manifest.load());
                metadata.put(RESTORED_FROM, file.toAbsolutePath() + " (generation " + manifest.generation() + ", " + manifest.time() + ")");
                return metadata;
            });
        }
        return manifest;
    }

    private static void parse(Path file, StreamRDF sink) {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), 1 << 16)) {
            // Labels as written, so that blank nodes shared between graphs stay shared.
            RDFParser.source(in).lang(Lang.NQUADS).labelToNode(LabelToNode.createUseLabelAsGiven()).parse(sink);
        } catch (IOException e) {
            throw new BackupException("Cannot read the backup " + file + ": " + e.getMessage(), "check the file and its permissions", e);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(file)), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new BackupException("Cannot read the backup " + file + ": " + e.getMessage(), "check the file and its permissions", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
