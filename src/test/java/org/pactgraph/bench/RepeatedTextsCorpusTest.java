package org.pactgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A corpus of repeated texts ('bench load --distinct-texts N') has as many documents as asked, each
 * its own file, but only N distinct texts, the first N of the seed's generated corpus, so a warm
 * annotation cache covers it after annotating N texts.
 */
class RepeatedTextsCorpusTest {
    @Test
    void aCorpusOfTenDocumentsFromFourTextsHasTenFilesAndFourDistinctTextsOfTheSeedsCorpus() throws IOException {
        try (BenchFiles files = new BenchFiles(Path.of("ontology"))) {
            Path repeated = files.corpus(10, 7, 4).resolve("announcements");
            Path original = files.corpus(4, 7).resolve("announcements");
            List<Path> docs = list(repeated);
            assertEquals(10, docs.size());
            Set<String> texts = new HashSet<>();
            for (Path d : docs) texts.add(Files.readString(d));
            Set<String> originals = new HashSet<>();
            for (Path d : list(original)) originals.add(Files.readString(d));
            assertEquals(originals, texts);
            assertEquals(4, texts.size());
            // The warm-up corpus of a smaller size is made of the same texts.
            Set<String> smaller = new HashSet<>();
            for (Path d : list(files.corpus(3, 7).resolve("announcements"))) smaller.add(Files.readString(d));
            assertEquals(3, smaller.size());
            assertEquals(true, originals.containsAll(smaller), "a smaller corpus of the seed is a subset of its texts");
        }
    }

    @Test
    void askingForMoreDistinctTextsThanDocumentsIsTheSeedsOwnCorpus() {
        try (BenchFiles files = new BenchFiles(Path.of("ontology"))) {
            assertEquals(files.corpus(5, 7), files.corpus(5, 7, 9));
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
