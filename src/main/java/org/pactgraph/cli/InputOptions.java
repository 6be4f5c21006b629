package org.pactgraph.cli;

import java.nio.file.Path;
import org.pactgraph.annotate.Annotator;
import org.pactgraph.annotate.CachedAnnotator;
import org.pactgraph.annotate.CoreNlpAnnotator;
import org.pactgraph.load.LoadSettings;
import picocli.CommandLine.Option;

/** The options that say where inputs and the store are, and how text is read, shared by commands that load. */
final class InputOptions {
    /** The linguistic layers the extractor can read. */
    enum Nlp { corenlp, none }

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:PACTGRAPH_DATA:-data}",
            description = "Announcements and reference data (default: ${DEFAULT-VALUE}; env PACTGRAPH_DATA).")
    Path data;

    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "${env:PACTGRAPH_ONTOLOGY:-ontology}",
            description = "Ontologies and SHACL shapes (default: ${DEFAULT-VALUE}; env PACTGRAPH_ONTOLOGY).")
    Path ontology;

    @Option(names = "--nlp", paramLabel = "LAYER", defaultValue = "${env:PACTGRAPH_NLP:-corenlp}",
            description = "The linguistic layer the extractor reads: corenlp (Stanford CoreNLP, loaded on the first document"
                    + " the cache lacks) or none (the rules alone) (default: ${DEFAULT-VALUE}; env PACTGRAPH_NLP).")
    Nlp nlp;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "${env:PACTGRAPH_CACHE:-cache}",
            description = "Where each document's annotation is kept, shared by every command and process"
                    + " (default: ${DEFAULT-VALUE}; env PACTGRAPH_CACHE).")
    Path cache;

    LoadSettings settings(Path store) {
        return new LoadSettings(data, ontology, store, annotator());
    }

    /** The linguistic layer the options name, behind the annotation cache. */
    Annotator annotator() {
        return nlp == Nlp.none ? Annotator.NONE : new CachedAnnotator(CoreNlpAnnotator.shared(), cache);
    }
}
