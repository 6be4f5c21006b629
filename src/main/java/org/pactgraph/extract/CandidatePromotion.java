package org.pactgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A learned promotion of the rules' candidates for review: a logistic regression over each
 * candidate's {@link StatementFeatures#ofCandidate features} (the statement's, and why it is a
 * candidate: its rule and binding, what uses the name it rests on, CoreNLP's type of that name,
 * whether the text spells it out), fitted on candidates of real texts labelled by their gold
 * standards (eval --fit-promotion). A candidate the model gives at least {@link #threshold()} is
 * asserted at {@link Confidence#THRESHOLD}; the others stay candidates. It runs before the holds
 * that keep a partnership with its partners, so a promoted partner lets its partnership stand, with
 * the partnership's themes and signers. Asserted statements are never lowered here.
 *
 * <p>Only with the linguistic layer: the model is fitted on CoreNLP's annotations, and without them
 * its features of verbs and types take values it never saw, so the extractor leaves it out there.
 * The model is a text file like the statement classifier's ({@value #RESOURCE} in the build).
 */
public final class CandidatePromotion {
    /** Where the build's fitted model is read from, on the classpath. */
    public static final String RESOURCE = "org/pactgraph/extract/candidate-promotion.tsv";
    /**
     * The probability at or above which a candidate is asserted: chosen by leave-one-batch-out over
     * calibration batches 2 to 11 (eval --cross-validate-promotion), as the highest pooled F1 among
     * the thresholds 0.5 to 0.9 whose pooled precision is at most 0.010 below the raw rules' (0.7:
     * 2,952 found, 2,384 right against the raw rules' 2,851 and 2,326, with round 15's rules; on the
     * rules before r15-events and r15-partners the same rule chose 0.6; README "Round 15").
     */
    public static final double SHIPPED_THRESHOLD = 0.7;
    /**
     * The environment variable that turns the promotion on: {@code none} (the default) or {@code model}.
     * Not the default, though round 15's pre-stated condition was met (leave-one-batch-out F1 0.448 to
     * 0.454 with precision 0.816 to 0.808; the twelfth batch, held out, F1 0.375 to 0.379): what it adds
     * is right about six times in ten on texts it was not fitted on, and on the seed it asserts two
     * themes the text gives to other partnerships. A fact that uncertain is a candidate for review.
     */
    public static final String SETTING = "PACTGRAPH_PROMOTION";
    /** No promotion: every candidate stays one. */
    public static final CandidatePromotion NONE = new CandidatePromotion(null, 1.0);

    private static final FittedFile FILE = new FittedFile("the candidate promotion model", StatementClassifier.HEADER, "--fit-promotion",
            "pactgraph eval --split calibration --batches ... --train-also dev --fit-promotion FILE");

    private final StatementClassifier model;
    private final double threshold;

    private CandidatePromotion(StatementClassifier model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    /** A promotion by the given model at the given threshold, from 0 to 1. */
    public static CandidatePromotion of(StatementClassifier model, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold " + threshold + ": expected above 0, at most 1");
        return new CandidatePromotion(java.util.Objects.requireNonNull(model, "model"), threshold);
    }

    /** The probability at or above which a candidate is asserted. */
    public double threshold() {
        return threshold;
    }

    /**
     * The facts with each candidate the model gives at least the threshold raised to
     * {@link Confidence#THRESHOLD}; every other fact as it was.
     */
    public List<Fact> promote(List<Fact> facts, StatementFeatures features) {
        if (model == null) return facts;
        List<Fact> promoted = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            boolean raise = f.isCandidate() && model.probability(features.ofCandidate(f)) >= threshold;
            promoted.add(raise ? f.withConfidence(Confidence.THRESHOLD) : f);
        }
        return promoted;
    }

    /** The configured mode, {@code none} or {@code model} ({@value #SETTING}, or the system property pactgraph.promotion). */
    public static String mode() {
        return ModeSetting.read("pactgraph.promotion", SETTING, List.of("none", "model"),
                "unset it (no promotion is the default), or set it to model to assert the candidates for review that the build's "
                        + "promotion model scores at least " + SHIPPED_THRESHOLD);
    }

    /** What a store's fingerprint adds for the configured promotion: nothing for none, so that stores loaded without it keep theirs. */
    public static String fingerprint() {
        return mode().equals("none") ? "" : " promotion " + mode();
    }

    /** The promotion the product's extractors use, as {@value #SETTING} chooses. */
    public static CandidatePromotion configured() {
        return mode().equals("model") ? shipped() : NONE;
    }

    private static CandidatePromotion shipped;

    /** The model the build carries ({@value #RESOURCE}) at {@link #SHIPPED_THRESHOLD}, read once. */
    public static synchronized CandidatePromotion shipped() {
        if (shipped == null) shipped = of(StatementClassifier.parse(FILE, RESOURCE, FILE.readResource(RESOURCE)), SHIPPED_THRESHOLD);
        return shipped;
    }

    /** Reads a model from a file that eval --fit-promotion wrote, failing with the file's name, or its line when malformed. */
    public static StatementClassifier modelFromFile(Path file) {
        return parse(file.toString(), FILE.read(file));
    }

    /** Reads a model, failing with the source, the line, what was found and what was expected there. */
    public static StatementClassifier parse(String source, String text) {
        return StatementClassifier.parse(FILE, source, text);
    }
}
