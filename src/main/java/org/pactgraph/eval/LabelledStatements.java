package org.pactgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.pactgraph.annotate.Annotator;
import org.pactgraph.extract.Extractor;
import org.pactgraph.extract.Fact;
import org.pactgraph.extract.Gazetteer;
import org.pactgraph.extract.Reliability;
import org.pactgraph.extract.StatementFeatures;
import org.pactgraph.load.DocumentReader;

/**
 * The statements the raw rules assert in documents with gold standards, each with its features
 * and whether its gold holds it (strict matching: IRI for IRI): what the statement classifier
 * learns from. A statement read by two rules or from two sentences is one example per reading,
 * as the classifier weighs each fact.
 */
public final class LabelledStatements {
    /** One asserted fact of a document: the document's file name, the fact's features, and whether it is right. */
    public record Labelled(String document, List<String> features, boolean right) {}

    private LabelledStatements() {}

    /** Extracts each case with the raw rules and labels each fact they assert against its gold standard. */
    public static List<Labelled> of(Gazetteer gazetteer, Annotator annotator, List<Evaluator.Case> cases) {
        Recorder recorder = new Recorder();
        Extractor extractor = new Extractor(gazetteer, annotator, recorder);
        List<Labelled> labelled = new ArrayList<>();
        for (Evaluator.Case c : cases) {
            recorder.recorded.clear();
            extractor.extract(DocumentReader.read(c.document()));
            Set<Triple> gold = GoldStandard.read(c.gold());
            String name = c.document().getFileName().toString();
            for (Recorded r : recorder.recorded) {
                labelled.add(new Labelled(name, r.features(), gold.contains(GoldStandard.canonical(r.fact().triple()))));
            }
        }
        return labelled;
    }

    private record Recorded(Fact fact, List<String> features) {}

    /** Caps nothing (the raw rules), and keeps the features of each fact the rules assert. */
    private static final class Recorder implements Reliability {
        final List<Recorded> recorded = new ArrayList<>();

        @Override
        public List<Fact> cap(List<Fact> facts, StatementFeatures features) {
            facts.stream().filter(f -> !f.isCandidate()).forEach(f -> recorded.add(new Recorded(f, features.of(f))));
            return facts;
        }
    }
}
