package org.pactgraph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which batch each calibration text came in ({@code batches.tsv} beside the texts: a header, then
 * {@code file<TAB>batch} a line), so that a batch can be held out whole: fitted on the others,
 * scored alone, as a new publisher's texts would be.
 */
public final class CalibrationBatches {
    /** The file of the calibration folder that lists the batches. */
    public static final String FILE = "batches.tsv";

    private final Map<String, Integer> batchOf;

    private CalibrationBatches(Map<String, Integer> batchOf) {
        this.batchOf = batchOf;
    }

    /** Reads the batches of the texts in a folder, failing with the file and line when malformed. */
    public static CalibrationBatches read(Path folder) {
        Path file = folder.resolve(FILE);
        Map<String, Integer> batchOf = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) continue;
                String[] cells = lines.get(i).split("\t");
                if (cells.length != 2 || !cells[1].strip().matches("\\d+")) {
                    throw new EvaluationException(file + ", line " + (i + 1) + ": found '" + lines.get(i).replace("\t", "<tab>")
                            + "', expected a file name, a tab and a batch number", "fix the line");
                }
                batchOf.put(cells[0].strip(), Integer.parseInt(cells[1].strip()));
            }
        } catch (IOException e) {
            throw new EvaluationException("Cannot read the calibration batches " + file + ": " + e.getMessage(),
                    "give the calibration split's folder, where " + FILE + " lists each text's batch");
        }
        return new CalibrationBatches(batchOf);
    }

    /** The batch of a text, failing when the file does not list it. */
    public int of(Path document) {
        Integer batch = batchOf.get(document.getFileName().toString());
        if (batch == null) {
            throw new EvaluationException("No batch for " + document.getFileName() + " in " + FILE, "add its line to " + FILE);
        }
        return batch;
    }

    /** The cases whose documents came in one of the given batches. */
    public List<Evaluator.Case> in(List<Evaluator.Case> cases, Set<Integer> batches) {
        List<Evaluator.Case> chosen = new ArrayList<>();
        for (Evaluator.Case c : cases) if (batches.contains(of(c.document()))) chosen.add(c);
        return chosen;
    }

    /**
     * One fold of leave-one-batch-out: the batch held out, the calibration cases fitted on (those
     * of the other given batches) and the cases scored (those of the held-out batch).
     */
    public record Fold(int heldOut, List<Evaluator.Case> fitted, List<Evaluator.Case> scored) {}

    /** The folds over the given batches, one per batch, in the order given; a case of a batch not given is in none. */
    public List<Fold> folds(List<Evaluator.Case> cases, List<Integer> batches) {
        List<Fold> folds = new ArrayList<>();
        for (int held : batches) {
            Set<Integer> others = new java.util.TreeSet<>(batches);
            others.remove(held);
            folds.add(new Fold(held, in(cases, others), in(cases, Set.of(held))));
        }
        return folds;
    }
}
