package org.pactgraph.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The second gold standards (real/gold-calibration-second): texts of the development and
 * calibration splits written again by another engineer who never saw the first gold, so that
 * the two can be scored against each other. Each must parse, name its text's source and have a
 * first gold standard to be compared with.
 */
class SecondGoldStandardsTest {
    static final Path REAL = Path.of("src/test/resources/extract/real");
    static final Path SECOND = REAL.resolve("gold-calibration-second");

    static Stream<Path> secondGold() throws IOException {
        try (Stream<Path> files = Files.list(SECOND)) {
            return files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secondGold")
    void parsesNamesItsSourceAndHasAFirstGoldStandardAndAText(Path second) throws IOException {
        String slug = second.getFileName().toString().replaceFirst("\\.ttl$", "");
        assertFalse(GoldStandard.read(second).isEmpty(), "statements in " + second);
        List<String> splits = List.of("dev", "calibration").stream()
                .filter(s -> Files.exists(REAL.resolve(s).resolve(slug + ".md"))).toList();
        assertTrue(splits.size() == 1, slug + ": its text in exactly one of real/dev and real/calibration, found in " + splits);
        String split = splits.get(0);
        assertTrue(Files.exists(REAL.resolve("gold-" + split).resolve(slug + ".ttl")), "a first gold standard for " + slug);
        String url = Files.readAllLines(REAL.resolve(split).resolve("sources.tsv"), StandardCharsets.UTF_8).stream()
                .map(l -> l.split("\t", -1)).filter(r -> r[0].equals(slug + ".md")).map(r -> r[1]).findFirst().orElseThrow();
        assertTrue(Files.readString(second, StandardCharsets.UTF_8).contains(url), second + " names its source " + url);
    }
}
