package org.pactgraph.eval;

/** Counts of one comparison with a gold standard: found and expected, found but not expected, expected but missed. */
public record Score(int truePositives, int falsePositives, int falseNegatives) {
    /** No statements at all. */
    public static final Score EMPTY = new Score(0, 0, 0);

    /** The sum of two scores. */
    public Score plus(Score other) {
        return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives, falseNegatives + other.falseNegatives);
    }

    /** The share of found statements that are expected; 1 when nothing was found. */
    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1.0 : (double) truePositives / found;
    }

    /** The share of expected statements that were found; 1 when nothing was expected. */
    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
