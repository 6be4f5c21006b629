package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorCodeTest {
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void theDigestIsReadFromTheExtractorsCompiledClasses() {
        String digest = ExtractorCode.digest();
        assertTrue(digest.matches("[0-9a-f]{16}"), "expected a digest of the classes, got " + digest);
    }

    /** A store loaded by the jar (./pactgraph) is up to date for the tests, which run from the folder of classes. */
    @Test
    void aJarOfTheSameClassesInAnyOrderGivesTheSameDigestAsTheirFolder(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("build.jar");
        List<Path> classes;
        try (Stream<Path> all = Files.walk(CLASSES.resolve("org/pactgraph"))) {
            classes = all.filter(p -> p.toString().endsWith(".class") || p.toString().endsWith(".tsv")).sorted(Comparator.reverseOrder()).toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (Path c : classes) {
                j.putNextEntry(new JarEntry(CLASSES.relativize(c).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(c));
                j.closeEntry();
            }
        }
        assertEquals(ExtractorCode.of(CLASSES), ExtractorCode.of(jar));
        assertEquals(ExtractorCode.digest(), ExtractorCode.of(CLASSES));
    }

    /** A refitted table of rule reliability changes what is asserted, so it makes a store out of date as a changed rule does. */
    @Test
    void aChangedTableOfRuleReliabilityChangesTheDigest(@TempDir Path dir) throws IOException {
        Path rule = dir.resolve("org/pactgraph/extract/Extractor.class");
        Files.createDirectories(rule.getParent());
        Files.copy(CLASSES.resolve("org/pactgraph/extract/Extractor.class"), rule);
        Path table = dir.resolve(RuleReliability.RESOURCE);
        Files.writeString(table, RuleReliability.HEADER + "\n");
        String empty = ExtractorCode.of(dir);
        Files.writeString(table, RuleReliability.HEADER + "\npartnership-between\tpartnership\t10\t1\n");
        String fitted = ExtractorCode.of(dir);
        assertTrue(empty.matches("[0-9a-f]{16}") && fitted.matches("[0-9a-f]{16}"), empty + " " + fitted);
        assertNotEquals(empty, fitted);
    }

    @Test
    void theSettingsNameThePromotionOnlyWhereALinguisticLayerCanFeedIt() {
        org.pactgraph.annotate.Annotator layer = new org.pactgraph.annotate.Annotator() {
            @Override
            public org.pactgraph.annotate.Annotation annotate(String text, org.pactgraph.annotate.RawOffsets raw) {
                return org.pactgraph.annotate.Annotation.empty(text);
            }

            @Override
            public String version() {
                return "a layer 1";
            }
        };
        String promotion = System.getProperty("pactgraph.promotion");
        try {
            System.setProperty("pactgraph.promotion", "none");
            String none = ExtractorCode.settings(org.pactgraph.annotate.Annotator.NONE);
            String layered = ExtractorCode.settings(layer);
            assertTrue(layered.startsWith("a layer 1 " + ExtractorCode.digest() + " reliability "), layered);
            System.setProperty("pactgraph.promotion", "model");
            assertEquals(none, ExtractorCode.settings(org.pactgraph.annotate.Annotator.NONE), "without a layer nothing is promoted");
            assertNotEquals(layered, ExtractorCode.settings(layer));
            assertTrue(ExtractorCode.settings(layer).endsWith(" promotion model"));
        } finally {
            if (promotion == null) System.clearProperty("pactgraph.promotion");
            else System.setProperty("pactgraph.promotion", promotion);
        }
    }
}
