package org.pactgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pactgraph.server.RunningServer;

/**
 * Every command example of the README runs, and prints what the README shows, so that the README
 * cannot drift from the code. Each {@code $ COMMAND} line of a {@code ```text} block is run by
 * bash in a fresh folder holding the project's {@code data/}, {@code ontology/}, {@code queries/}
 * and {@code src/}, where {@code ./pactgraph} runs the CLI ({@code cli.Main}) with the test's
 * class path, in one JVM for all of them ({@link CommandHost}: its standard streams are files the
 * launcher script passes on, and it returns the exit code; in a JVM of its own when that JVM is gone, in another folder or
 * environment, or with {@code --verbose}): the {@code pactgraph} commands first, in README order (the
 * first {@code load} builds {@code ./store}), then the {@code curl} commands against a real
 * server over that store, on a free port, with the password file the README's {@code passwd}
 * examples wrote, reads before writes. A note after a command that asks for a file first
 * ({@code # with data/reference/zz-slip.ttl saying ...}) is done by {@link #SETUPS}. Each example's output is kept in
 * {@code target/readme-examples/LINE.txt}. An example that cannot run here is listed in {@link #NOT_RUN} with the
 * reason; an example neither run nor listed fails the test.
 *
 * <p>What truly varies between runs is replaced on both sides before comparing (see
 * {@link #PLACEHOLDERS}; trailing spaces, and the test's folder in paths, are dropped). In the README's expected text a line {@code ...} stands for any lines,
 * and a line ending in {@code ...} for any line that starts as it does.
 */
class ReadmeExamplesTest {
    /** Examples not run, by a piece of "SECTION: COMMAND" as the README shows them, with the reason. */
    static final Map<String, String> NOT_RUN = new LinkedHashMap<>();

    static {
        NOT_RUN.put("./pactgraph serve --auth users.pw", "serve runs until it is stopped; the test serves the same store in-process for the curl examples");
        NOT_RUN.put("time curl", "needs a server started with --timeout 2, and prints the time it took");
        NOT_RUN.put("for i in $(seq 1 10)", "wrong passwords lock this address out for a minute, which would change the examples after it (LoginCostTest checks the back-off)");
        NOT_RUN.put("-u alice:alice-secret-1 'http://127.0.0.1:3030/pactgraph/sparql?query=ASK%7B%7D' | grep", "the answer of the back-off above, not run");
        NOT_RUN.put("./pactgraph serve --store /tmp/pg-store", "needs another program holding port 3030");
        NOT_RUN.put("# while another serve holds ./store", "needs another serve process holding ./store");
        NOT_RUN.put("./pactgraph query 'ASK {?s ?p ?o}'", "needs a serve process holding the store; its message names that process's pid and folder");
        NOT_RUN.put("bench soak", "a 10-minute benchmark whose figures vary from run to run");
        NOT_RUN.put("3039/pactgraph/sparql?format=csv", "loading while serving runs a second store with a generated corpus (LoadWhileServingTest checks it)");
        NOT_RUN.put("./pactgraph generate --docs 40", "loading while serving, as above");
        NOT_RUN.put("curl ... (the same query)", "an abbreviation, not a command");
        NOT_RUN.put("ls /tmp/pg-live", "loading while serving, as above");
        NOT_RUN.put("./pactgraph eval --split test", "CoreNLP on a cold cache takes minutes and gigabytes; the first scores are kept as they came");
        NOT_RUN.put("[--nlp none]", "a synopsis with an optional part, not a command");
        NOT_RUN.put("./mvnw -B -q test", "runs Maven, from inside Maven's tests");
        NOT_RUN.put("./mvnw -o test -Dtest=ReconciliationPrecisionTest", "runs Maven, from inside Maven's tests (the test itself runs in the suite)");
        NOT_RUN.put("./pactgraph bench", "a benchmark: its figures are measurements that vary from run to run");
        NOT_RUN.put("./pactgraph generate --docs", "generates corpora of 200 to 100,000 documents");
        NOT_RUN.put("./pactgraph eval --gold /tmp/gen1", "scores a generated corpus of 200 documents");
        NOT_RUN.put("./pactgraph load --data /tmp/gen1", "loads a generated corpus of 200 documents");
        NOT_RUN.put("./pactgraph backup --user alice", "needs a serve --auth process holding the store (BackupCommandsTest runs it)");
        NOT_RUN.put("Validation: ./pactgraph load", "needs data/reference/draft.ttl, a file that breaks two shapes (ShapeFixturesTest and BadInputCorpusTest check such reports)");
    }

    /**
     * What the README's note after a command says to do first, by a piece of the note, as shell
     * commands run before the example and after it (whatever its exit code).
     */
    static final Map<String, List<String>> SETUPS = new LinkedHashMap<>();

