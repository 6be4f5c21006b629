package org.pactgraph.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pactgraph.server.RunningServer;

/**
 * The query page's first load as a browser makes it, counted on the wire: the page, every file
 * its HTML names under /page/, and the JSON and query its scripts fetch; each request on its
 * own connection, the bytes counted as they arrive, headers and chunk framing included.
 * Three loads: as the server answered before it had validators and gzip (no
 * {@code Accept-Encoding}, every reload a full load), cold with gzip, and revalidated with the
 * tags of the cold load. Prints the figures the README quotes; asserts the ratios.
 */
class PageLoadOnTheWireTest {
    private static final Pattern NAMED = Pattern.compile("(?:src|href)=\"(/page/[^\"]+)\"");
    private static final Pattern FETCHED = Pattern.compile("fetch\\(\"(/page/[^\"]+)\"\\)");
    private static final int RUNS = 7;
    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    /** One load: the bytes on the wire and the tags each answer gave. */
    private record Load(long bytes, long nanos, Map<String, String> tags) {}

    private static List<String> pageFiles() throws Exception {
        Set<String> paths = new LinkedHashSet<>(List.of("/"));
        Path page = Path.of("src/main/resources/org/pactgraph/server/page");
        Matcher m = NAMED.matcher(Files.readString(page.resolve("index.html")));
        while (m.find()) paths.add(m.group(1));
        try (var scripts = Files.list(page)) {
            for (Path js : scripts.filter(p -> p.toString().endsWith(".js")).sorted().toList()) {
                Matcher f = FETCHED.matcher(Files.readString(js));
                while (f.find()) paths.add(f.group(1));
            }
        }
        return new ArrayList<>(paths);
    }

    private static Load load(List<String> paths, boolean gzip, Map<String, String> tags) {
        long bytes = 0;
        Map<String, String> seen = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (String p : paths) {
            StringBuilder req = new StringBuilder("GET " + p + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n");
            if (gzip) req.append("Accept-Encoding: gzip\r\n");
            if (tags != null && tags.containsKey(p)) req.append("If-None-Match: ").append(tags.get(p)).append("\r\n");
            String answer = server.raw(req.append("Connection: close\r\n\r\n").toString());
            bytes += answer.length();
            String status = answer.substring(9, 12);
            assertTrue(status.equals("200") || status.equals("304"), p + ": " + answer.lines().findFirst().orElse(""));
            Arrays.stream(answer.substring(0, answer.indexOf("\r\n\r\n")).split("\r\n"))
                    .filter(h -> h.toLowerCase(Locale.ROOT).startsWith("etag:"))
                    .forEach(h -> seen.put(p, h.substring(5).trim()));
        }
        return new Load(bytes, System.nanoTime() - start, seen);
    }

    private static Load median(List<String> paths, boolean gzip, Map<String, String> tags) {
        List<Load> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) runs.add(load(paths, gzip, tags));
        runs.sort((a, b) -> Long.compare(a.nanos, b.nanos));
        return runs.get(RUNS / 2);
    }

    @Test
    void gzipAndRevalidationCutTheFirstLoadAndTheReloadOfTheQueryPage() throws Exception {
        List<String> paths = pageFiles();
        load(paths, true, null); // warm the server's classes and caches alike for every variant
        Load before = median(paths, false, null);
        Load cold = median(paths, true, null);
        Load revalidated = median(paths, true, cold.tags());
        assertEquals(paths.size(), cold.tags().size(), "every file of the page carries a tag: " + cold.tags().keySet());
        System.out.printf(Locale.ROOT, "query page, %d requests: before %,d bytes %.1f ms; cold with gzip %,d bytes (%.1f%%) %.1f ms;"
                        + " revalidated %,d bytes (%.2f%%) %.1f ms%n", paths.size(), before.bytes(), before.nanos() / 1e6,
                cold.bytes(), 100.0 * cold.bytes() / before.bytes(), cold.nanos() / 1e6,
                revalidated.bytes(), 100.0 * revalidated.bytes() / before.bytes(), revalidated.nanos() / 1e6);
        assertTrue(cold.bytes() * 100 < before.bytes() * 40, "gzip sends less than 40% of the bytes");
        assertTrue(revalidated.bytes() * 100 < before.bytes() * 2, "a revalidated load sends less than 2% of the bytes");
    }
}
