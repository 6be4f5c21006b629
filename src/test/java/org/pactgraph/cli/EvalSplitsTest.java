package org.pactgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.extract.RuleReliability;

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

    @Test
    void byRuleListsASplitsAssertedStatementsPerRuleAndRelationAfterItsTables() throws IOException {
        CliTest.Run r = CliTest.run("eval", "--resources", FIXTURE.toString(), "--split", "invented", "--nlp", "none", "--by-rule");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(FIXTURE.resolve("expected-by-rule-report.txt")), r.out());
    }

    @Test
    void fittingWritesTheSplitsTableWithItsProvenanceAndItReadsBack(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("fitted/rule-reliability.tsv");
        CliTest.Run r = CliTest.run("eval", "--resources", FIXTURE.toString(), "--split", "dev", "--nlp", "none",
                "--fit-reliability", file.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(file);
        RuleReliability table = RuleReliability.parse(file.toString(), text);
        // The table holds what the report's table per rule printed, reading by reading.
        Map<RuleReliability.Reading, RuleReliability.Counts> printed = new TreeMap<>();
        r.out().lines().map(String::strip).map(l -> l.split(" +"))
                .filter(c -> c.length == 7 && c[2].matches("known|new"))
                .forEach(c -> printed.put(new RuleReliability.Reading(c[0], c[1], c[2]),
                        new RuleReliability.Counts(Integer.parseInt(c[3]), Integer.parseInt(c[4]))));
        assertFalse(printed.isEmpty(), r.out());
        assertEquals(printed, table.counts());
        assertTrue(r.out().contains("wrote " + printed.size() + " readings (rule, relation, names) fitted on 2 documents of the dev split"), r.out());

        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String gold : List.of("ambiguous-partnership.ttl", "cedar-dunmore.ttl")) {
            sha.update(gold.getBytes(StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(FIXTURE.resolve("real/gold-dev").resolve(gold)));
        }
        List<String> comments = text.lines().filter(l -> l.startsWith("# ")).toList();
        assertTrue(comments.contains("# command: pactgraph eval --resources " + FIXTURE + " --split dev --nlp none --fit-reliability " + file), text);
        assertTrue(comments.stream().anyMatch(l -> l.matches("# date: \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")), text);
        assertTrue(comments.contains("# split: dev, 2 documents, gold " + FIXTURE.resolve("real/gold-dev")), text);
        assertTrue(comments.contains("# gold SHA-256 (file names and bytes, by name): " + HexFormat.of().formatHex(sha.digest())), text);
    }

    @Test
    void fittingNeedsOneSplit(@TempDir Path tmp) {
        CliTest.Run r = CliTest.run("eval", "--resources", FIXTURE.toString(), "--nlp", "none", "--fit-reliability", tmp.resolve("t.tsv").toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("--fit-reliability fits on one split"), r.err());
        assertFalse(Files.exists(tmp.resolve("t.tsv")));
    }

    @Test
    void aGoldFolderCanBeFittedOnAndItsTableWritesItsFolderAsTheSplit(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("half.tsv");
        CliTest.Run r = CliTest.run("eval", "--gold", FIXTURE.resolve("real/gold-dev").toString(), "--corpus", FIXTURE.resolve("real/dev").toString(),
                "--nlp", "none", "--fit-reliability", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("fitted on 2 documents of the gold-dev split"), r.out());
        assertTrue(Files.readString(file).contains("# split: gold-dev, 2 documents, gold " + FIXTURE.resolve("real/gold-dev")), Files.readString(file));
    }

    @Test
    void aTableGivenByFileSendsItsUnreliableReadingsToReviewWhateverTheBuildsTableSays(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("themes-wrong.tsv");
        Files.writeString(file, "# invented: themes were wrong ten times out of ten\n" + RuleReliability.HEADER + "\n"
                + "partnership-themes\ttheme\tnew\t10\t0\npartnership-themes\tnew-entity\tnew\t10\t0\n");
        CliTest.Run raw = CliTest.run("eval", "--resources", FIXTURE.toString(), "--split", "invented", "--nlp", "none");
        CliTest.Run held = CliTest.run("eval", "--resources", FIXTURE.toString(), "--split", "invented", "--nlp", "none",
                "--reliability", file.toString());
        assertEquals(0, held.code(), held.err());
        assertTrue(raw.out().contains("invented           1       15       20       15     0.750   1.000 0.857          0"), raw.out());
        // The theme link and the theme it minted go to review, and what remains is what the gold holds.
        assertTrue(held.out().contains("invented           1       15       15       15     1.000   1.000 1.000          5"), held.out());
    }

    @Test
    void aTableFileThatIsMissingOrMalformedIsNamedWithItsLine(@TempDir Path tmp) throws IOException {
        CliTest.Run missing = CliTest.run("eval", "--resources", FIXTURE.toString(), "--split", "invented", "--nlp", "none",
                "--reliability", tmp.resolve("nowhere.tsv").toString());
        assertEquals(1, missing.code(), missing.out());
        assertTrue(missing.err().contains(tmp.resolve("nowhere.tsv") + " does not exist"), missing.err());
        Path bad = tmp.resolve("bad.tsv");
        Files.writeString(bad, RuleReliability.HEADER + "\npartnership-themes\ttheme\tnew\tten\t0\n");
        CliTest.Run malformed = CliTest.run("eval", "--resources", FIXTURE.toString(), "--split", "invented", "--nlp", "none",
                "--reliability", bad.toString());
        assertEquals(1, malformed.code(), malformed.out());
        assertTrue(malformed.err().contains(bad + ", line 2"), malformed.err());
    }
}
