package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactgraph.load.DocumentReader;

/**
 * Each text under {@code extract/header/} beside its {@code .expected} title and date: front
 * matter, bylines, date lines, datelines and a text whose only dates are in its prose.
 */
class DocumentHeaderTest {
    private static final Path CASES = Path.of("src/test/resources/extract/header");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(f -> !f.toString().endsWith(".expected")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheTitleAndThePublicationDateFromTheTopOfTheText(Path file) throws IOException {
        String name = file.getFileName().toString();
        Path expected = CASES.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected");
        DocumentHeader header = DocumentHeader.read(Files.readString(file, StandardCharsets.UTF_8));
        String found = "title: " + header.title().orElse("none") + "\ndate: " + header.published().map(LocalDate::toString).orElse("none") + "\n";
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), found);
    }

    @Test
    void frontMatterIsNotReadAsSentences() throws IOException {
        String raw = Files.readString(CASES.resolve("front-matter.md"));
        List<Sentence> sentences = new SentenceSplitter().split(new TextNormalizer().normalize(raw));
        assertFalse(sentences.stream().anyMatch(s -> s.text().contains("date:") || s.text().contains("tags:")), sentences.toString());
        assertEquals("Harbour Institute and Lindqvist University open a tidal energy lab", sentences.get(0).text());
        assertEquals(raw.indexOf("# Harbour") + "# ".length(), sentences.get(0).rawBegin());
    }

    @Test
    void aFileNamedWithoutADateTakesTheDateOfItsByline(@TempDir Path dir) throws IOException {
        Path file = Files.copy(CASES.resolve("byline.md"), dir.resolve("orchard-robotics-farm-centre.md"));
        assertEquals(Optional.of(LocalDate.parse("2032-06-03")), DocumentReader.read(file).published());
    }

    @Test
    void theDateInTheFileNameComesBeforeTheText(@TempDir Path dir) throws IOException {
        Path file = Files.copy(CASES.resolve("byline.md"), dir.resolve("2032-06-04-orchard-robotics-farm-centre.md"));
        assertEquals(Optional.of(LocalDate.parse("2032-06-04")), DocumentReader.read(file).published());
    }

    @Test
    void aReleaseLineInCapitalsGivesTheDate() {
        assertEquals(Optional.of(LocalDate.parse("2031-11-14")),
                DocumentHeader.read("Release Information\n\nFOR IMMEDIATE RELEASE:  MONDAY, NOV. 14, 2031\n\nAn agency opens a laboratory\n").published());
    }

    @Test
    void aDateNotInTheCalendarNearTheTopIsNoDate() {
        assertEquals(Optional.empty(), DocumentHeader.read("# A title\n\nBy Ann Lee, February 30, 2031\n").published());
    }
}
