package org.pactgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pactgraph extract}, {@code eval} and {@code bench} as a user runs them, bad input included. */
class ExtractCommandTest {
    private static final String ANNOUNCEMENT = "data/announcements/2024-04-09-us-japan-ai-partnerships.md";
    @TempDir Path tmp;

    @Test
    void printsEachStatementUnderItsEvidenceSentence() {
        CliTest.Run r = CliTest.run("extract", ANNOUNCEMENT);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(ANNOUNCEMENT + ": "), r.out());
        int sentence = r.out().indexOf("\"The partnerships were announced at a signing ceremony");
        int fact = r.out().indexOf("partnership:uw-tsukuba-ai-2024 pact:signedAt event:signing-ceremony-2024-04-09   [signing-ceremony]");
        assertTrue(sentence > 0 && fact > sentence, r.out());
        assertTrue(r.out().contains("New resources to review (pact:needsReview true): "), r.out());
    }

    @Test
    void printsTheDocumentGraphAsTurtleWithEvidence() {
        CliTest.Run r = CliTest.run("extract", "--format", "ttl", ANNOUNCEMENT);
        assertEquals(0, r.code(), r.err());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(g);
        assertTrue(g.size() > 500, "triples: " + g.size());
        assertTrue(r.out().contains("prov:wasDerivedFrom") && r.out().contains("#char="), r.out().substring(0, 500));
    }

    @Test
    void anUnknownFormatIsBadUsage() {
        CliTest.Run r = CliTest.run("extract", "--format", "xml", ANNOUNCEMENT);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown --format 'xml'"), r.err());
    }

    @Test
    void anEmptyFileGivesACleanEmptyResult() throws IOException {
        Path file = Files.writeString(tmp.resolve("2031-03-07-empty.md"), "");
        CliTest.Run r = CliTest.run("extract", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(": 0 statements from 0 of 0 sentences"), r.out());
    }

    @Test
    void htmlWithoutTextGivesACleanEmptyResult() throws IOException {
        Path file = Files.writeString(tmp.resolve("2031-03-07-blank.html"),
                "<html><head><title></title><style>p { color: red }</style><script>var x = \"$5 million\";</script></head><body><div></div></body></html>");
        CliTest.Run r = CliTest.run("extract", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(": 0 statements"), r.out());
    }

    @Test
    void aBinaryFileIsRefusedWithOneLine() throws IOException {
        Path file = Files.write(tmp.resolve("2031-03-07-image.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        CliTest.Run r = CliTest.run("extract", file.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("NUL byte") && r.err().contains("2031-03-07-image.md"), r.err());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsLineAndByte() throws IOException {
        Path file = Files.write(tmp.resolve("2031-03-07-latin1.md"), "Caf\u00e9 partnership".getBytes(StandardCharsets.ISO_8859_1));
        CliTest.Run r = CliTest.run("extract", file.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("2031-03-07-latin1.md:1: invalid UTF-8 at byte 3"), r.err());
    }

    @Test
    void aTenMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = tmp.resolve("2031-03-07-huge.md");
        Files.write(file, "The partnership grows. ".repeat(10 * 1024 * 1024 / 23 + 1).getBytes(StandardCharsets.UTF_8));
        CliTest.Run r = CliTest.run("extract", file.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("larger than the 5242880-byte limit"), r.err());
    }

    @Test
    void aMissingFileSaysSo() {
        CliTest.Run r = CliTest.run("extract", tmp.resolve("nothing.md").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nothing.md") && r.err().contains("cannot be read"), r.err());
        assertFalse(r.err().contains("at org."), r.err());
    }

    @Test
    void evalPrintsPrecisionRecallAndF1PerRelationTypeAndDocument() {
        CliTest.Run r = CliTest.run("eval");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2024-04-09-us-japan-ai-partnerships\n  relation      expected    found  correct precision  recall    F1"), r.out());
        assertTrue(r.out().matches("(?s).*\\nall \\d+ documents\\n.*"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("2024-04-09-us-japan-ai-partnerships ") && l.endsWith("1.000")), r.out());
    }

    @Test
    void evalWithoutGoldStandardsSaysWhere() {
        CliTest.Run r = CliTest.run("eval", "--gold", tmp.resolve("none").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("gold standard folder") && r.err().contains("--gold"), r.err());
    }

    @Test
    void benchExtractionReportsRatesAndTheShareOfALoad() {
        CliTest.Run r = CliTest.run("bench", "extraction", "--seconds", "0.2", "--documents", "3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("documents/s") && r.out().contains("MB/s") && r.out().contains("times the baseline's time")
                && r.out().contains("full load, larger load (3 documents): extraction"), r.out());
    }
}
