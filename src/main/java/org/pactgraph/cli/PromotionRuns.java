package org.pactgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pactgraph.annotate.Annotator;
import org.pactgraph.eval.CalibrationBatches;
import org.pactgraph.eval.ClassifierFit;
import org.pactgraph.eval.Evaluator;
import org.pactgraph.eval.LabelledStatements;
import org.pactgraph.eval.PromotionCrossValidation;
import org.pactgraph.eval.ReliabilityFit;
import org.pactgraph.extract.CandidatePromotion;
import org.pactgraph.extract.Gazetteer;
import org.pactgraph.extract.StatementClassifier;

/** What eval does for the candidate promotion: fit its model and write it, or cross-validate it over calibration batches. */
final class PromotionRuns {
    private final Gazetteer gazetteer;
    private final Annotator annotator;
    private final PrintWriter out;

    PromotionRuns(Gazetteer gazetteer, Annotator annotator, PrintWriter out) {
        this.gazetteer = gazetteer;
        this.annotator = annotator;
        this.out = out;
    }

    /** Fits the promotion on the candidates of the cases, writes it with its provenance, and prints the candidates per relation and the largest weights. */
    int fit(List<Evaluator.Case> cases, String trainedOn, Path file, String command) {
        List<LabelledStatements.Labelled> candidates = LabelledStatements.candidates(gazetteer, annotator, cases);
        StatementClassifier model = ClassifierFit.fit(candidates, "the candidate promotion");
        ReliabilityFit.writeTo(file, ClassifierFit.write("Candidate promotion: logistic regression over StatementFeatures.ofCandidate, L2 prior sigma " + ClassifierFit.PRIOR_SIGMA + "; "
                + "a candidate with 1 / (1 + exp(-sum of weights)) >= " + CandidatePromotion.SHIPPED_THRESHOLD + " is asserted.",
                "candidates for review of the raw rules", command, Instant.now(), annotator.version(), trainedOn, cases, candidates, model), "--fit-promotion");
        out.printf("fitted the candidate promotion on %s: %d documents, %d candidates, %d right; %d features, wrote %s%n", trainedOn, cases.size(),
                candidates.size(), candidates.stream().filter(LabelledStatements.Labelled::right).count(), model.weights().size(), file);
        out.print(byRelation(candidates, model));
        out.print(ClassifierFit.largestWeights(model, 20));
        out.flush();
        return 0;
    }

    /**
     * The candidates (facts, one per rule and sentence) per relation type: how many, how many the
     * gold holds, and how many of each the fitted model would promote at the shipped threshold (in-sample).
     */
    private static String byRelation(List<LabelledStatements.Labelled> candidates, StatementClassifier model) {
        Map<String, int[]> counts = new TreeMap<>();
        for (LabelledStatements.Labelled l : candidates) {
            String relation = l.features().stream().filter(f -> f.startsWith("relation=")).findFirst().orElse("relation=?").substring("relation=".length());
            int[] c = counts.computeIfAbsent(relation, k -> new int[4]);
            boolean promoted = model.probability(l.features()) >= CandidatePromotion.SHIPPED_THRESHOLD;
            c[0]++;
            if (l.right()) c[1]++;
            if (promoted) c[2]++;
            if (promoted && l.right()) c[3]++;
        }
        StringBuilder text = new StringBuilder(String.format("%-14s %10s %6s %10s %6s%n", "relation", "candidates", "right", "promoted", "right"));
        counts.forEach((r, c) -> text.append(String.format("%-14s %10d %6d %10d %6d%n", r, c[0], c[1], c[2], c[3])));
        return text.toString();
    }

    /** Leave-one-batch-out over the folds, the promotion fitted also on {@code alwaysTrained}; prints the folds, pooled totals and the chosen threshold. */
    int crossValidate(List<CalibrationBatches.Fold> folds, List<Evaluator.Case> alwaysTrained, List<String> trainAlso) {
        List<PromotionCrossValidation.FoldScore> scores = new PromotionCrossValidation(gazetteer, annotator).run(alwaysTrained, folds);
        out.printf("leave one calibration batch out of %s; promotion also fitted on %s; strict scores%n",
                folds.stream().map(CalibrationBatches.Fold::heldOut).toList(), trainAlso.isEmpty() ? "nothing else" : trainAlso);
        out.print(PromotionCrossValidation.render(scores));
        out.flush();
        return 0;
    }
}
