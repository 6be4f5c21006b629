package org.pactgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.generate.CorpusGenerator;
import org.pactgraph.store.TdbStore;
import org.pactgraph.validate.ValidationException;

/** The streaming bulk load of the local store against the in-memory build of the same inputs. */
class BulkLoaderTest {
    @TempDir Path tmp;

    @Test
    void aGeneratedCorpusLoadedInBulkOnThreeThreadsHoldsExactlyWhatTheInMemoryBuildHolds() {
        new CorpusGenerator().generate(new CorpusGenerator.Settings(40, 7, tmp.resolve("corpus")));
        LoadSettings settings = new LoadSettings(tmp.resolve("corpus/data"), Path.of("ontology"), tmp.resolve("store"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LoadProgress progress = LoadProgress.to(new PrintStream(err, true, StandardCharsets.UTF_8), false);
        LoadReport report = new Loader(new BulkLoader.Options(3, 5, progress)).load(settings);

        // The in-memory build written in one transaction, as a load into a remote store builds it.
        Path reference = tmp.resolve("reference-store");
        TdbStore.at(reference).replace(new GraphBuilder().build(InputFiles.find(settings)).dataset(), Map.of());
        DatasetGraph expected = LoaderTest.content(reference);
        DatasetGraph stored = LoaderTest.content(settings.storeDir());
        assertEquals(expected.stream().count(), stored.stream().count());
        assertTrue(IsoMatcher.isomorphic(expected, stored), "the bulk load holds other quads than the in-memory build");
        assertEquals(40, report.documents());
        assertEquals(expected.stream().count(), report.totalTriples());

        String lines = err.toString(StandardCharsets.UTF_8);
        assertTrue(lines.contains("load: 40/40 documents") && lines.contains("triples/s") && lines.contains("left"), lines);
        assertTrue(lines.contains("load: reasoning over") && lines.contains("load: building TDB2 indexes"), lines);
    }

    @Test
    void aViolationThatOnlyTwoDocumentsTogetherMakeIsFoundAsTheInMemoryLoadFindsIt() throws IOException {
        new CorpusGenerator().generate(new CorpusGenerator.Settings(30, 1, tmp.resolve("corpus")));
        Path announcements = tmp.resolve("corpus/data/announcements");
        Pattern signedIn = Pattern.compile("signed in ([A-Z][a-z]+) on");
        List<Path> files;
        try (var list = Files.list(announcements)) {
            files = list.sorted().toList();
        }
        List<Path> signed = files.stream().filter(f -> signedIn.matcher(read(f)).find()).toList();
        String text = read(signed.get(0));
        Matcher m = signedIn.matcher(text);
        assertTrue(m.find());
        String otherCity = signed.stream().map(f -> signedIn.matcher(read(f))).filter(Matcher::find)
                .map(x -> x.group(1)).filter(c -> !c.equals(m.group(1))).findFirst().orElseThrow();
        // The same text signed elsewhere the same day: each document is valid, the two together give the day's signing two places.
        String name = signed.get(0).getFileName().toString();
        Files.writeString(announcements.resolve(name.replace(".md", "-elsewhere.md")), text.replace("signed in " + m.group(1), "signed in " + otherCity));
        LoadSettings settings = new LoadSettings(tmp.resolve("corpus/data"), Path.of("ontology"), tmp.resolve("store"));

        ValidationException inMemory = assertThrows(ValidationException.class, () -> new GraphBuilder().build(InputFiles.find(settings)));
        ValidationException bulk = assertThrows(ValidationException.class, () -> new Loader().load(settings));
        assertEquals(inMemory.violations(), bulk.violations());
        assertTrue(bulk.report().contains("An event takes place in at most one place."), bulk.report());
        assertFalse(TdbStore.at(settings.storeDir()).exists());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void onATerminalTheProgressIsOneBarRedrawnInPlace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LoadProgress progress = LoadProgress.to(new PrintStream(err, true, StandardCharsets.UTF_8), true);
        progress.start(4);
        progress.documents(4, 1200);
        String bar = err.toString(StandardCharsets.UTF_8);
        assertTrue(bar.startsWith("\r[########################] 4/4 documents  1,200 triples"), bar);
        assertTrue(bar.endsWith(System.lineSeparator()), bar);
    }
}
