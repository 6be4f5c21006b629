package org.pactgraph.load;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;
import org.pactgraph.TestData;

/**
 * Builds the project a bad input case describes: a copy of data/ and ontology/ with the case's
 * {@code files/} laid over it, and the changes its properties ask for that files cannot carry:
 * <ul>
 *   <li>{@code delete=path,...} removes files;</li>
 *   <li>{@code mkdir=path,...} makes (empty) folders;</li>
 *   <li>{@code link.<path>=target} makes a symbolic link; a target starting {@code outside/}
 *       lies in a folder beside the project holding a marker file;</li>
 *   <li>{@code bytes.<path>=hex} writes the bytes, for encodings an editor would mend;</li>
 *   <li>{@code line.<path>=n} writes one line of n characters of words;</li>
 *   <li>{@code fifo=path} makes a named pipe (with {@code mkfifo}), which nobody writes to;</li>
 *   <li>{@code unreadable=path} takes every permission off a file (skipped when the tests run
 *       as root, who reads it anyway).</li>
 * </ul>
 */
final class BadInputCase {
    private BadInputCase() {}

    static Path apply(Path caseDir, Properties p) throws IOException {
        Path project = TestData.copyOfProject();
        Path files = caseDir.resolve("files");
        if (Files.isDirectory(files)) {
            try (Stream<Path> walk = Files.walk(files)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    Path target = project.resolve(files.relativize(f).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        for (String path : list(p.getProperty("delete"))) Files.delete(project.resolve(path));
        for (String path : list(p.getProperty("mkdir"))) Files.createDirectories(project.resolve(path));
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("link.")) link(project, key.substring(5), p.getProperty(key));
            if (key.startsWith("bytes.")) write(project.resolve(key.substring(6)), HexFormat.of().parseHex(p.getProperty(key).replace(" ", "")));
            if (key.startsWith("line.")) write(project.resolve(key.substring(5)), oneLine(Integer.parseInt(p.getProperty(key))));
        }
        if (p.getProperty("fifo") != null) fifo(project.resolve(p.getProperty("fifo")));
        if (p.getProperty("unreadable") != null) {
            Path f = project.resolve(p.getProperty("unreadable"));
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
            assumeFalse(Files.isReadable(f), "root reads every file whatever its permissions: an unreadable file cannot be made");
        }
        return project;
    }

    private static void link(Path project, String path, String target) throws IOException {
        Path to = Path.of(target);
        if (target.startsWith("outside/")) {
            Path outside = project.resolve("outside");
            Files.createDirectories(outside.resolve("folder"));
            Files.writeString(outside.resolve("secret.ttl"), "<urn:x:marker> <urn:x:says> \"outside\" .\n");
            Files.writeString(outside.resolve("folder/secret.ttl"), "<urn:x:marker> <urn:x:says> \"outside\" .\n");
            to = project.resolve(target);
        }
        Path link = project.resolve(path);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, to);
    }

    private static void fifo(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        try {
            int code = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor();
            if (code != 0) throw new IOException("mkfifo " + path + " exited with " + code);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static byte[] oneLine(int n) {
        StringBuilder sb = new StringBuilder(n + 1);
        while (sb.length() < n) sb.append("partnership ");
        sb.setLength(n);
        return sb.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static java.util.List<String> list(String value) {
        return value == null ? java.util.List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
