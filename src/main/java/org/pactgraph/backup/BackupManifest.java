package org.pactgraph.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * What a backup holds, written beside it as {@code NAME.manifest.json}: the data file's name and
 * SHA-256, its quad count, each graph's triple count and digest ({@link GraphDigests}), the store
 * generation it was taken from, when, the metadata of the load that built that generation (so that
 * a restored store is not taken for a stale one) and the store's prefixes.
 *
 * @param file the gzipped N-Quads file's name, in the manifest's folder
 * @param sha256 the SHA-256 of the file's bytes, in hex
 * @param quads how many quads the file holds
 * @param graphs graph IRI to "N triples, digest HEX"
 * @param generation the generation folder's name
 * @param time when the snapshot's read transaction began
 * @param load the load's metadata
 * @param prefixes prefix to namespace
 */
public record BackupManifest(String file, String sha256, long quads, Map<String, String> graphs, String generation,
                             Instant time, Map<String, String> load, Map<String, String> prefixes) {
    static final String SUFFIX = ".manifest.json";

    /** The manifest's file for a backup data file: {@code x.nq.gz} has {@code x.manifest.json}. */
    public static Path pathFor(Path dataFile) {
        String name = dataFile.getFileName().toString().replaceFirst("\\.nq\\.gz$", "");
        return dataFile.resolveSibling(name + SUFFIX);
    }

    /** Reads the manifest of a backup data file. */
    public static BackupManifest readFor(Path dataFile) {
        Path path = pathFor(dataFile);
        JsonObject o;
        try {
            o = JSON.read(path.toString());
        } catch (RuntimeException e) {
            throw new BackupException("Cannot read the manifest " + path + " of the backup " + dataFile + ": " + e.getMessage(),
                    "a backup is the .nq.gz file and its .manifest.json beside it; give a backup that has both", e);
        }
        return of(o, path.toString());
    }

    /** The manifest in JSON read from {@code where} (a file or a server), as {@link #json()} writes it. */
    public static BackupManifest of(JsonObject o, String where) {
        try {
            return new BackupManifest(o.getString("file"), o.getString("sha256"), o.get("quads").getAsNumber().value().longValue(),
                    map(o.getObj("graphs")), o.getString("generation"), Instant.parse(o.getString("time")), map(o.getObj("load")),
                    map(o.getObj("prefixes")));
        } catch (RuntimeException e) {
            throw new BackupException("The backup manifest from " + where + " lacks a field or has one of the wrong kind (" + e.getMessage() + ")",
                    "use a manifest written by 'pactgraph backup' and not edited since", e);
        }
    }

    private static Map<String, String> map(JsonObject o) {
        Map<String, String> out = new TreeMap<>();
        for (String k : o.keys()) out.put(k, o.getString(k));
        return out;
    }

    /** The manifest as JSON. */
    public JsonObject json() {
        JsonObject o = new JsonObject();
        o.put("file", file);
        o.put("sha256", sha256);
        o.put("quads", quads);
        o.put("graphs", object(graphs));
        o.put("generation", generation);
        o.put("time", time.toString());
        o.put("load", object(load));
        o.put("prefixes", object(prefixes));
        return o;
    }

    private static JsonValue object(Map<String, String> m) {
        JsonObject o = new JsonObject();
        new TreeMap<>(m).forEach(o::put);
        return o;
    }

    void write(Path path) throws IOException {
        try (OutputStream out = Files.newOutputStream(path)) {
            JSON.write(out, json());
        }
    }
}
