package org.pactgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pactgraph.annotate.Annotator;
import org.pactgraph.extract.CandidatePromotion;
import org.pactgraph.extract.Extractor;
import org.pactgraph.extract.Gazetteer;
import org.pactgraph.extract.RuleReliability;
import org.pactgraph.extract.StatementClassifier;

/**
 * Leave one calibration batch out for the candidate promotion: for each batch, the promotion's
 * model is fitted on the candidates of the always-trained cases (the development split) and of the
 * other batches, strict labels, and the held-out batch is scored strict with the raw rules and
 * with the promotion at each of {@link #THRESHOLDS}. Nothing of a held-out batch is fitted on in
 * its fold ({@link CrossValidation#heldOutOfTheirFits}).
 */
public final class PromotionCrossValidation {
    /** The thresholds on the model's probability that every fold is scored at. */
    public static final List<Double> THRESHOLDS = List.of(0.5, 0.6, 0.7, 0.8, 0.9);
    /** How far below the raw rules' pooled precision a threshold may take it and still be chosen. */
    public static final double PRECISION_GIVEN_UP = 0.010;

    /** The strict scores of one held-out batch per relation type, raw and at each threshold. */
    public record FoldScore(int batch, int documents, Map<String, Score> raw, Map<Double, Map<String, Score>> promoted) {}

    private final Gazetteer gazetteer;
    private final Annotator annotator;

    public PromotionCrossValidation(Gazetteer gazetteer, Annotator annotator) {
        this.gazetteer = gazetteer;
        this.annotator = annotator;
    }

    /** Runs the folds; {@code alwaysTrained} joins every fold's fit. */
    public List<FoldScore> run(List<Evaluator.Case> alwaysTrained, List<CalibrationBatches.Fold> folds) {
        CrossValidation.heldOutOfTheirFits(alwaysTrained, folds);
        Set<Evaluator.Case> everyCase = new LinkedHashSet<>(alwaysTrained);
        folds.forEach(f -> everyCase.addAll(f.scored()));
        List<LabelledStatements.Labelled> labelled = LabelledStatements.candidates(gazetteer, annotator, List.copyOf(everyCase));
        Evaluator raw = new Evaluator(new Extractor(gazetteer, annotator, RuleReliability.NONE), Matching.STRICT);
        List<FoldScore> scores = new ArrayList<>();
        for (CalibrationBatches.Fold fold : folds) {
            Set<String> fitted = CrossValidation.fittedOn(alwaysTrained, fold);
            StatementClassifier model = ClassifierFit.fit(labelled.stream().filter(l -> fitted.contains(l.document())).toList(), "the candidate promotion");
            Map<Double, Map<String, Score>> promoted = new LinkedHashMap<>();
            for (double t : THRESHOLDS) {
                Extractor extractor = new Extractor(gazetteer, annotator, RuleReliability.NONE, CandidatePromotion.of(model, t));
                promoted.put(t, CrossValidation.total(new Evaluator(extractor, Matching.STRICT), fold.scored()));
            }
            scores.add(new FoldScore(fold.heldOut(), fold.scored().size(), CrossValidation.total(raw, fold.scored()), promoted));
        }
        return scores;
    }

    /**
     * The threshold the rule fixed beforehand chooses: the highest pooled F1 among the thresholds
     * whose pooled precision is at most {@value #PRECISION_GIVEN_UP} below the raw rules'; empty when none is.
     */
    public static java.util.Optional<Double> chosen(Score raw, Map<Double, Score> pooled) {
        return pooled.entrySet().stream().filter(e -> e.getValue().precision() >= raw.precision() - PRECISION_GIVEN_UP - 1e-12)
                .max(java.util.Comparator.comparingDouble((Map.Entry<Double, Score> e) -> e.getValue().f1())).map(Map.Entry::getKey);
    }

    /**
     * Each fold, raw and at each threshold; the pooled total per threshold and the one chosen; then
     * the pooled total per relation type, raw and at each threshold.
     */
    public static String render(List<FoldScore> folds) {
        StringBuilder out = new StringBuilder(String.format("%-12s %5s | %-34s%n", "held out", "texts", "found correct P R F1"));
        Score raw = Score.EMPTY;
        Map<Double, Score> pooled = new LinkedHashMap<>();
        Map<String, Score> rawByRelation = new LinkedHashMap<>();
        Map<Double, Map<String, Score>> byRelation = new LinkedHashMap<>();
        int documents = 0;
        for (FoldScore f : folds) {
            out.append(CrossValidation.line("batch " + f.batch() + " raw", f.documents(), CrossValidation.overall(f.raw())));
            f.raw().forEach((r, sc) -> rawByRelation.merge(r, sc, Score::plus));
            raw = raw.plus(CrossValidation.overall(f.raw()));
            for (Map.Entry<Double, Map<String, Score>> e : f.promoted().entrySet()) {
                out.append(CrossValidation.line("  at " + e.getKey(), f.documents(), CrossValidation.overall(e.getValue())));
                pooled.merge(e.getKey(), CrossValidation.overall(e.getValue()), Score::plus);
                e.getValue().forEach((r, sc) -> byRelation.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).merge(r, sc, Score::plus));
            }
            documents += f.documents();
        }
        out.append(String.format("%npooled%n")).append(CrossValidation.line("raw", documents, raw));
        for (Map.Entry<Double, Score> e : pooled.entrySet()) out.append(CrossValidation.line("at " + e.getKey(), documents, e.getValue()));
        java.util.Optional<Double> chosen = chosen(raw, pooled);
        out.append(chosen.map(t -> "chosen: " + t + " (highest pooled F1 with pooled precision at most " + PRECISION_GIVEN_UP + " below raw)")
                .orElse("chosen: none (every threshold takes pooled precision more than " + PRECISION_GIVEN_UP + " below raw)")).append('\n');
        out.append(String.format("%npooled per relation: raw, then each threshold%n"));
        for (Map.Entry<String, Score> e : rawByRelation.entrySet()) {
            List<Score> row = new ArrayList<>(List.of(e.getValue()));
            byRelation.values().forEach(m -> row.add(m.getOrDefault(e.getKey(), Score.EMPTY)));
            out.append(CrossValidation.line(e.getKey(), documents, row.toArray(Score[]::new)));
        }
        return out.toString();
    }
}