    static {
        SETUPS.put("# with data/reference/zz-slip.ttl saying porg:nvidia a pact:University", List.of(
                "printf '@prefix pact: <https://w3id.org/pactgraph/ontology#> .\\n<https://w3id.org/pactgraph/id/org/nvidia> a pact:University .\\n'"
                        + " > data/reference/zz-slip.ttl",
                "rm data/reference/zz-slip.ttl"));
    }

    /** Patterns that vary between runs, and what they become on both sides before comparing. */
    static final Map<Pattern, String> PLACEHOLDERS = new LinkedHashMap<>();

    static {
        PLACEHOLDERS.put(Pattern.compile("\\b[0-9][0-9,.]* ms\\b"), "<N> ms");
        PLACEHOLDERS.put(Pattern.compile("\\(([0-9]+) bytes"), "(<N> bytes");
        PLACEHOLDERS.put(Pattern.compile("(?m)^Date: .*$"), "Date: <date>");
        PLACEHOLDERS.put(Pattern.compile("(?m)^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+[+-][0-9]{2}:[0-9]{2}$"), "<timestamp>");
        PLACEHOLDERS.put(Pattern.compile("(fuseki_requests\\{[^}]*\\}) [0-9.]+"), "$1 <N>");
        // A backup's file names and the instant it was taken.
        PLACEHOLDERS.put(Pattern.compile("pactgraph-[0-9]{8}T[0-9]{6}\\.[0-9]+Z"), "pactgraph-<time>");
        PLACEHOLDERS.put(Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]+Z"), "<instant>");
    }

    private static Path work;
    private static Process host;
    private static RunningServer server;

    @AfterAll
    static void stop() {
        stopTheCommandHost();
        if (server != null) server.close();
    }

