package org.pactgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("corenlp")
class CoreNlpAnnotatorTest {
    static final String TEXT = "RIKEN and the National Institute of Standards and Technology will partner on quantum sensing.\n\n"
            + "\"This is a big step for both of us,\" Tanaka said.";

    @Test
    void findsOrganisationsSubjectsAndQuotations() {
        Annotation a = CoreNlpAnnotator.shared().annotate(TEXT, RawOffsets.IDENTITY);
        assertEquals(2, a.sentences().size(), a.sentences().toString());
        assertTrue(a.entities().stream().anyMatch(e -> e.type().equals("ORGANIZATION") && e.text().contains("National Institute of Standards")),
                a.entities().toString());
        assertTrue(a.entities().stream().anyMatch(e -> e.type().equals("PERSON") && e.text().equals("Tanaka")), a.entities().toString());
        Annotation.Token partner = a.tokens().stream().filter(t -> t.word().equals("partner")).findFirst().orElseThrow();
        assertTrue(a.dependentsOf(partner.index()).stream().anyMatch(d -> d.relation().equals("nsubj")
                && a.tokens().get(d.dependent()).word().equals("RIKEN")), a.dependentsOf(partner.index()).toString());
        assertEquals(1, a.quotations().size());
        assertTrue(TEXT.substring(a.quotations().get(0).begin(), a.quotations().get(0).end()).startsWith("\"This is"));
    }

    @Test
    void aSecondProcessReadsTheCacheWithoutTheModel(@TempDir Path folder) throws Exception {
        Annotation first = new CachedAnnotator(CoreNlpAnnotator.shared(), folder).annotate(TEXT, RawOffsets.IDENTITY);
        Annotator refusing = new Annotator() {
            @Override
            public Annotation annotate(String text, RawOffsets raw) {
                throw new AssertionError("annotated again");
            }

            @Override
            public String version() {
                return CoreNlpAnnotator.shared().version();
            }
        };
        CachedAnnotator warm = new CachedAnnotator(refusing, folder);
        assertEquals(first, warm.annotate(TEXT, RawOffsets.IDENTITY));
        assertEquals(1, warm.hits());
        assertThrows(AssertionError.class, () -> warm.annotate(TEXT + " More.", RawOffsets.IDENTITY));
        try (var files = Files.list(folder)) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".tmp")));
        }
    }
}
