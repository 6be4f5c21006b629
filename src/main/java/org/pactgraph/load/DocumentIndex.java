package org.pactgraph.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pactgraph.model.Iris;

/**
 * What a store was built from, by content: a digest of everything but the announcements (the
 * ontologies, the shapes, the reference data, the linguistic layer's version), and a digest of
 * each announcement by its path in the data folder. Kept in the store's metadata, it tells the
 * next load which documents were added, changed or removed, and whether anything else changed
 * (then only a full load will do).
 *
 * @param base the digest of the inputs that are not announcements
 * @param documents each announcement's path in the data folder and the digest of its bytes
 */
public record DocumentIndex(String base, Map<String, String> documents) {
    private static final String BASE_KEY = "inputs.base";
    private static final String DOCUMENT_KEY = "document.";

    public DocumentIndex {
        documents = Map.copyOf(documents);
    }

    /** The documents that differ between two indexes, by path in the data folder. */
    public record Changes(List<String> added, List<String> changed, List<String> removed) {
        /** True when no document differs. */
        public boolean none() {
            return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
        }

        /** How many documents differ. */
        public int size() {
            return added.size() + changed.size() + removed.size();
        }

        @Override
        public String toString() {
            return added.size() + " added, " + changed.size() + " changed, " + removed.size() + " removed";
        }
    }

    /** The index of the inputs as they are now, reading every file. */
    public static DocumentIndex of(InputFiles files) {
        MessageDigest base = sha256();
        base.update(files.annotator().version().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Stream.of(files.ontologies(), List.of(files.shapes()), files.referenceData()).flatMap(List::stream).forEach(p -> {
            base.update(p.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            base.update(sha256(p).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        });
        Map<String, String> documents = new TreeMap<>();
        for (Path d : files.documents()) documents.put(files.dataDir().relativize(d).toString(), sha256(d));
        return new DocumentIndex(HexFormat.of().formatHex(base.digest()), documents);
    }

    /** The index a load recorded in the store's metadata, or empty when it recorded none. */
    public static Optional<DocumentIndex> of(Map<String, String> metadata) {
        String base = metadata.get(BASE_KEY);
        if (base == null) return Optional.empty();
        Map<String, String> documents = new TreeMap<>();
        metadata.forEach((k, v) -> {
            if (k.startsWith(DOCUMENT_KEY)) documents.put(k.substring(DOCUMENT_KEY.length()), v);
        });
        return Optional.of(new DocumentIndex(base, documents));
    }

    /** The index as metadata entries. */
    public Map<String, String> metadata() {
        Map<String, String> out = new TreeMap<>();
        out.put(BASE_KEY, base);
        documents.forEach((path, digest) -> out.put(DOCUMENT_KEY + path, digest));
        return out;
    }

    /** What differs from an earlier index. */
    public Changes changesSince(DocumentIndex before) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        documents.forEach((path, digest) -> {
            String old = before.documents.get(path);
            if (old == null) added.add(path);
            else if (!old.equals(digest)) changed.add(path);
        });
        before.documents.keySet().stream().filter(p -> !documents.containsKey(p)).forEach(removed::add);
        return new Changes(List.copyOf(added), List.copyOf(changed), List.copyOf(removed));
    }

    /** The graph of the document at a path of the data folder. */
    public static String graphOf(String path) {
        return Iris.documentGraph(DocumentReader.slugOf(Path.of(path)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new InputException("Cannot read " + InputFiles.display(file) + ": " + e.getMessage(), "check the file's permissions");
        }
    }
}
