package org.pactgraph.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.pactgraph.load.GraphBuilder;
import org.pactgraph.load.InputFiles;
import org.pactgraph.load.LoadSettings;

/** The project's reference data and ontology as a gazetteer, built once for the extraction tests. */
final class KnownData {
    private static Gazetteer gazetteer;

    private KnownData() {}

    static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            InputFiles files = InputFiles.find(new LoadSettings(Path.of("data"), Path.of("ontology"), Path.of("store")));
            gazetteer = Gazetteer.of(GraphBuilder.knownGraph(files));
        }
        return gazetteer;
    }

    /** A document of the given text, published on the given day. */
    static Document document(String text, String published) {
        return new Document("test-document", "test-document.md", text, Optional.of(LocalDate.parse(published)));
    }

    /** The facts extracted from a text published on the given day. */
    static Extraction extract(String text, String published) {
        return new Extractor(gazetteer()).extract(document(text, published));
    }
}
