package org.pactgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pactgraph eval} over the splits of a small fixture of invented texts
 * ({@code src/test/resources/eval/splits/}, laid out as the real corpus is): one report in one
 * run, each split per relation and per document, then one line per split.
 */
class EvalSplitsTest {
    private static final Path FIXTURE = Path.of("src/test/resources/eval/splits");

    @Test
    void reportsEverySplitPerRelationAndPerDocumentInOneRun() throws IOException {
        CliTest.Run r = CliTest.run("eval", "--resources", FIXTURE.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(FIXTURE.resolve("expected-report.txt")), r.out());
    }

    @Test
    void scoresOnlyTheSplitAskedFor() {
        CliTest.Run r = CliTest.run("eval", "--resources", FIXTURE.toString(), "--split", "dev");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("== split dev: 2 documents"), r.out());
        assertFalse(r.out().contains("elm-fenwick") || r.out().contains("alder-birch"), r.out());
    }

    @Test
    void allLeavesOutASplitWithoutGoldAndASplitAskedForMustExist(@TempDir Path tmp) throws IOException {
        Path only = tmp.resolve("resources");
        Files.createDirectories(only.resolve("real/gold-dev"));
        Files.createDirectories(only.resolve("real/dev"));
        CliTest.Run all = CliTest.run("eval", "--resources", only.toString());
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().contains("== split dev: 0 documents") && !all.out().contains("split test"), all.out());
        CliTest.Run test = CliTest.run("eval", "--resources", only.toString(), "--split", "test");
        assertEquals(1, test.code());
        assertTrue(test.err().contains("gold-test"), test.err());
        CliTest.Run unknown = CliTest.run("eval", "--resources", only.toString(), "--split", "train");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("expected one of [invented, dev, calibration, test, all]"), unknown.err());
    }
}
