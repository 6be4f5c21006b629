package org.pactgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The calibration split (real/calibration and gold-calibration): real texts on which no rule is
 * written, only each rule's reliability fitted. Its publishers are not the test split's, so that
 * the test split stays the one score on publishers nothing was fitted on.
 */
class RealCalibrationSplitTest extends RealSplitShape {
    RealCalibrationSplitTest() {
        super("calibration", "gold-calibration");
    }

    @Test
    void coversAtLeastTwelveTextsByFourPublishersNoneOfTheTestSplit() throws IOException {
        Map<String, List<String>> rows = sourceRows();
        Set<String> publishers = rows.values().stream().map(RealSplitShape::publisher).collect(Collectors.toSet());
        assertTrue(rows.size() >= 12, rows.size() + " texts");
        assertTrue(publishers.size() >= 4, "publishers " + publishers);
        Set<String> elsewhere = new HashSet<>();
        for (String split : List.of("test")) {
            Files.readAllLines(Path.of("src/test/resources/extract/real", split, "sources.tsv"), StandardCharsets.UTF_8).stream()
                    .skip(1).map(l -> List.of(l.split("\t", -1))).map(RealSplitShape::publisher).forEach(elsewhere::add);
        }
        Set<String> shared = new HashSet<>(publishers);
        shared.retainAll(elsewhere);
        assertTrue(shared.isEmpty(), "publishers also in the test split: " + shared);
    }
}
