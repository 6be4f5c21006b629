package org.pactgraph.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.pactgraph.annotate.Annotator;
import org.pactgraph.annotate.CachedAnnotator;
import org.pactgraph.annotate.CoreNlpAnnotator;
import org.pactgraph.load.InputGraphs;
import org.pactgraph.load.InputFiles;
import org.pactgraph.load.LoadSettings;

/** The project's reference data and ontology as a gazetteer, built once for the extraction tests. */
final class KnownData {
    private static Gazetteer gazetteer;

    private KnownData() {}

    static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            InputFiles files = InputFiles.find(new LoadSettings(Path.of("data"), Path.of("ontology"), Path.of("store")));
            gazetteer = Gazetteer.of(InputGraphs.knownGraph(files));
        }
        return gazetteer;
    }

    /**
     * The product's linguistic layer, CoreNLP, behind the tests' annotation cache
     * ({@code target/annotation-cache}, or where PACTGRAPH_CACHE says).
     */
    static Annotator annotator() {
        String folder = System.getenv().getOrDefault("PACTGRAPH_CACHE", "target/annotation-cache");
        return new CachedAnnotator(CoreNlpAnnotator.shared(), Path.of(folder));
    }

    /**
     * The rules as written, on CoreNLP's annotations: without the caps of the build's table of rule
     * reliability, which decides what a load asserts and what it sends to review
     * ({@code RuleReliabilityTest} pins what the table does).
     */
    static Extractor extractor() {
        return new Extractor(gazetteer(), annotator(), RuleReliability.NONE);
    }

    /** A document of the given text, published on the given day. */
    static Document document(String text, String published) {
        return new Document("test-document", "test-document.md", text, Optional.of(LocalDate.parse(published)));
    }

    /**
     * Triples written short for assertions: "partnership/a-b-2031 partner org/a", with the IRIs'
     * common prefix dropped, predicates by local name and literals by their lexical form.
     */
    static java.util.Set<String> shortly(java.util.Set<org.apache.jena.graph.Triple> triples) {
        String id = "https://w3id.org/pactgraph/id/";
        return triples.stream()
                .map(t -> t.getSubject().toString().replace(id, "") + " " + t.getPredicate().getLocalName() + " "
                        + (t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : t.getObject().toString().replace(id, "")))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The facts extracted from a text published on the given day. */
    static Extraction extract(String text, String published) {
        return new Extractor(gazetteer(), Annotator.NONE, RuleReliability.NONE).extract(document(text, published));
    }
}
