package org.pactgraph.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.pactgraph.PactGraphException;

/**
 * Writes a synthetic corpus: {@code data/announcements/*.md}, {@code data/reference/*.ttl} and
 * {@code gold/*.ttl}. Each document has its own random stream derived from the seed and its
 * number, so the output is byte-identical for a seed whatever the order of writing, and documents
 * are written one at a time in parallel (memory holds a few documents, not the corpus).
 */
public final class CorpusGenerator {
    /** How many documents, from which seed, into which folder. */
    public record Settings(int documents, long seed, Path out) {
        public Settings {
            if (documents < 1) throw new GeneratorException("--docs must be at least 1, not " + documents, "give --docs N with N >= 1");
        }
    }

    /** What was written and how long it took. */
    public record Result(int documents, long bytes, long millis) {}

    public Result generate(Settings s) {
        long start = System.nanoTime();
        Path announcements = s.out().resolve("data/announcements");
        Path reference = s.out().resolve("data/reference");
        Path gold = s.out().resolve("gold");
        try {
            if (Files.isDirectory(announcements) && Files.list(announcements).findAny().isPresent()) {
                throw new GeneratorException(announcements + " already holds documents",
                        "give an empty or new --out folder, so that corpora of different seeds never mix");
            }
            Files.createDirectories(announcements);
            Files.createDirectories(reference);
            Files.createDirectories(gold);
            SyntheticWorld world = new SyntheticWorld(s.seed());
            try (Writer w = Files.newBufferedWriter(reference.resolve("places.ttl"), StandardCharsets.UTF_8)) {
                world.writePlaces(w);
            }
            try (Writer w = Files.newBufferedWriter(reference.resolve("organizations.ttl"), StandardCharsets.UTF_8)) {
                world.writeOrganizations(w);
            }
            try (Writer w = Files.newBufferedWriter(reference.resolve("themes.ttl"), StandardCharsets.UTF_8)) {
                world.writeThemes(w);
            }
            AnnouncementComposer composer = new AnnouncementComposer(world);
            long bytes = IntStream.range(0, s.documents()).parallel().mapToLong(i -> {
                AnnouncementComposer.Composed c = composer.compose(i, new SplittableRandom(mix(s.seed(), i)));
                byte[] text = c.text().getBytes(StandardCharsets.UTF_8);
                write(announcements.resolve(c.slug() + ".md"), text);
                write(gold.resolve(c.slug() + ".ttl"), c.gold().getBytes(StandardCharsets.UTF_8));
                return text.length;
            }).sum();
            return new Result(s.documents(), bytes, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | UncheckedIOException e) {
            throw new GeneratorException("Cannot write the corpus into " + s.out() + ": " + e.getMessage(),
                    "check that the folder is writable and the disk has room");
        }
    }

    /** A document's own seed: the corpus seed and the document number mixed (SplitMix64's finaliser). */
    static long mix(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus could not be generated. */
    public static final class GeneratorException extends PactGraphException {
        GeneratorException(String message, String hint) {
            super(message, hint);
        }
    }
}
