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
 * learns from; or the candidates for review the rules give (before the holds that keep a
 * partnership with its partners), with their candidate features: what the candidate promotion
 * learns from. A statement read by two rules or from two sentences is one example per reading,
 * as the models weigh each fact.
 */
public final class LabelledStatements {
    /** One asserted fact of a document: the document's file name, the fact's features, and whether it is right. */
    public record Labelled(String document, List<String> features, boolean right) {}

    private LabelledStatements() {}

    /** Extracts each case with the raw rules and labels each fact they assert against its gold standard. */
    public static List<Labelled> of(Gazetteer gazetteer, Annotator annotator, List<Evaluator.Case> cases) {
        return of(gazetteer, annotator, cases, new Recorder(f -> !f.isCandidate(), StatementFeatures::of));
    }

    /** Extracts each case with the raw rules and labels each of their candidates for review against its gold standard. */
    public static List<Labelled> candidates(Gazetteer gazetteer, Annotator annotator, List<Evaluator.Case> cases) {
        return of(gazetteer, annotator, cases, new Recorder(Fact::isCandidate, StatementFeatures::ofCandidate));
    }

    private static List<Labelled> of(Gazetteer gazetteer, Annotator annotator, List<Evaluator.Case> cases, Recorder recorder) {
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

    /** Caps nothing (the raw rules), and keeps the features of each fact of the rules it is asked to. */
    private static final class Recorder implements Reliability {
        final List<Recorded> recorded = new ArrayList<>();
        private final java.util.function.Predicate<Fact> which;
        private final java.util.function.BiFunction<StatementFeatures, Fact, List<String>> featuresOf;

        Recorder(java.util.function.Predicate<Fact> which, java.util.function.BiFunction<StatementFeatures, Fact, List<String>> featuresOf) {
            this.which = which;
            this.featuresOf = featuresOf;
        }

        @Override
        public List<Fact> cap(List<Fact> facts, StatementFeatures features) {
            facts.stream().filter(which).forEach(f -> recorded.add(new Recorded(f, featuresOf.apply(features, f))));
            return facts;
        }
    }
}
