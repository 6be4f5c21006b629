package org.pactgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A learned estimate of whether an asserted statement is right: a logistic regression over the
 * statement's {@link StatementFeatures}, fitted on statements of real texts labelled by their gold
 * standards (eval --fit-classifier). A fact's confidence becomes the lesser of its binding
 * confidence and {@code p(right) = 1 / (1 + exp(-sum of the weights of its features))}, so what
 * the model doubts falls below {@link Confidence#THRESHOLD} and goes to review. A feature the model
 * lacks weighs nothing. Applying it is one sum per statement; no training code runs in extraction.
 *
 * <p>The model is a text file, {@value #RESOURCE} in the build: {@code #} lines for provenance, the
 * header {@code feature\tweight}, then one feature and its weight a line.
 */
public final class StatementClassifier implements Reliability {
    /** Where the build's fitted model is read from, on the classpath. */
    public static final String RESOURCE = "org/pactgraph/extract/statement-classifier.tsv";
    /** The model's header line. */
    public static final String HEADER = "feature\tweight";

    private final Map<String, Double> weights;

    private StatementClassifier(Map<String, Double> weights) {
        this.weights = Collections.unmodifiableMap(new TreeMap<>(weights));
    }

    /** A model of the given weights. */
    public static StatementClassifier of(Map<String, Double> weights) {
        weights.forEach((f, w) -> {
            if (!Double.isFinite(w)) throw new IllegalArgumentException("weight of " + f + " is " + w + ": expected a finite number");
        });
        return new StatementClassifier(weights);
    }

    /** The weights, by feature. */
    public Map<String, Double> weights() {
        return weights;
    }

    /** The probability that a statement of these features is right. */
    public double probability(List<String> features) {
        double sum = 0;
        for (String f : features) sum += weights.getOrDefault(f, 0.0);
        return 1 / (1 + Math.exp(-sum));
    }

    @Override
    public List<Fact> cap(List<Fact> facts, StatementFeatures features) {
        List<Fact> capped = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            // A candidate stays one whatever the model says; only what would be asserted is weighed.
            double p = f.isCandidate() ? 1.0 : probability(features.of(f));
            capped.add(p < f.confidence() ? f.withConfidence(p) : f);
        }
        return capped;
    }

    private static StatementClassifier shipped;

    /**
     * The model the build carries ({@value #RESOURCE}), read once; a malformed one fails every call
     * alike, naming the line. Asked for once per extractor, so a lock costs nothing.
     */
    public static synchronized StatementClassifier shipped() {
        if (shipped == null) shipped = fromClasspath(RESOURCE);
        return shipped;
    }

    /** The model's file: its name in messages, its header, and how it is fitted. */
    private static final FittedFile FILE = new FittedFile("the statement classifier", HEADER, "--fit-classifier",
            "pactgraph eval --split calibration --batches ... --train-also dev --fit-classifier FILE");

    /** Reads a model from a file that eval --fit-classifier wrote, failing with the file's name, or its line when malformed. */
    public static StatementClassifier fromFile(Path file) {
        return parse(file.toString(), FILE.read(file));
    }

    static StatementClassifier fromClasspath(String resource) {
        return parse(resource, FILE.readResource(resource));
    }

    /** Reads a model, failing with the source, the line, what was found and what was expected there. */
    public static StatementClassifier parse(String source, String text) {
        return parse(FILE, source, text);
    }

    /**
     * Reads a model of weights written as {@code file} has it (this classifier's, or the candidate
     * promotion's, which is the same kind of model), failing with the source, the line, what was
     * found and what was expected there.
     */
    static StatementClassifier parse(FittedFile file, String source, String text) {
        Map<String, Double> weights = new TreeMap<>();
        for (FittedFile.Row row : file.rows(source, text)) {
            String[] cells = row.text().split("\t", -1);
            if (cells.length != 2 || cells[0].isBlank()) {
                throw file.malformed(source, row.number(), row.text(), "two tab-separated cells: a feature and its weight");
            }
            if (weights.put(cells[0], weight(file, source, row, cells[1])) != null) throw file.malformed(source, row.number(), row.text(), "each feature once");
        }
        return new StatementClassifier(weights);
    }

    private static double weight(FittedFile file, String source, FittedFile.Row row, String cell) {
        try {
            double w = Double.parseDouble(cell.strip());
            if (Double.isFinite(w)) return w;
        } catch (NumberFormatException e) {
            // reported below with what was expected
        }
        throw file.malformed(source, row.number(), row.text(), "a weight that is a finite decimal number");
    }

    /** The model as its resource is written: the comment lines (without their '#'), the header, one line per feature by name. */
    public String toTsv(List<String> comments) {
        StringBuilder out = new StringBuilder();
        comments.forEach(c -> out.append("# ").append(c).append('\n'));
        out.append(HEADER).append('\n');
        weights.forEach((f, w) -> out.append(f).append('\t').append(w).append('\n'));
        return out.toString();
    }
}
