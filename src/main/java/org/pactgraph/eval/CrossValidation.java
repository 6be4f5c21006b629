package org.pactgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pactgraph.annotate.Annotator;
import org.pactgraph.extract.Extractor;
import org.pactgraph.extract.Gazetteer;
import org.pactgraph.extract.Reliability;
import org.pactgraph.extract.RuleReliability;
import org.pactgraph.extract.StatementClassifier;

/**
 * Leave one calibration batch out: for each batch, the statement classifier is fitted on the
 * always-trained cases (the development split) and the other batches, strict labels; the table of
 * rule reliability on the other batches alone, with aligned matching, as the shipped table is
 * fitted; and the held-out batch is scored strict with the raw rules, the table and the
 * classifier. Nothing of a held-out batch is fitted on in its fold. Every document is extracted
 * with the raw rules for its labels, and each calibration text again for its aligned score (the
 * table's fit) and its strict one; then once more in the fold it is held out in, with the table
 * and with the classifier (annotations come from the cache, so each extraction is the rules alone).
 */
public final class CrossValidation {
    /** The strict scores of one held-out batch per relation type, with the raw rules, the table and the classifier. */
    public record FoldScore(int batch, int documents, Map<String, Score> raw, Map<String, Score> table, Map<String, Score> classifier) {}

    private final Gazetteer gazetteer;
    private final Annotator annotator;

    public CrossValidation(Gazetteer gazetteer, Annotator annotator) {
        this.gazetteer = gazetteer;
        this.annotator = annotator;
    }

    /** Runs the folds; {@code alwaysTrained} (the development split) joins every fold's classifier fit, never its table's. */
    public List<FoldScore> run(List<Evaluator.Case> alwaysTrained, List<CalibrationBatches.Fold> folds) {
        heldOutOfTheirFits(alwaysTrained, folds);
        Set<Evaluator.Case> calibration = new HashSet<>();
        folds.forEach(f -> calibration.addAll(f.scored()));
        List<Evaluator.Case> everyCase = new ArrayList<>(alwaysTrained);
        everyCase.addAll(calibration);
        List<LabelledStatements.Labelled> labelled = LabelledStatements.of(gazetteer, annotator, everyCase);
        Evaluator rawStrict = new Evaluator(new Extractor(gazetteer, annotator, RuleReliability.NONE), Matching.STRICT);
        Evaluator rawAligned = new Evaluator(new Extractor(gazetteer, annotator, RuleReliability.NONE), Matching.ALIGNED);
        Map<Evaluator.Case, Evaluator.DocumentScore> aligned = new HashMap<>();
        calibration.forEach(c -> aligned.put(c, rawAligned.score(c)));
        List<FoldScore> scores = new ArrayList<>();
        for (CalibrationBatches.Fold fold : folds) {
            Set<String> fitted = fittedOn(alwaysTrained, fold);
            StatementClassifier model = ClassifierFit.fit(labelled.stream().filter(l -> fitted.contains(l.document())).toList());
            RuleReliability table = ReliabilityFit.table(fold.fitted().stream().map(aligned::get).toList());
            scores.add(new FoldScore(fold.heldOut(), fold.scored().size(), total(rawStrict, fold.scored()),
                    total(strict(table), fold.scored()), total(strict(model), fold.scored())));
        }
        return scores;
    }

    /** Fails, before anything is extracted, when a fold would fit the classifier or the table on a text it scores. */
    static void heldOutOfTheirFits(List<Evaluator.Case> alwaysTrained, List<CalibrationBatches.Fold> folds) {
        for (CalibrationBatches.Fold fold : folds) {
            Set<String> fitted = fittedOn(alwaysTrained, fold);
            List<String> both = names(fold.scored()).stream().filter(fitted::contains).sorted().toList();
            if (!both.isEmpty()) {
                throw new EvaluationException("The fold that holds out batch " + fold.heldOut() + " would fit on texts it scores: " + both,
                        "train also on splits that share no text with the calibration split");
            }
        }
    }

    /** The texts a fold's classifier is fitted on: the always-trained ones and the fold's other batches. */
    static Set<String> fittedOn(List<Evaluator.Case> alwaysTrained, CalibrationBatches.Fold fold) {
        Set<String> fitted = names(alwaysTrained);
        fitted.addAll(names(fold.fitted()));
        return fitted;
    }

    private Evaluator strict(Reliability reliability) {
        return new Evaluator(new Extractor(gazetteer, annotator, reliability), Matching.STRICT);
    }

    static Map<String, Score> total(Evaluator evaluator, List<Evaluator.Case> cases) {
        Map<String, Score> total = new java.util.LinkedHashMap<>();
        cases.stream().map(evaluator::score).forEach(d -> d.byRelation().forEach((relation, sc) -> total.merge(relation, sc, Score::plus)));
        return total;
    }

    static Score overall(Map<String, Score> byRelation) {
        return byRelation.values().stream().reduce(Score.EMPTY, Score::plus);
    }

    private static Set<String> names(List<Evaluator.Case> cases) {
        Set<String> names = new HashSet<>();
        cases.forEach(c -> names.add(c.document().getFileName().toString()));
        return names;
    }

    /**
     * The folds and their pooled total as a table: found, correct, precision, recall and F1 for
     * each of the three; then the pooled total per relation type.
     */
    public static String render(List<FoldScore> folds) {
        StringBuilder out = new StringBuilder(String.format("%-12s %5s | %-34s | %-34s | %-34s%n", "held out", "texts",
                "raw: found correct P R F1", "table: found correct P R F1", "classifier: found correct P R F1"));
        Map<String, Score[]> pooled = new java.util.LinkedHashMap<>();
        Score[] all = {Score.EMPTY, Score.EMPTY, Score.EMPTY};
        int documents = 0;
        for (FoldScore f : folds) {
            out.append(line("batch " + f.batch(), f.documents(), overall(f.raw()), overall(f.table()), overall(f.classifier())));
            List<Map<String, Score>> three = List.of(f.raw(), f.table(), f.classifier());
            for (int i = 0; i < 3; i++) {
                for (Map.Entry<String, Score> e : three.get(i).entrySet()) {
                    Score[] sums = pooled.computeIfAbsent(e.getKey(), k -> new Score[] {Score.EMPTY, Score.EMPTY, Score.EMPTY});
                    sums[i] = sums[i].plus(e.getValue());
                    all[i] = all[i].plus(e.getValue());
                }
            }
            documents += f.documents();
        }
        out.append(line("pooled", documents, all));
        out.append(String.format("%npooled per relation%n"));
        for (Map.Entry<String, Score[]> e : pooled.entrySet()) out.append(line(e.getKey(), documents, e.getValue()));
        return out.toString();
    }

    static String line(String name, int documents, Score... scores) {
        StringBuilder out = new StringBuilder(String.format("%-12s %5d", name, documents));
        for (Score s : scores) {
            out.append(String.format(" | %5d %5d %6.3f %6.3f %6.3f  ", s.truePositives() + s.falsePositives(), s.truePositives(),
                    s.precision(), s.recall(), s.f1()));
        }
        return out.append('\n').toString();
    }
}
