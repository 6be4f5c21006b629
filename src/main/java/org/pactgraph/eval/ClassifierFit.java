package org.pactgraph.eval;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LogPrior;
import edu.stanford.nlp.classify.LogisticClassifier;
import edu.stanford.nlp.classify.LogisticClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pactgraph.extract.StatementClassifier;

/**
 * Fits the statement classifier: an L2-regularised logistic regression (CoreNLP's
 * {@link LogisticClassifierFactory}, a Gaussian prior of variance {@value #PRIOR_SIGMA} squared on
 * every weight, the bias included) over labelled statements, turned into one weight per feature
 * that {@link StatementClassifier} applies by hand. The prior is not tuned: it keeps the weights
 * of rare features near zero, so a feature seen on a handful of statements moves little.
 */
public final class ClassifierFit {
    public static final double PRIOR_SIGMA = 1.0;
    private static final String RIGHT = "right";
    private static final String WRONG = "wrong";

    private ClassifierFit() {}

    /** The model fitted on the statements, failing when they do not hold both right and wrong ones. */
    public static StatementClassifier fit(List<LabelledStatements.Labelled> statements) {
        return fit(statements, "the statement classifier");
    }

    /** A model of the given name ("the candidate promotion") fitted on the statements, failing when they do not hold both right and wrong ones. */
    public static StatementClassifier fit(List<LabelledStatements.Labelled> statements, String what) {
        long right = statements.stream().filter(LabelledStatements.Labelled::right).count();
        if (right == 0 || right == statements.size()) {
            throw new EvaluationException("Cannot fit " + what + " on " + statements.size() + " statements of which " + right
                    + " are right: it needs right and wrong ones", "fit it on more documents (a split, or --train-also dev)");
        }
        Dataset<String, String> data = new Dataset<>();
        for (LabelledStatements.Labelled s : statements) data.add(new BasicDatum<String, String>(s.features(), s.right() ? RIGHT : WRONG));
        LogisticClassifier<String, String> lr = new LogisticClassifierFactory<String, String>()
                .trainClassifier(data, new LogPrior(LogPrior.LogPriorType.QUADRATIC, PRIOR_SIGMA, 1.0), false);
        // The factory's weights are those of its positive class, whichever label it chose for that.
        double sign = lr.getLabelForInternalPositiveClass().equals(RIGHT) ? 1 : -1;
        Map<String, Double> weights = new HashMap<>();
        lr.weightsAsCounter().entrySet().forEach(e -> weights.put(e.getKey(), sign * e.getValue()));
        return StatementClassifier.of(weights);
    }

    /** The model's text with its provenance: command, time, linguistic layer, what it was fitted on, and its gold's digest. */
    public static String write(String command, Instant when, String layer, String trainedOn, Collection<Evaluator.Case> cases,
            List<LabelledStatements.Labelled> statements, StatementClassifier model) {
        return write("Statement classifier: logistic regression over StatementFeatures, L2 prior sigma " + PRIOR_SIGMA
                + "; confidence = min(binding, 1 / (1 + exp(-sum of weights))).", "asserted statements of the raw rules",
                command, when, layer, trainedOn, cases, statements, model);
    }

    /** The model's text under the given first line, its examples called {@code examples} ("candidates for review of the raw rules"). */
    public static String write(String heading, String examples, String command, Instant when, String layer, String trainedOn,
            Collection<Evaluator.Case> cases, List<LabelledStatements.Labelled> statements, StatementClassifier model) {
        long right = statements.stream().filter(LabelledStatements.Labelled::right).count();
        return model.toTsv(List.of(heading,
                "command: " + command,
                "date: " + when.truncatedTo(ChronoUnit.SECONDS),
                "linguistic layer: " + layer,
                "trained on: " + trainedOn + ", " + cases.size() + " documents, " + statements.size() + " " + examples + ", "
                        + right + " right (strict matching)",
                "gold SHA-256 (file names and bytes, by name): " + ReliabilityFit.goldDigest(List.copyOf(cases))));
    }

    /** The features of largest weight, for and against a statement, {@code n} of each, as lines "weight feature". */
    public static String largestWeights(StatementClassifier model, int n) {
        List<Map.Entry<String, Double>> byWeight = model.weights().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
        StringBuilder out = new StringBuilder("largest weights for a statement being right:\n");
        byWeight.stream().limit(n).forEach(e -> out.append(String.format("  %+7.3f  %s%n", e.getValue(), e.getKey())));
        out.append("largest weights against:\n");
        byWeight.reversed().stream().limit(n).forEach(e -> out.append(String.format("  %+7.3f  %s%n", e.getValue(), e.getKey())));
        return out.toString();
    }
}
