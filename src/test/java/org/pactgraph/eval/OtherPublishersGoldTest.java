package org.pactgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactgraph.model.Pact;

/**
 * The gold standards of real texts by other publishers (src/test/resources/extract/real/gold-other)
 * keep only their curator's own facts: no text of a publisher is stored beside them and no gold
 * file holds a quotation, every gold file parses and has its row in sources.tsv with the source
 * URL and the SHA-256 of the text it was scored on. The texts themselves are not here, so nothing
 * is extracted.
 */
class OtherPublishersGoldTest {
    private static final Path FOLDER = Path.of("src/test/resources/extract/real/gold-other");
    private static final List<String> HEADER = List.of(
            "file", "source_url", "publisher", "form", "publication_date", "retrieved", "scored_part", "sha256_of_scored_text");

    static Stream<Path> goldFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList().stream();
        }
    }

    /** The rows of sources.tsv, each split into its columns, after checking the header. */
    private static List<List<String>> rows() throws IOException {
        List<String> lines = Files.readAllLines(FOLDER.resolve("sources.tsv"), StandardCharsets.UTF_8);
        assertEquals(HEADER, List.of(lines.get(0).split("\t")), "the header of sources.tsv");
        return lines.stream().skip(1).map(line -> List.of(line.split("\t", -1))).toList();
    }

    @Test
    void storesNoTextOfAPublisherBesideTheGold() throws IOException {
        Set<String> others;
        try (Stream<Path> files = Files.list(FOLDER)) {
            others = files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.endsWith(".ttl"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(Set.of("README.md", "sources.tsv", "first-score.txt"), others);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    void keepsNoQuotationAndParses(Path gold) {
        Set<Triple> statements = GoldStandard.read(gold);
        assertFalse(statements.isEmpty(), "statements in " + gold);
        assertTrue(statements.stream().noneMatch(t -> t.getPredicate().equals(Pact.quote.asNode())),
                gold + " quotes its publisher; record the speaker and topic in a comment instead");
    }

    @Test
    void givesEveryGoldFileOneSourceRowWithItsUrlAndTheHashOfItsText() throws IOException {
        List<List<String>> rows = rows();
        Set<String> listed = rows.stream().map(r -> r.get(0)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> golds = goldFiles().map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(golds, listed);
        assertEquals(rows.size(), listed.size(), "one row per gold file");
        for (List<String> row : rows) {
            assertEquals(HEADER.size(), row.size(), "columns of the row of " + row.get(0));
            assertTrue(row.get(1).startsWith("http"), "a source URL for " + row.get(0));
            assertTrue(row.get(6).startsWith("the opening "), "the scored part of " + row.get(0));
            assertTrue(row.get(7).matches("[0-9a-f]{64}"), "a SHA-256 for " + row.get(0));
        }
    }

    @Test
    void coversUniversityAndCompanyNewsByAtLeastFivePublishers() throws IOException {
        List<List<String>> rows = rows();
        Set<String> publishers = rows.stream().map(r -> r.get(2).replaceFirst(" \\(.*", "")).collect(Collectors.toSet());
        long university = rows.stream().filter(r -> r.get(3).startsWith("university ")).count();
        long company = rows.stream().filter(r -> r.get(3).startsWith("company ")).count();
        assertTrue(rows.size() >= 10, rows.size() + " texts");
        assertTrue(publishers.size() >= 5, "publishers " + publishers);
        assertTrue(university >= 4, university + " university texts");
        assertTrue(company >= 3, company + " company texts");
    }
}
