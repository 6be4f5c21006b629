package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactgraph.load.DocumentReader;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.pactgraph.model.Namespaces;

/**
 * Documents as users have them (fact sheets in sections, transcripts of remarks, texts dated
 * only near the top), each under {@code extract/documents/} beside its {@code .facts}: every
 * statement extracted, one per line as "subject predicate object [rule]" (with "candidate" and
 * the confidence for a candidate for review), sorted. When a case
 * differs, the statements found are written to {@code target/documents/{case}.facts}.
 */
class DocumentShapesTest {
    private static final Path CASES = Path.of("src/test/resources/extract/documents");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(f -> !f.toString().endsWith(".facts")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsExactlyTheGoldenFacts(Path file) throws IOException {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        Extraction extraction = new Extractor(KnownData.gazetteer()).extract(DocumentReader.read(file));
        String found = facts(extraction);
        Path golden = CASES.resolve(stem + ".facts");
        String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
        if (!expected.equals(found)) {
            Files.createDirectories(Path.of("target/documents"));
            Files.writeString(Path.of("target/documents", stem + ".facts"), found, StandardCharsets.UTF_8);
        }
        assertEquals(expected, found);
    }

    /** The distinct statements with the rule that drew each, with prefixed names, sorted. */
    static String facts(Extraction extraction) {
        PrefixMapping prefixes = Namespaces.standard();
        return extraction.facts().stream()
                .map(f -> FmtUtils.stringForNode(f.subject(), prefixes) + " " + FmtUtils.stringForNode(f.predicate(), prefixes) + " "
                        + FmtUtils.stringForNode(f.object(), prefixes) + "   [" + f.rule() + (f.isCandidate() ? ", candidate " + f.confidence() : "") + "]")
                .sorted().distinct().collect(Collectors.joining("\n", "", "\n"));
    }
}
