package org.pactgraph.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Locale;
import java.util.stream.Stream;
import org.pactgraph.annotate.Annotator;

/**
 * The files a load reads, found by extension: ontologies and shapes under the ontology folder;
 * announcements (.md, .txt, .html) and RDF reference data (.ttl, .nt, .jsonld, .rdf, .trig,
 * .nq) anywhere under the data folder. Sorted by path so that loads are repeatable.
 */
public record InputFiles(Path dataDir, Path ontologyDir, List<Path> ontologies, Path shapes,
                         List<Path> referenceData, List<Path> documents, String fingerprint, Annotator annotator) {
    /** The name of the SHACL shapes file in the ontology folder. */
    public static final String SHAPES_FILE = "shapes.ttl";

    private static final List<String> DOCUMENT_EXTENSIONS = List.of(".md", ".txt", ".html", ".htm");
    private static final List<String> RDF_EXTENSIONS = List.of(".ttl", ".nt", ".jsonld", ".rdf", ".owl", ".trig", ".nq");

    /**
     * Finds the files, failing with a clear message when a folder is missing, a file is not of a
     * kind PactGraph reads, or an announcement is empty.
     */
    public static InputFiles find(LoadSettings settings) {
        InputFiles found = scan(settings);
        found.documents.forEach(InputFiles::checkNotEmpty);
        checkOneDocumentPerSlug(found.documents);
        return found;
    }

    /**
     * Two announcements whose names give the same slug ({@code a b.md} and {@code a#b.md},
     * {@code Foo.md} and {@code foo.md}, {@code x.md} and {@code x.txt}) would be one document,
     * the second's facts silently added to the first's graph: refused, naming both.
     */
    private static void checkOneDocumentPerSlug(List<Path> documents) {
        Map<String, Path> bySlug = new HashMap<>();
        for (Path d : documents) {
            String slug = DocumentReader.slugOf(d);
            Path first = bySlug.putIfAbsent(slug, d);
            if (first != null) {
                throw new InputException(display(first) + " and " + display(d) + " are both the document '" + slug
                        + "' (a document's IRI is made from its file name in lower case, letters and digits only);"
                        + " expected one file per document", "rename one of them so that their names differ in letters or digits");
            }
        }
    }

    /**
     * Finds the files as {@link #find} does without reading them, enough for the fingerprint:
     * whether a store is up to date is known without reading 100,000 announcements at each
     * server start.
     */
    public static InputFiles scan(LoadSettings settings) {
        Path data = requireFolder(settings.dataDir(), "data", "--data");
        Path ontology = requireFolder(settings.ontologyDir(), "ontology", "--ontology");
        SortedMap<Path, BasicFileAttributes> ontologyFiles = list(ontology);
        List<Path> ontologies = ontologiesAmong(ontologyFiles.keySet());
        Path shapes = ontology.resolve(SHAPES_FILE);
        if (Files.isDirectory(shapes)) {
            throw new InputException(display(shapes) + " is a folder; expected the SHACL shapes file",
                    "put the shapes that loaded data must satisfy in the file " + display(shapes));
        }
        if (!Files.isRegularFile(shapes)) {
            throw new InputException("No SHACL shapes file " + shapes,
                    "put the shapes that loaded data must satisfy in " + shapes);
        }
        SortedMap<Path, BasicFileAttributes> dataFiles = list(data);
        dataFiles.keySet().forEach(InputFiles::checkKnown);
        List<Path> referenceData = dataFiles.keySet().stream().filter(p -> hasExtension(p, RDF_EXTENSIONS)).toList();
        List<Path> documents = dataFiles.keySet().stream().filter(p -> hasExtension(p, DOCUMENT_EXTENSIONS)).toList();
        // The shapes file is one of the ontology folder's files, its attributes read by the walk.
        Map<Path, BasicFileAttributes> attributes = new HashMap<>(ontologyFiles);
        attributes.putAll(dataFiles);
        String fingerprint = fingerprint(Stream.of(ontologies, List.of(shapes), referenceData, documents).flatMap(List::stream).toList(),
                attributes, org.pactgraph.extract.ExtractorCode.settings(settings.annotator()));
        return new InputFiles(data, ontology, ontologies, shapes, referenceData, documents, fingerprint, settings.annotator());
    }

    /**
     * A digest of every input's path, size and modification time and of the extractor's settings
     * ({@link org.pactgraph.extract.ExtractorCode#settings}): when it changes, the store is out of date.
     */
    private static String fingerprint(List<Path> inputs, Map<Path, BasicFileAttributes> attributes, String extractor) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(extractor.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Path p : inputs) {
                BasicFileAttributes a = attributes.get(p);
                sha.update(p.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(Long.toString(a.size()).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                sha.update(Long.toString(a.lastModifiedTime().toMillis()).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A path relative to the working folder when it lies below it, for messages. */
    public static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return abs.startsWith(here) ? here.relativize(abs).toString() : abs.toString();
    }

    private static Path requireFolder(Path dir, String what, String option) {
        if (!Files.isDirectory(dir)) {
            throw new InputException("The " + what + " folder " + display(dir) + " does not exist",
                    "run from the PactGraph folder or give " + option + " DIR");
        }
        if (!Files.isReadable(dir)) {
            throw new InputException("The " + what + " folder " + display(dir) + " cannot be read",
                    "check its permissions");
        }
        return dir;
    }

    /** The input files under the folder, sorted, with their size and time (a link's: its target's). */
    private static SortedMap<Path, BasicFileAttributes> list(Path dir) {
        // The walk reads each file's attributes once (a link's own); asking again would double the cost of 100,000 files.
        SortedMap<Path, BasicFileAttributes> files = new TreeMap<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                    if (d.equals(dir)) return FileVisitResult.CONTINUE;
                    if (d.getFileName().toString().startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                    isInputFile(d, a);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path p, BasicFileAttributes a) {
                    if (!p.getFileName().toString().startsWith(".") && isInputFile(p, a)) files.put(p, a);
                    return FileVisitResult.CONTINUE;
                }
            });
            for (Map.Entry<Path, BasicFileAttributes> e : files.entrySet()) {
                if (e.getValue().isSymbolicLink()) {
                    checkLink(dir, e.getKey());
                    e.setValue(attributesOf(e.getKey()));
                    if (!e.getValue().isRegularFile()) isInputFile(e.getKey(), e.getValue());
                }
            }
            return files;
        } catch (IOException e) {
            throw new InputException("Cannot list " + display(dir) + ": " + e.getMessage(), "check its permissions", e);
        }
    }

    /**
     * Keeps files and links; fails on a folder whose name says it is a file PactGraph reads, and
     * on a named pipe, socket or device, judged by its attributes alone: opening a pipe would
     * wait for a writer forever, and skipping it would leave its data silently out.
     */
    private static boolean isInputFile(Path p, BasicFileAttributes a) {
        if (a.isSymbolicLink() || a.isRegularFile()) return true;
        if (a.isOther()) {
            throw new InputException(display(p) + " is a named pipe, socket or device, not a regular file; expected a file",
                    "replace it with a regular file holding its content, or remove it from the folder");
        }
        if (a.isDirectory() && (hasExtension(p, RDF_EXTENSIONS) || hasExtension(p, DOCUMENT_EXTENSIONS))) {
            throw new InputException(display(p) + " is a folder; expected a file, as its name says",
                    "rename the folder or move the file it should be in its place");
        }
        return false;
    }

    /** A link must lead to a file inside the same folder: data is what lies in data/, no more. */
    private static void checkLink(Path root, Path p) {
        try {
            Path target = Files.readSymbolicLink(p);
            if (!Files.exists(p)) {
                throw new InputException(display(p) + " is a link to " + target + ", which does not exist",
                        "remove the link or restore the file it points to");
            }
            if (!p.toRealPath().startsWith(root.toRealPath())) {
                throw new InputException(display(p) + " is a link to " + p.toRealPath() + ", outside " + display(root),
                        "copy the file into " + display(root) + " instead of linking to it");
            }
        } catch (IOException e) {
            throw new InputException(display(p) + ": cannot follow the link (" + e.getMessage() + ")", "remove or fix the link", e);
        }
    }

    /**
     * Data is refused rather than skipped when PactGraph cannot tell what it is: a spreadsheet or
     * an editor's backup left in data/ would otherwise be silently missing from the graph.
     */
    private static void checkKnown(Path p) {
        if (hasExtension(p, RDF_EXTENSIONS) || hasExtension(p, DOCUMENT_EXTENSIONS)) return;
        throw new InputException(display(p) + " is not a kind of file PactGraph reads; expected reference data ("
                + String.join(", ", RDF_EXTENSIONS) + ") or announcements (" + String.join(", ", DOCUMENT_EXTENSIONS) + ")",
                "move it out of the data folder, or rename it if it is one of those");
    }

    /**
     * An empty announcement in data/ is most likely a failed copy; a load refuses it, where
     * {@code pactgraph extract} of one file simply finds nothing in it.
     */
    private static void checkNotEmpty(Path p) {
        try {
            if (Files.size(p) < 4096 && Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
                throw new InputException(display(p) + ": the file is empty; expected the text of an announcement",
                        "put the announcement's text in it or remove it from the data folder");
            }
        } catch (IOException e) {
            throw new InputException(display(p) + ": cannot be read (" + e.getMessage() + ")", "check the file's permissions", e);
        }
    }

    private static BasicFileAttributes attributesOf(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new InputException(display(p) + ": cannot be read (" + e.getMessage() + ")", "check the file's permissions", e);
        }
    }

    /**
     * The ontology files a load reads from the folder, in path order: every RDF file in it but the
     * SHACL shapes. Whatever else reads "the ontologies" (the model diagram) reads these.
     */
    public static List<Path> ontologyFiles(Path folder) {
        return ontologiesAmong(list(requireFolder(folder, "ontology", "--ontology")).keySet());
    }

    private static List<Path> ontologiesAmong(Collection<Path> files) {
        return files.stream()
                .filter(p -> hasExtension(p, RDF_EXTENSIONS) && !p.getFileName().toString().equals(SHAPES_FILE))
                .toList();
    }

    private static boolean hasExtension(Path p, List<String> extensions) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(name::endsWith);
    }
}
