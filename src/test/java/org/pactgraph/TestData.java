package org.pactgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pactgraph.load.LoadSettings;
import org.pactgraph.load.Loader;
import org.pactgraph.store.Folders;

/**
 * The project's own data/ and ontology/, and TDB2 stores holding what a load of them gives: the
 * project is loaded once per test JVM into a folder that nothing else opens, and every store a
 * test asks for is a copy of that folder's files. Loads are deterministic (LoaderTest: two loads
 * give the same store), and a copy takes milliseconds where a load takes seconds: the tests that
 * each loaded the project into a store of their own spent about 6 s apiece on it.
 */
public final class TestData {
    /** TDB2's own lock: it names the process that opened the folder, so it is not carried over to a copy. */
    private static final String TDB_LOCK = "tdb.lock";
    private static Path template;
    private static Path loadedStore;
    private static final java.util.List<Path> SCRATCH = new java.util.ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestData::deleteScratch, "delete-test-scratch-folders"));
    }

    private TestData() {}

    /**
     * A fresh folder under the system's temporary folder, deleted with everything in it when the
     * test JVM ends: a test run copies the loaded project into a store of its own many times (193 MB
     * each), and folders left behind filled a 250 GB disk over a day of runs.
     */
    public static Path scratchFolder(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            synchronized (SCRATCH) {
                SCRATCH.add(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteScratch() {
        synchronized (SCRATCH) {
            for (Path dir : SCRATCH) {
                Folders.deleteQuietly(dir);
            }
        }
    }

    /** Settings that read the project's data/ and ontology/ into the given store folder. */
    public static LoadSettings projectInto(Path store) {
        return new LoadSettings(Path.of("data"), Path.of("ontology"), store);
    }

    /** A store loaded from the project's data, shared by the tests that only read it. */
    public static synchronized Path loadedStore() {
        if (loadedStore == null) {
            loadedStore = loadedStoreAt(scratchFolder("pactgraph-store-"));
        }
        return loadedStore;
    }

    /**
     * A store of its own at {@code dir} (made when missing, empty otherwise) holding what a load of
     * the project's data gives, for a test that writes to it, locks it or hands it to another
     * process; returns {@code dir}.
     */
    public static Path loadedStoreAt(Path dir) {
        try {
            copyTree(template(), dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the loaded project into " + dir, e);
        }
    }

    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path dir = scratchFolder("pactgraph-loaded-project-");
            new Loader().load(projectInto(dir));
            template = dir;
        }
        return template;
    }

    /** A copy of the project's data/ and ontology/ in a fresh folder, for tests that break them. */
    public static Path copyOfProject() {
        try {
            Path root = scratchFolder("pactgraph-project-");
            copyTree(Path.of("data"), root.resolve("data"));
            copyTree(Path.of("ontology"), root.resolve("ontology"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the project (as {@link #copyOfProject}) with one more announcement, copied from the given file. */
    public static Path copyOfProjectWith(Path announcement) {
        Path root = copyOfProject();
        try {
            Files.copy(announcement, root.resolve("data/announcements").resolve(announcement.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    /**
     * Copies a folder and everything in it; in a store, the link to the current generation stays a
     * link (relative to the store) and TDB2's lock stays behind.
     */
    public static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isSymbolicLink(p)) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals(TDB_LOCK)) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
