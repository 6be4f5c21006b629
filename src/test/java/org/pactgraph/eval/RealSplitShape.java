package org.pactgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A split of real announcements holds together as data: every text has its gold standard and its
 * row in sources.tsv, every gold standard parses, and the texts are the openings the search tool
 * stored, never longer. Nothing here extracts: the splits' scores belong to `pactgraph eval`.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RealSplitShape {
    /** The pages corpus stores the opening of a page: at most this many bytes of UTF-8. */
    private static final int STORED_OPENING_BYTES = 2000;

    private final Path textsFolder;
    private final Path goldFolder;

    RealSplitShape(String texts, String gold) {
        this.textsFolder = Path.of("src/test/resources/extract/real", texts);
        this.goldFolder = Path.of("src/test/resources/extract/real", gold);
    }

    Stream<Path> texts() throws IOException {
        try (Stream<Path> files = Files.list(textsFolder)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
                    .sorted().toList().stream();
        }
    }

    private static String slug(Path file) {
        return file.getFileName().toString().replaceFirst("\\.(md|ttl)$", "");
    }

    Map<String, List<String>> sourceRows() throws IOException {
        List<String> lines = Files.readAllLines(textsFolder.resolve("sources.tsv"), StandardCharsets.UTF_8);
        assertEquals(List.of("file", "source_url", "publisher", "form", "publication_date", "retrieved", "scored_part"),
                List.of(lines.get(0).split("\t")), "the header of sources.tsv");
        return lines.stream().skip(1).map(l -> List.of(l.split("\t", -1)))
                .collect(Collectors.toMap(r -> r.get(0), Function.identity()));
    }

    @Test
    void pairsEveryTextWithAGoldStandardAndEveryGoldStandardWithAText() throws IOException {
        Set<String> texts = texts().map(RealSplitShape::slug).collect(Collectors.toCollection(TreeSet::new));
        Set<String> golds;
        try (Stream<Path> files = Files.list(goldFolder)) {
            golds = files.filter(p -> p.toString().endsWith(".ttl")).map(RealSplitShape::slug)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(texts, golds);
        assertEquals(texts.size(), Evaluator.cases(goldFolder, List.of(textsFolder)).size());
        assertEquals(texts, new TreeSet<>(sourceRows().keySet().stream().map(f -> f.replaceFirst("\\.md$", "")).toList()),
                "the files sources.tsv lists");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void givesEveryTextASourceRowAndAGoldStandardThatParses(Path text) throws IOException {
        List<String> row = sourceRows().get(text.getFileName().toString());
        assertTrue(row != null && row.size() == 7, "a row of seven columns in sources.tsv for " + text);
        assertTrue(row.get(1).startsWith("http"), "a source URL for " + text);
        assertTrue(row.get(6).startsWith("the opening "), "the scored part of " + text);
        assertFalse(GoldStandard.read(goldFolder.resolve(slug(text) + ".ttl")).isEmpty(), "statements in the gold standard of " + text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void keepsEachTextAsTheOpeningTheSearchToolStored(Path text) throws IOException {
        byte[] bytes = Files.readAllBytes(text);
        assertTrue(bytes.length <= STORED_OPENING_BYTES, text + " has " + bytes.length + " bytes");
        String declared = sourceRows().get(text.getFileName().toString()).get(6);
        int characters = new String(bytes, StandardCharsets.UTF_8).length();
        assertTrue(declared.startsWith("the opening " + characters + " characters"), text + ": " + declared);
    }

    /** The publisher of a row, without what its parentheses add. */
    static String publisher(List<String> row) {
        return row.get(2).replaceFirst(" \\(.*", "");
    }

    /** The form of a row, without what its parentheses add. */
    static String form(List<String> row) {
        return row.get(3).replaceFirst(" \\(.*", "");
    }
}
