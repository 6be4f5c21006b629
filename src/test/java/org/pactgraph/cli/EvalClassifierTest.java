package org.pactgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.extract.StatementClassifier;
import org.pactgraph.extract.StatementFeatures;

/** {@code pactgraph eval}'s statement classifier options over the small fixture of invented texts. */
class EvalClassifierTest {
    private static final Path FIXTURE = Path.of("src/test/resources/eval/splits");

    @Test
    void fittingWritesAModelWithItsProvenanceThatScoringReadsBack(@TempDir Path tmp) throws IOException {
        Path model = tmp.resolve("model.tsv");
        CliTest.Run fit = CliTest.run("eval", "--resources", FIXTURE.toString(), "--split", "invented", "--nlp", "none",
                "--fit-classifier", model.toString());
        assertEquals(0, fit.code(), fit.err());
        assertTrue(fit.out().contains("fitted the statement classifier on invented: 1 documents"), fit.out());
        assertTrue(fit.out().contains("largest weights against:"), fit.out());
        String text = Files.readString(model);
        assertTrue(text.contains("# command: pactgraph eval --resources " + FIXTURE + " --split invented --nlp none --fit-classifier " + model), text);
        assertTrue(text.contains("# trained on: invented, 1 documents, "), text);
        assertTrue(text.contains("# gold SHA-256 (file names and bytes, by name): "), text);
        assertTrue(StatementClassifier.fromFile(model).weights().containsKey(StatementFeatures.BIAS), text);

        CliTest.Run scored = CliTest.run("eval", "--resources", FIXTURE.toString(), "--split", "invented", "--nlp", "none",
                "--classifier", model.toString());
        assertEquals(0, scored.code(), scored.err());
        assertTrue(scored.out().contains("invented           1       15"), scored.out());
    }

    @Test
    void aModelThatDoubtsEverythingSendsEveryStatementToReview(@TempDir Path tmp) throws IOException {
        Path model = tmp.resolve("doubting.tsv");
        Files.writeString(model, "# invented: every statement has a probability of 0.12\n" + StatementClassifier.HEADER + "\nbias\t-2\n");
        CliTest.Run held = CliTest.run("eval", "--resources", FIXTURE.toString(), "--split", "invented", "--nlp", "none",
                "--classifier", model.toString());
        assertEquals(0, held.code(), held.err());
        assertTrue(held.out().contains("invented           1       15        0        0"), held.out());
    }

    @Test
    void optionsThatWouldBeIgnoredOrContradictOneAnotherAreRefused(@TempDir Path tmp) {
        String model = tmp.resolve("m.tsv").toString();
        assertRefused("--cross-validate holds out calibration batches: give --split calibration", "--split", "dev", "--cross-validate", "2,3");
        assertRefused("--cross-validate holds out calibration batches: give --split calibration", "--split", "dev", "--cross-validate-promotion", "2,3");
        assertRefused("--batches chooses the calibration texts a model is fitted on", "--split", "calibration", "--batches", "2");
        assertRefused("--train-also adds splits to a model's fit", "--split", "dev", "--train-also", "dev");
        assertRefused("give one of --classifier, --promotion", "--split", "dev", "--classifier", model, "--promotion", model);
        assertRefused("give one of --reliability, --classifier", "--split", "dev", "--reliability", model, "--classifier", model);
        assertRefused("--fit-classifier and --fit-promotion fit on one split", "--fit-classifier", model);
        assertRefused("--fit-classifier and --fit-promotion fit on one split", "--fit-promotion", model);
        assertRefused("strict labels", "--split", "dev", "--fit-promotion", model, "--match", "aligned");
        assertRefused("strict labels", "--split", "dev", "--fit-classifier", model, "--match", "aligned");
        // These run with --nlp none, which the promotion never runs with: scored, fitted or swept, it would be the raw rules.
        assertRefused("the candidate promotion reads the linguistic layer", "--split", "dev", "--promotion", model);
        assertRefused("the candidate promotion reads the linguistic layer", "--split", "dev", "--fit-promotion", model);
        assertRefused("the candidate promotion reads the linguistic layer", "--split", "calibration", "--cross-validate-promotion", "2,3");
        assertFalse(Files.exists(tmp.resolve("m.tsv")));
    }

    private static void assertRefused(String message, String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "eval";
        args[1] = "--resources";
        args[2] = FIXTURE.toString();
        args[3] = "--nlp";
        args[4] = "none";
        System.arraycopy(options, 0, args, 5, options.length);
        CliTest.Run r = CliTest.run(args);
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
    }
}
