package org.pactgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The real splits share no text, and the test split shares no publisher with the texts rules are
 * tuned on (development) or the table is fitted on (calibration): its score is the one on
 * publishers nothing was made for. Development and calibration may share publishers (said in
 * their READMEs).
 */
class RealSplitsAreDisjointTest {
    private static final Path REAL = Path.of("src/test/resources/extract/real");

    private static List<List<String>> rows(String split) throws IOException {
        return Files.readAllLines(REAL.resolve(split).resolve("sources.tsv"), StandardCharsets.UTF_8).stream().skip(1)
                .map(l -> List.of(l.split("\t", -1))).toList();
    }

    private static Set<String> column(String split, java.util.function.Function<List<String>, String> f) throws IOException {
        return rows(split).stream().map(f).collect(Collectors.toSet());
    }

    @Test
    void noTextIsInTwoSplitsByNameOrBySource() throws IOException {
        for (java.util.function.Function<List<String>, String> key : List.<java.util.function.Function<List<String>, String>>of(
                r -> r.get(0), r -> r.get(1))) {
            Set<String> seen = new HashSet<>();
            for (String split : List.of("dev", "calibration", "test")) {
                Set<String> these = column(split, key);
                Set<String> shared = new HashSet<>(these);
                shared.retainAll(seen);
                assertTrue(shared.isEmpty(), split + " shares texts with an earlier split: " + shared);
                seen.addAll(these);
            }
        }
    }

    @Test
    void theTestSplitSharesNoPublisherWithTheTextsRulesOrTheTableAreMadeOn() throws IOException {
        Set<String> test = column("test", RealSplitShape::publisher);
        for (String split : List.of("dev", "calibration")) {
            Set<String> shared = new HashSet<>(column(split, RealSplitShape::publisher));
            shared.retainAll(test);
            assertTrue(shared.isEmpty(), "publishers of both the test split and " + split + ": " + shared);
        }
    }
}
