package org.pactgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leave-one-batch-out: which texts each fold fits on and scores, and that it never fits on what it scores. */
class CrossValidationFoldsTest {
    private static final Path CALIBRATION = Path.of("src/test/resources/extract/real/calibration");

    @Test
    void eachFoldScoresItsBatchAloneAndFitsOnTheOtherBatchesOnly() {
        List<Evaluator.Case> cases = Evaluator.cases(Path.of("src/test/resources/extract/real/gold-calibration"), List.of(CALIBRATION));
        CalibrationBatches batches = CalibrationBatches.read(CALIBRATION);
        List<Integer> given = List.of(2, 3, 4, 5, 6, 7);
        List<CalibrationBatches.Fold> folds = batches.folds(cases, given);
        assertEquals(given, folds.stream().map(CalibrationBatches.Fold::heldOut).toList());
        Set<Evaluator.Case> scored = new HashSet<>();
        for (CalibrationBatches.Fold fold : folds) {
            assertTrue(!fold.scored().isEmpty(), "batch " + fold.heldOut());
            fold.scored().forEach(c -> assertEquals(fold.heldOut(), batches.of(c.document()), c.toString()));
            fold.fitted().forEach(c -> assertTrue(batches.of(c.document()) != fold.heldOut() && given.contains(batches.of(c.document())), c.toString()));
            assertEquals(cases.stream().filter(c -> given.contains(batches.of(c.document()))).count(), fold.fitted().size() + fold.scored().size());
            scored.addAll(fold.scored());
        }
        assertEquals(cases.stream().filter(c -> given.contains(batches.of(c.document()))).count(), scored.size(), "each text is held out once");
    }

    @Test
    void aBatchNotGivenIsNeitherFittedNorScored(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve(CalibrationBatches.FILE), "file\tbatch\na.md\t2\nb.md\t3\nc.md\t8\n");
        List<Evaluator.Case> cases = List.of(aCase(folder, "a"), aCase(folder, "b"), aCase(folder, "c"));
        List<CalibrationBatches.Fold> folds = CalibrationBatches.read(folder).folds(cases, List.of(2, 3));
        assertEquals(List.of(aCase(folder, "b")), folds.get(0).fitted());
        assertEquals(List.of(aCase(folder, "a")), folds.get(0).scored());
        assertEquals(List.of(aCase(folder, "a")), folds.get(1).fitted());
        assertTrue(folds.stream().noneMatch(f -> f.fitted().contains(aCase(folder, "c")) || f.scored().contains(aCase(folder, "c"))),
                "batch 8 is in no fold when it is not given");
    }

    @Test
    void aFoldThatWouldFitOnATextItScoresStopsBeforeAnythingIsExtracted(@TempDir Path folder) {
        Evaluator.Case a = aCase(folder, "a");
        CalibrationBatches.Fold fold = new CalibrationBatches.Fold(2, List.of(), List.of(a));
        EvaluationException e = assertThrows(EvaluationException.class, () -> CrossValidation.heldOutOfTheirFits(List.of(a), List.of(fold)));
        assertTrue(e.getMessage().contains("batch 2 would fit on texts it scores: [a.md]"), e.getMessage());
    }

    @Test
    void aMalformedBatchLineNamesTheFileAndLine(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve(CalibrationBatches.FILE), "file\tbatch\na.md\ttwo\n");
        EvaluationException e = assertThrows(EvaluationException.class, () -> CalibrationBatches.read(folder));
        assertTrue(e.getMessage().endsWith("batches.tsv, line 2: found 'a.md<tab>two', expected a file name, a tab and a batch number"), e.getMessage());
    }

    @Test
    void thePromotionsFoldThatWouldFitOnATextItScoresStopsBeforeAnythingIsExtracted(@TempDir Path folder) {
        Evaluator.Case a = aCase(folder, "a");
        CalibrationBatches.Fold fold = new CalibrationBatches.Fold(3, List.of(a), List.of(a, aCase(folder, "b")));
        // No gazetteer and no layer: the check must come before any extraction.
        EvaluationException e = assertThrows(EvaluationException.class, () -> new PromotionCrossValidation(null, null).run(List.of(), List.of(fold)));
        assertTrue(e.getMessage().contains("batch 3 would fit on texts it scores: [a.md]"), e.getMessage());
    }

    @Test
    void theChosenThresholdHasTheHighestF1AmongThoseThatKeepPrecisionWithinAHundredthOfRaw() {
        Score raw = new Score(80, 20, 100);
        java.util.Map<Double, Score> pooled = new java.util.LinkedHashMap<>();
        pooled.put(0.5, new Score(95, 35, 85));
        pooled.put(0.6, new Score(88, 23, 92));
        pooled.put(0.7, new Score(84, 21, 96));
        assertEquals(java.util.Optional.of(0.6), PromotionCrossValidation.chosen(raw, pooled), "0.5 loses 0.069 of precision; 0.6 the best F1 of the rest");
        assertEquals(java.util.Optional.empty(), PromotionCrossValidation.chosen(raw, java.util.Map.of(0.5, new Score(95, 35, 85))));
    }

    private static Evaluator.Case aCase(Path folder, String slug) {
        return new Evaluator.Case(folder.resolve(slug + ".ttl"), folder.resolve(slug + ".md"));
    }
}
