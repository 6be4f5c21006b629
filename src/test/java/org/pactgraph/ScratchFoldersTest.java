package org.pactgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The folders tests make with {@link TestData#scratchFolder} are gone when their JVM ends. */
class ScratchFoldersTest {
    /** Run in a JVM of its own: makes a scratch folder with a file in it, prints its path and ends. */
    public static void main(String[] args) throws Exception {
        Path dir = TestData.scratchFolder("pactgraph-scratch-check-");
        Files.createDirectories(dir.resolve("gen-0001"));
        Files.writeString(dir.resolve("gen-0001/data.bin"), "x");
        System.out.println(dir);
    }

    @Test
    void aScratchFolderAndWhatItHoldsAreDeletedWhenTheJvmEnds() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ScratchFoldersTest.class.getName())
                .redirectErrorStream(true).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM ended");
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, child.exitValue(), out);
        Path dir = Path.of(out.lines().reduce((a, b) -> b).orElseThrow());
        assertTrue(dir.getFileName().toString().startsWith("pactgraph-scratch-check-"), out);
        assertFalse(Files.exists(dir), dir + " is still there");
    }
}
