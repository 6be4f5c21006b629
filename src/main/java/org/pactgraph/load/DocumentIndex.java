package org.pactgraph.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
 * <p>An announcement whose size, modification time and file (inode) are those recorded is
 * taken to have the recorded digest without being read again, as git's index and rsync do: at
 * 10,000 announcements, reading and hashing every one was a fixed cost of each load.
 *
 * @param base the digest of the inputs that are not announcements
 * @param documents each announcement's path in the data folder and the digest of its bytes
 * @param files each announcement's path and its size, modification time and file key when read
 */
public record DocumentIndex(String base, Map<String, String> documents, Map<String, String> files) {
    private static final String BASE_KEY = "inputs.base";
    private static final String DOCUMENT_KEY = "document.";
    private static final String FILE_KEY = "document-file.";

    public DocumentIndex {
        documents = Map.copyOf(documents);
        files = Map.copyOf(files);
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
        return of(files, Optional.empty());
    }

    /**
     * The index of the inputs as they are now, reading the announcements that are not, by size,
     * modification time and file, as the earlier index recorded them.
     */
    public static DocumentIndex of(InputFiles files, Optional<DocumentIndex> before) {
        MessageDigest base = sha256();
        base.update(org.pactgraph.extract.ExtractorCode.settings(files.annotator()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Stream.of(files.ontologies(), List.of(files.shapes()), files.referenceData()).flatMap(List::stream).forEach(p -> {
            base.update(p.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            base.update(sha256(p).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        });
        Map<String, String> documents = new TreeMap<>();
        Map<String, String> stats = new TreeMap<>();
        for (Path d : files.documents()) {
            String path = files.dataDir().relativize(d).toString();
            String stat = stat(d);
            String known = before.filter(b -> stat.equals(b.files.get(path))).map(b -> b.documents.get(path)).orElse(null);
            documents.put(path, known != null ? known : sha256(d));
            stats.put(path, stat);
        }
        return new DocumentIndex(HexFormat.of().formatHex(base.digest()), documents, stats);
    }

    /** A file's size, modification time and file key (device and inode where there are such). */
    private static String stat(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + " " + a.lastModifiedTime().toMillis() + " " + a.fileKey();
        } catch (IOException e) {
            throw new InputException("Cannot read " + InputFiles.display(file) + ": " + e.getMessage(), "check the file's permissions");
        }
    }

    /** The index a load recorded in the store's metadata, or empty when it recorded none. */
    public static Optional<DocumentIndex> of(Map<String, String> metadata) {
        String base = metadata.get(BASE_KEY);
        if (base == null) return Optional.empty();
        Map<String, String> documents = new TreeMap<>();
        Map<String, String> stats = new TreeMap<>();
        metadata.forEach((k, v) -> {
            if (k.startsWith(DOCUMENT_KEY)) documents.put(k.substring(DOCUMENT_KEY.length()), v);
            if (k.startsWith(FILE_KEY)) stats.put(k.substring(FILE_KEY.length()), v);
        });
        return Optional.of(new DocumentIndex(base, documents, stats));
    }

    /** The index as metadata entries. */
    public Map<String, String> metadata() {
        Map<String, String> out = new TreeMap<>();
        out.put(BASE_KEY, base);
        documents.forEach((path, digest) -> out.put(DOCUMENT_KEY + path, digest));
        files.forEach((path, stat) -> out.put(FILE_KEY + path, stat));
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
