package org.pactgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pactgraph.PactGraphException;
import org.pactgraph.TestData;
import org.pactgraph.cli.Main;
import org.pactgraph.reason.InconsistencyException;
import org.pactgraph.store.TdbStore;
import org.pactgraph.validate.ValidationException;
import picocli.CommandLine;

/**
 * The bad input corpus: one folder per malformed input under {@code badinput/<case>/}. Each case
 * holds the files that differ from the project's data/ and ontology/ (under {@code files/}) and an
 * {@code expected.properties} naming what the error must say: the file, the position where there
 * is one, and what was expected. Every case loads into one good store, which must come out
 * with the same quads and the same generation folders.
 */
class BadInputCorpusTest {
    private static final Path CASES = Path.of("src/test/resources/badinput");
    private static Path store;
    private static String goodDigest;
    private static List<String> goodListing;

    @BeforeAll
    static void loadAGoodStore() throws IOException {
        store = TestData.loadedStoreAt(TestData.scratchFolder("pactgraph-badinput-store-"));
        goodDigest = digest(store);
        goodListing = listing(store);
    }

    @AfterAll
    static void removeTheStore() throws IOException {
        delete(store);
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsRefusedWithItsFileAndPositionAndTheStoreIsUnchanged() throws IOException {
        List<Path> cases;
        try (Stream<Path> list = Files.list(CASES)) {
            cases = list.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 50, "the corpus holds " + cases.size() + " cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private static void check(Path caseDir) throws IOException {
        Properties expected = new Properties();
        try (InputStream in = Files.newInputStream(caseDir.resolve("expected.properties"))) {
            expected.load(in);
        }
        Path project = BadInputCase.apply(caseDir, expected);
        try {
            check(expected, new LoadSettings(project.resolve("data"), project.resolve("ontology"), store));
        } finally {
            delete(project);
        }
    }

    private static void check(Properties expected, LoadSettings settings) throws IOException {
        PactGraphException e;
        try {
            new Loader().load(settings);
            e = null;
        } catch (PactGraphException thrown) {
            e = thrown;
        }
        if (e == null) {
            // Put the good store back, so that the cases after this one start from it.
            new Loader().load(TestData.projectInto(store));
            goodDigest = digest(store);
            goodListing = listing(store);
            fail("the bad input was loaded");
        }
        String said = e.oneLine() + (e instanceof ValidationException v ? "\n" + v.report() : "")
                + (e instanceof InconsistencyException c ? "\n" + c.report() : "");
        for (String key : List.of("file", "position", "expected")) {
            String fragment = expected.getProperty(key);
            if (fragment != null) assertTrue(said.contains(fragment), "the error should say '" + fragment + "': " + said);
        }
        assertEquals(goodListing, listing(store), "the store's folders changed");
        assertEquals(goodDigest, digest(store), "the store's quads changed");
        if (Boolean.parseBoolean(expected.getProperty("cli"))) {
            checkTheCommandLine(settings, expected);
        }
    }

    private static void checkTheCommandLine(LoadSettings settings, Properties expected) throws IOException {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("load", "--store", settings.storeDir().toString(),
                "--data", settings.dataDir().toString(), "--ontology", settings.ontologyDir().toString());
        assertEquals(Integer.parseInt(expected.getProperty("exit", "1")), code, err.toString());
        String first = err.toString().lines().findFirst().orElse("");
        assertTrue(first.startsWith("pactgraph: ") && first.contains(expected.getProperty("file")), first);
        assertEquals(goodDigest, digest(settings.storeDir()), "the store's quads changed");
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }

    /** A SHA-256 of the store's quads written as N-Quads, one per line, sorted. */
    static String digest(Path storeDir) {
        DatasetGraphDigest d = new DatasetGraphDigest();
        TdbStore.at(storeDir).read(dsg -> Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> d.lines.add(NodeFmtLib.str(q)))));
        return d.hash();
    }

    /** The store folder's entries, with the generation the current link points at. */
    static List<String> listing(Path storeDir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> list = Files.list(storeDir)) {
            list.map(p -> p.getFileName().toString()).sorted().forEach(out::add);
        }
        out.add("current -> " + Files.readSymbolicLink(storeDir.resolve("current")));
        return out;
    }

    private static final class DatasetGraphDigest {
        final List<String> lines = new ArrayList<>();

        String hash() {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                lines.stream().sorted().forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
                return lines.size() + " quads, sha256 " + HexFormat.of().formatHex(sha.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
