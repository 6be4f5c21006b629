package org.pactgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A TDB2 store that is replaced whole on each load. The folder holds numbered generations
 * ({@code gen-0001}, ...) and a symbolic link {@code current} to the one in use. A load writes a
 * complete new generation in one transaction, then moves the link atomically: a failed or
 * killed load leaves {@code current} exactly as it was, and readers never see a half-written
 * store. This also avoids TDB2's growth under repeated updates.
 */
public final class TdbStore implements Store {
    private static final Pattern GENERATION = Pattern.compile("gen-(\\d{4,})");
    private static final String CURRENT = "current";
    private static final String METADATA = "pactgraph-load.properties";
    private static final String PENDING = METADATA + ".next";

    private final Path dir;

    private TdbStore(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The store in the given folder, which need not exist yet. */
    public static TdbStore at(Path dir) {
        return new TdbStore(dir);
    }

    /** The store's folder. */
    public Path dir() {
        return dir;
    }

    @Override
    public String location() {
        return dir.toString();
    }

    /**
     * Takes the store's load lock (see {@link StoreLock#forLoad}): one load at a time, while a
     * server may go on serving. Then removes what earlier loads left behind: generations that are
     * not current and that no server reads, such as the half-written one of a killed load.
     */
    @Override
    public StoreLock lock() {
        StoreLock lock = StoreLock.forLoad(dir);
        Optional<Path> current = currentGeneration();
        Optional<Path> carried = current.flatMap(this::userGraphsSource);
        for (Path g : generations()) {
            boolean kept = current.isPresent() && g.equals(current.get()) || carried.isPresent() && g.equals(carried.get());
            if (!kept) deleteIfUnused(g);
        }
        return lock;
    }

    @Override
    public <T> T query(Query query, Function<QueryExec, T> use) {
        try (StoreLock lock = StoreLock.acquire(dir)) {
            DatasetGraph dsg = open();
            try {
                return Txn.calculateRead(dsg, () -> {
                    FromClauses.Scoped scoped = FromClauses.apply(query, dsg);
                    try (QueryExec exec = QueryExec.dataset(scoped.dataset()).query(scoped.query()).build()) {
                        return use.apply(exec);
                    }
                });
            } finally {
                close(dsg);
            }
        }
    }

    @Override
    public void read(Consumer<DatasetGraph> use) {
        try (StoreLock lock = StoreLock.acquire(dir)) {
            DatasetGraph dsg = open();
            try {
                use.accept(dsg);
            } finally {
                close(dsg);
            }
        }
    }

    /** True when a load has completed into this store. */
    @Override
    public boolean exists() {
        return currentGeneration().isPresent();
    }

    /** The metadata the last completed load recorded, empty when there is none. */
    @Override
    public Map<String, String> metadata() {
        return currentGeneration().map(this::metadataKnown).orElse(Map.of());
    }

    /** Metadata as read, with the file's size, modification time and file key it was read at. */
    private record ReadMetadata(Path file, String stat, Map<String, String> values) {}

    private volatile ReadMetadata lastRead;

    /**
     * The metadata of a generation, read again only when its file changed: a 10,000-document
     * store's holds 20,000 entries, and one load asks for it several times (the lock, the user
     * graphs' home, the update).
     */
    private Map<String, String> metadataKnown(Path generation) {
        Path file = generation.resolve(METADATA);
        String stat;
        try {
            var a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            stat = a.size() + " " + a.lastModifiedTime().toMillis() + " " + a.fileKey();
        } catch (IOException e) {
            return metadataOf(generation);
        }
        ReadMetadata known = lastRead;
        if (known != null && known.file().equals(file) && known.stat().equals(stat)) return known.values();
        Map<String, String> values = metadataOf(generation);
        lastRead = new ReadMetadata(file, stat, values);
        return values;
    }

    /** The metadata the load that wrote a generation recorded, empty when there is none. */
    public static Map<String, String> metadataOf(Path generation) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(generation.resolve(METADATA))) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            throw new StoreException("Cannot read " + generation.resolve(METADATA) + ": " + e.getMessage(),
                    "run 'pactgraph load' to rebuild the store", e);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return Map.copyOf(out);
    }

    /**
     * Replaces the store's content with what {@code writer} streams into TDB2's phased bulk
     * loader ({@link TdbBulkSink}) writing a fresh generation, then switched to atomically
     * (see {@link #replace(Function)}). The caller holds the {@link StoreLock}.
     */
    @Override
    public void replaceWith(Function<Sink, Map<String, String>> writer) {
        replace((Location location) -> {
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(location);
            try {
                return writer.apply(new TdbBulkSink(tdb));
            } finally {
                TDBInternal.expel(tdb);
            }
        });
    }

    /**
     * Replaces the store's content with what {@code writer} writes into the TDB2 database at the
     * location it is given, a fresh generation, by any means (a bulk loader, for instance): when
     * the writer returns the load's metadata, having closed the database, the store switches to
     * the new generation atomically; when it throws, the generation is deleted and
     * {@code current} stays as it was. The caller holds the {@link StoreLock}.
     */
    public void replace(Function<Location, Map<String, String>> writer) {
        Path next = dir.resolve(nextGenerationName());
        try {
            Files.createDirectories(next);
            Map<String, String> metadata = writer.apply(Location.create(next.resolve("tdb")));
            writeMetadata(next, metadata);
            switchTo(next);
        } catch (IOException e) {
            Folders.deleteQuietly(next);
            throw new StoreException("Cannot write the store " + dir + ": " + e.getMessage(),
                    "check free disk space and that the folder is writable", e);
        } catch (RuntimeException e) {
            Folders.deleteQuietly(next);
            throw e;
        }
        removeOldGenerations(next);
    }

    /**
     * Changes the generation in use in place, in one TDB2 write transaction: {@code change} gets
     * the database within the transaction and returns the load's metadata; when it returns, the
     * transaction commits (TDB2's journal makes that all or nothing, also under SIGKILL) and the
     * metadata file is replaced; when it throws, nothing changed. Readers of this process see the
     * store before or after, never between (TDB2's transactions). Returns false, doing nothing,
     * when there is no store yet or a server reads the generation (then only a new generation
     * can change what it serves). The caller holds the {@link StoreLock}.
     */
    @Override
    public boolean update(Function<DatasetGraph, Map<String, String>> change) {
        Optional<Path> current = currentGeneration();
        if (current.isEmpty() || userGraphsSource(current.get()).isPresent() || updateInterrupted()) return false;
        Optional<GenerationHold> hold = GenerationHold.exclusive(current.get());
        if (hold.isEmpty()) return false;
        try (GenerationHold h = hold.get()) {
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.create(current.get().resolve("tdb")));
            try {
                tdb.begin(org.apache.jena.query.TxnType.WRITE);
                try {
                    Map<String, String> metadata = change.apply(tdb);
                    // Written before the commit: while it lies there, nobody knows whether the commit happened (see updateInterrupted).
                    writeMetadata(current.get(), PENDING, metadata);
                    tdb.commit();
                } catch (RuntimeException | IOException e) {
                    tdb.abort(); // so that end() does not hide the cause behind "no commit() or abort()"
                    throw e;
                } finally {
                    tdb.end();
                }
            } finally {
                TDBInternal.expel(tdb);
            }
            Files.move(current.get().resolve(PENDING), current.get().resolve(METADATA), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            throw new StoreException("Cannot write the metadata of " + current.get() + ": " + e.getMessage(),
                    "check free disk space; the next load rebuilds the store", e);
        }
    }

    /**
     * True when an in-place change ({@link #update}) of the generation in use was interrupted
     * between writing its metadata and confirming its commit: the metadata may or may not
     * describe the content, so the next load rebuilds the store whole.
     */
    @Override
    public boolean updateInterrupted() {
        return currentGeneration().map(g -> Files.exists(g.resolve(PENDING))).orElse(false);
    }

    /**
     * The user graphs of the store, to be carried into the next generation, or empty when a
     * server reads the generation that holds them (the server then carries them over itself
     * when it moves to the next generation, see {@link #CARRY_USER_GRAPHS}). The caller holds
     * the {@link StoreLock}.
     */
    @Override
    public Optional<UserGraphs> userGraphsIfUnserved() {
        Optional<Path> current = currentGeneration();
        if (current.isEmpty()) return Optional.of(UserGraphs.NONE);
        Path source = userGraphsSource(current.get()).orElse(current.get());
        Optional<GenerationHold> hold = GenerationHold.exclusive(source);
        if (hold.isEmpty()) return Optional.empty();
        try (GenerationHold h = hold.get()) {
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.create(source.resolve("tdb")));
            try {
                return Optional.of(Txn.calculateRead(tdb, () -> UserGraphs.of(tdb)));
            } finally {
                TDBInternal.expel(tdb);
            }
        }
    }

    /**
     * The metadata key of a generation whose user graphs are still in the generation before it,
     * named by the key's value: a load that could not read them (a server was reading that
     * generation) leaves them to the server, which copies them over when it moves, then removes
     * the key. Until then no load deletes the older generation, and the next load reads the user
     * graphs from it.
     */
    public static final String CARRY_USER_GRAPHS = "user-graphs.from";

    /** The generation whose user graphs this one still has to receive, when there is one on disk. */
    Optional<Path> userGraphsSource(Path generation) {
        String from = metadataKnown(generation).get(CARRY_USER_GRAPHS);
        if (from == null) return Optional.empty();
        Path source = dir.resolve(from);
        return Files.isDirectory(source.resolve("tdb")) ? Optional.of(source) : Optional.empty();
    }

    /**
     * The name of the generation that holds the user graphs now: the current one, or the one
     * its user graphs still are to come from. Empty when there is no store.
     */
    @Override
    public Optional<String> userGraphsHome() {
        return currentGeneration().map(c -> userGraphsSource(c).orElse(c).getFileName().toString());
    }

    /**
     * Gives a generation opened without moving from another (a server starting) the user graphs
     * it still has to receive, when their generation is on disk and nobody reads it.
     */
    void receiveUserGraphs(Path generation, DatasetGraph into) {
        Optional<Path> source = userGraphsSource(generation);
        if (source.isEmpty()) return;
        Optional<GenerationHold> hold = GenerationHold.exclusive(source.get());
        if (hold.isEmpty()) return;
        try (GenerationHold h = hold.get()) {
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.create(source.get().resolve("tdb")));
            try {
                UserGraphs users = Txn.calculateRead(tdb, () -> UserGraphs.of(tdb));
                Txn.executeWrite(into, () -> users.replaceIn(into));
            } finally {
                TDBInternal.expel(tdb);
            }
        }
        userGraphsCarried(generation);
    }

    /** Records that the generation received its user graphs (see {@link #CARRY_USER_GRAPHS}). */
    void userGraphsCarried(Path generation) {
        Map<String, String> metadata = new TreeMap<>(metadataOf(generation));
        if (metadata.remove(CARRY_USER_GRAPHS) == null) return;
        try {
            writeMetadata(generation, metadata);
        } catch (IOException e) {
            throw new StoreException("Cannot write the metadata of " + generation + ": " + e.getMessage(), "check free disk space", e);
        }
    }

    /**
     * Opens the current generation for reading and querying, with the union of all named graphs
     * as the default graph. The caller holds the {@link StoreLock} and closes the dataset with
     * {@link #close(DatasetGraph)}. A server opens a {@link LiveDataset} instead.
     */
    public DatasetGraph open() {
        return openGeneration(currentGenerationOrFail());
    }

    Path currentGenerationOrFail() {
        return currentGeneration().orElseThrow(() -> new StoreException(
                "There is no loaded store at " + dir, "run 'pactgraph load --store " + dir + "' first"));
    }

    static DatasetGraph openGeneration(Path generation) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(generation.resolve("tdb")));
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    /** Releases a dataset returned by {@link #open()}. */
    public static void close(DatasetGraph dsg) {
        TDBInternal.expel(dsg);
    }

    /** The generation {@code current} points to, when it points to a complete one. */
    Optional<Path> currentGeneration() {
        Path link = dir.resolve(CURRENT);
        if (!Files.isSymbolicLink(link)) return Optional.empty();
        try {
            Path target = dir.resolve(Files.readSymbolicLink(link));
            return Files.isDirectory(target.resolve("tdb")) ? Optional.of(target) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private String nextGenerationName() {
        int max = generations().stream().mapToInt(TdbStore::number).max().orElse(0);
        return String.format("gen-%04d", max + 1);
    }

    private List<Path> generations() {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "gen-*")) {
            ds.forEach(p -> {
                if (GENERATION.matcher(p.getFileName().toString()).matches()) out.add(p);
            });
        } catch (IOException e) {
            throw new StoreException("Cannot list the store " + dir + ": " + e.getMessage(), "check the folder's permissions", e);
        }
        out.sort(Comparator.comparingInt(TdbStore::number));
        return out;
    }

    private static int number(Path generation) {
        Matcher m = GENERATION.matcher(generation.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Writes the metadata file whole or not at all: into a file beside it, then renamed over it. */
    private static void writeMetadata(Path generation, Map<String, String> metadata) throws IOException {
        writeMetadata(generation, METADATA, metadata);
    }

    private static void writeMetadata(Path generation, String name, Map<String, String> metadata) throws IOException {
        Properties p = new Properties();
        p.putAll(metadata);
        Path tmp = generation.resolve(name + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "Written by pactgraph load");
        }
        Files.move(tmp, generation.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Points {@code current} at the generation with one rename, which POSIX makes atomic. */
    private void switchTo(Path generation) throws IOException {
        Path tmp = dir.resolve(CURRENT + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createSymbolicLink(tmp, generation.getFileName());
        } catch (FileAlreadyExistsException e) {
            Files.delete(tmp);
            Files.createSymbolicLink(tmp, generation.getFileName());
        }
        Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void removeOldGenerations(Path keep) {
        for (Path g : generations()) {
            if (!g.equals(keep)) deleteIfUnused(g);
        }
    }

    /**
     * Deletes a generation unless a server reads it (its {@link GenerationHold}); that one is
     * deleted by the server when it moves on, or by the next load. The caller made sure the
     * generation is not current, and a server re-reads {@code current} after taking its hold, so
     * it never starts on a generation being deleted.
     */
    void deleteIfUnused(Path generation) {
        Optional<GenerationHold> hold = GenerationHold.exclusive(generation);
        if (hold.isEmpty()) return;
        try (GenerationHold h = hold.get()) {
            Folders.deleteQuietly(generation);
        }
    }
}