    @Test
    void everyExampleIsRunOrListedWithItsReason() throws IOException {
        List<ReadmeExample> examples = examples();
        assertTrue(examples.size() > 50, "the README's examples: " + examples.size());
        for (String piece : NOT_RUN.keySet()) {
            assertTrue(examples.stream().anyMatch(e -> e.where().contains(piece)), "NOT_RUN lists '" + piece + "', which no README example has");
        }
        for (String note : SETUPS.keySet()) {
            assertTrue(examples.stream().anyMatch(e -> e.shown().contains(note)), "SETUPS has '" + note + "', which no README example has");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRunnableExamplePrintsWhatTheReadmeShows() throws IOException {
        List<ReadmeExample> examples = examples().stream().filter(e -> reasonNotRun(e) == null).toList();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("prepare a folder with the project's inputs", ReadmeExamplesTest::prepare));
        for (ReadmeExample e : examples) {
            if (!needsServer(e)) tests.add(DynamicTest.dynamicTest(name(e), () -> check(e, run(withSetup(e)))));
        }
        tests.add(DynamicTest.dynamicTest("start a server over ./store", () -> {
            stopTheCommandHost(); // it has run every command that reads the store; its JVM lets go of the store
            server = RunningServer.over(work.resolve("store"), RunningServer.loopback().withAuthFile(work.resolve("users.pw")));
        }));
        // Reads first, then writes, so that what a read shows is the loaded store.
        for (boolean writes : new boolean[] {false, true}) {
            for (ReadmeExample e : examples) {
                if (needsServer(e) && writes(e) == writes) {
                    tests.add(DynamicTest.dynamicTest(name(e), () -> check(e, run(onTheTestServer(e.command())))));
                }
            }
        }
        return tests.stream();
    }

    private static List<ReadmeExample> examples() throws IOException {
        return ReadmeExample.in(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
    }

    private static String reasonNotRun(ReadmeExample e) {
        return NOT_RUN.entrySet().stream().filter(n -> e.where().contains(n.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static boolean needsServer(ReadmeExample e) {
        return e.command().contains("127.0.0.1:30");
    }

    /** The example's command, after what its note says to do first and before undoing it. */
    private static String withSetup(ReadmeExample e) {
        return SETUPS.entrySet().stream().filter(x -> e.shown().contains(x.getKey())).findFirst()
                .map(x -> x.getValue().get(0) + " && { " + e.command() + "; }; status=$?; " + x.getValue().get(1) + "; exit $status")
                .orElse(e.command());
    }

    private static boolean writes(ReadmeExample e) {
        return e.command().contains("/pactgraph/update") || e.command().contains("/pactgraph/data");
    }

    private static String name(ReadmeExample e) {
        String first = e.firstLine();
        return "README line " + e.line() + " (" + e.section() + "): " + (first.length() > 100 ? first.substring(0, 100) + "..." : first);
    }

    private static String onTheTestServer(String command) {
        String port = String.valueOf(java.net.URI.create(server.baseUrl()).getPort());
        return command.replace("127.0.0.1:3030", "127.0.0.1:" + port).replace("127.0.0.1:3039", "127.0.0.1:" + port);
    }

    /** A folder with the project's inputs, and {@code ./pactgraph} starting the CLI with this test's class path. */
    private static void prepare() throws IOException {
        work = TestData.copyOfProject();
        TestData.copyTree(Path.of("queries"), work.resolve("queries"));
        // The evaluation's corpora are read where they are; a load refuses links in data/, so data/ is a copy.
        Files.createSymbolicLink(work.resolve("src"), Path.of("src").toAbsolutePath());
        Files.createDirectories(work.resolve("dumps"));
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("java.class.path");
        String token = Long.toHexString(new java.security.SecureRandom().nextLong());
        host = new ProcessBuilder(java, "-cp", classPath, CommandHost.class.getName(), token).directory(work.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String port = new java.io.BufferedReader(new java.io.InputStreamReader(host.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        assertTrue(port != null && port.matches("[0-9]+"), "the command host said its port: " + port);
        Path launcher = work.resolve("pactgraph");
        // The standard input is kept in a file first, so that a command sent back ('fallback') still reads it.
        Files.writeString(launcher, String.join("\n",
                "#!/bin/bash",
                "# Runs the command in the test's command host, which answers its exit code, or 'fallback' for a JVM of its own.",
                "io=$(mktemp -d); trap 'rm -rf \"$io\"' EXIT",
                "cat > \"$io/in\"",
                "if { exec 3<>/dev/tcp/127.0.0.1/" + port + "; } 2>/dev/null; then",
                "  printf '%s\\0' '" + token + "' \"$io\" \"$(pwd -P)\" \"$(env | grep '^PACTGRAPH_' | LC_ALL=C sort)\" \"$#\" \"$@\" >&3",
                "  IFS= read -r answer <&3",
                "  exec 3>&-",
                "  if [[ $answer == exit:* ]]; then cat \"$io/out\"; cat \"$io/err\" >&2; exit \"${answer#exit:}\"; fi",
                "fi",
                "'" + java + "' -cp '" + classPath + "' org.pactgraph.cli.Main \"$@\" < \"$io/in\"",
                ""));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Ends the command host (it ends when its standard input closes); later commands start JVMs of their own. */
    private static void stopTheCommandHost() {
        if (host == null) return;
        try {
            host.getOutputStream().close();
            if (!host.waitFor(30, TimeUnit.SECONDS)) host.destroyForcibly().waitFor();
        } catch (IOException | InterruptedException e) {
            host.destroyForcibly();
        }
        host = null;
    }

    private static final Pattern PROGRESS = Pattern.compile("load: .*( so far\\)| left)");

    /** What the command printed: its standard output, then its standard error without progress lines. */
    private static String run(String command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).directory(work.toFile());
        Path err = Files.createTempFile(work, "stderr-", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("still running after 180 s: " + command);
        }
        // Progress lines ("load: checking ... (0:07 so far)", "load: 1/1 documents ... 0:00 left") are the terminal's, overwritten as they go.
        String errors = Files.readString(err, StandardCharsets.UTF_8).lines()
                .filter(l -> !PROGRESS.matcher(l).matches()).map(l -> l + "\n").collect(java.util.stream.Collectors.joining());
        return new String(out, StandardCharsets.UTF_8) + errors;
    }

    private static void check(ReadmeExample e, String printed) {
        String actual = normalise(printed.replace(work.toString() + "/", "").replace(work.toString(), "."));
        if (server != null) actual = actual.replace("127.0.0.1:" + java.net.URI.create(server.baseUrl()).getPort(), "127.0.0.1:3030");
        String expected = normalise(e.expected());
        try {
            Path shown = Path.of("target", "readme-examples", e.line() + ".txt");
            Files.createDirectories(shown.getParent());
            Files.writeString(shown, printed);
        } catch (IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
        if (!matches(expected, actual)) {
            assertEquals(expected, actual.stripTrailing(), "README line " + e.line() + " shows another output for\n$ " + e.command());
        }
    }

    static String normalise(String text) {
        String out = text.replace("\r\n", "\n").replaceAll("(?m)[ \t]+$", "");
        for (Map.Entry<Pattern, String> p : PLACEHOLDERS.entrySet()) out = p.getKey().matcher(out).replaceAll(p.getValue());
        return out;
    }

    /** The expected text, with {@code ...} lines for any lines and lines ending in {@code ...} for any ending. */
    static boolean matches(String expected, String actual) {
        StringBuilder regex = new StringBuilder();
        for (String line : expected.split("\n", -1)) {
            if (line.strip().equals("...")) {
                regex.append("(?:[^\\n]*\\n)*?");
            } else if (line.endsWith("...")) {
                regex.append(Pattern.quote(line.substring(0, line.length() - 3).stripTrailing())).append("[^\\n]*\\n");
            } else {
                regex.append(Pattern.quote(line)).append("\\n");
            }
        }
        return Pattern.compile(regex.toString()).matcher(actual.stripTrailing() + "\n").matches();
    }
}
