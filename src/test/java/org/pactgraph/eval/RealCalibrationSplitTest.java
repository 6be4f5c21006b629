package org.pactgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The calibration split (real/calibration and gold-calibration): real texts on which no rule is
 * written, only each rule's reliability fitted. That it shares no text with the other splits and
 * no publisher with the test split, {@link RealSplitsAreDisjointTest} checks.
 */
class RealCalibrationSplitTest extends RealSplitShape {
    RealCalibrationSplitTest() {
        super("calibration", "gold-calibration");
    }

    @Test
    void coversAtLeastTwelveTextsByFourPublishers() throws IOException {
        Map<String, List<String>> rows = sourceRows();
        Set<String> publishers = rows.values().stream().map(RealSplitShape::publisher).collect(Collectors.toSet());
        assertTrue(rows.size() >= 12, rows.size() + " texts");
        assertTrue(publishers.size() >= 4, "publishers " + publishers);
    }

    @Test
    void everyTextBelongsToOneOfItsBatchesSoThatATableCanBeFittedOnOneAndScoredOnTheOther() throws IOException {
        List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("src/test/resources/extract/real/calibration/batches.tsv"));
        assertEquals("file\tbatch", lines.get(0));
        Map<String, String> batchOf = lines.stream().skip(1).map(l -> l.split("\t"))
                .collect(Collectors.toMap(c -> c[0], c -> c[1]));
        assertEquals(lines.size() - 1, batchOf.size(), "each text once");
        assertEquals(texts().map(p -> p.getFileName().toString()).collect(Collectors.toSet()), batchOf.keySet());
        assertEquals(Set.of("2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"), Set.copyOf(batchOf.values()));
    }
}
