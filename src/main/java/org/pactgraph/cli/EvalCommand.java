package org.pactgraph.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pactgraph.eval.Agreement;
import org.pactgraph.eval.CalibrationBatches;
import org.pactgraph.eval.ClassifierFit;
import org.pactgraph.eval.CrossValidation;
import org.pactgraph.eval.EvaluationException;
import org.pactgraph.eval.EvaluationReport;
import org.pactgraph.eval.LabelledStatements;
import org.pactgraph.eval.Evaluator;
import org.pactgraph.eval.Matching;
import org.pactgraph.eval.ReliabilityFit;
import org.pactgraph.eval.Split;
import org.pactgraph.extract.Extractor;
import org.pactgraph.extract.CandidatePromotion;
import org.pactgraph.extract.Gazetteer;
import org.pactgraph.extract.Reliability;
import org.pactgraph.extract.RuleReliability;
import org.pactgraph.extract.StatementClassifier;
import org.pactgraph.load.InputGraphs;
import org.pactgraph.load.InputFiles;
import org.pactgraph.model.Namespaces;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pactgraph eval}: scores the extractor against the gold standards, split by split. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Extracts each document that has a gold standard and prints precision, recall and F1 per relation",
                "type, per document and overall, for each split (the invented corpus, the real texts' development,",
                "calibration and test splits). Only the statements drawn from the text count, never the reference data.",
                "With --agreement A B, scores the gold standards of folder B against those of folder A instead: nothing is extracted.",
                "With --fit-classifier, --classifier and --cross-validate, fits, applies or cross-validates the statement classifier",
                "(PACTGRAPH_RELIABILITY=classifier): a learned probability that each asserted statement is right, which caps its confidence.",
                "With --fit-promotion, --promotion and --cross-validate-promotion, the same for the candidate promotion",
                "(PACTGRAPH_PROMOTION=model): a learned probability that each candidate for review is right, which asserts it when high."})
final class EvalCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;

    @Option(names = "--split", paramLabel = "NAME", defaultValue = "all",
            description = "invented, dev, calibration, test, or all: every split whose gold folder exists (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--resources", paramLabel = "DIR", defaultValue = "src/test/resources/extract",
            description = "Folder of the splits: gold/ and corpus/ (invented), real/gold-dev/ and real/dev/, real/gold-calibration/ and "
                    + "real/calibration/, real/gold-test/ and real/test/ "
                    + "(default: ${DEFAULT-VALUE}).")
    Path resources;

    @Option(names = "--gold", paramLabel = "DIR",
            description = "Score one folder of gold standards, one {document}.ttl each, instead of the splits.")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR", description = "With --gold: folders to find its documents in, besides the data folder "
            + "(default: src/test/resources/extract/corpus).")
    List<Path> corpus;

    @Option(names = "--show-errors", description = "List the statements each document missed and the ones it added.")
    boolean showErrors;

    @Option(names = "--by-rule", description = "After each split's tables, its asserted statements per rule and relation type: "
            + "found, correct, precision, and the reliability a table fitted on them would give.")
    boolean byRule;

    @Option(names = "--fit-reliability", paramLabel = "FILE", description = "Score one split (or one --gold folder) with the raw rules "
            + "(no reliability table) and write its table of rule reliability to FILE; the build's table is fitted on the calibration split only.")
    Path fitReliability;

    @Option(names = "--reliability", paramLabel = "FILE", description = "Score with the table of rule reliability in FILE "
            + "(as --fit-reliability writes it) instead of the build's: a table fitted on one part of a split, scored on the other.")
    Path reliability;

    @Option(names = "--fit-classifier", paramLabel = "FILE", description = "Fit the statement classifier (a logistic regression over "
            + "each asserted statement's features, labelled right or wrong by strict matching) on the raw rules' statements of one split "
            + "(or one --gold folder), only its --batches when given, and of the --train-also splits, and write it to FILE. The build's "
            + "model: --split calibration --batches 2,3,4,5,6,7 --train-also dev.")
    Path fitClassifier;

    @Option(names = "--classifier", paramLabel = "FILE", description = "Score with the statement classifier in FILE (as --fit-classifier "
            + "writes it): each statement's confidence becomes the lesser of its binding's and the model's probability that it is right.")
    Path classifier;

    @Option(names = "--cross-validate", paramLabel = "BATCHES", split = ",", description = "With --split calibration: leave each of "
            + "these calibration batches (real/calibration/batches.tsv) out in turn; fit the classifier on the --train-also splits and "
            + "the other batches, the table on the other batches (aligned matching); score the batch left out, strict, with the raw "
            + "rules, the table and the classifier; print each fold and the pooled total.")
    List<Integer> crossValidate;

    @Option(names = "--fit-promotion", paramLabel = "FILE", description = "Fit the candidate promotion (a logistic regression over "
            + "each candidate for review's features, labelled right or wrong by strict matching) on the raw rules' candidates of one split, "
            + "only its --batches when given, and of the --train-also splits; write it to FILE and print the candidates per relation. The "
            + "build's model: --split calibration --batches 2,3,4,5,6,7,8,9,10,11 --train-also dev.")
    Path fitPromotion;

    @Option(names = "--promotion", paramLabel = "FILE", description = "Score with the candidate promotion in FILE (as --fit-promotion "
            + "writes it) at the build's threshold: each candidate the model gives at least that is asserted (only with the linguistic layer).")
    Path promotion;

    @Option(names = "--cross-validate-promotion", paramLabel = "BATCHES", split = ",", description = "With --split calibration: leave each "
            + "of these calibration batches out in turn; fit the candidate promotion on the --train-also splits and the other batches; score "
            + "the batch left out, strict, with the raw rules and the promotion at thresholds 0.5 to 0.9; print each fold, the pooled "
            + "totals, the threshold the pre-stated rule chooses, and the pooled totals per relation.")
    List<Integer> crossValidatePromotion;

    @Option(names = "--train-also", paramLabel = "SPLIT", split = ",", description = "Splits whose statements the classifier is also "
            + "fitted on, with --fit-classifier or --cross-validate (dev for the build's model).")
    List<String> trainAlso = List.of();

    @Option(names = "--batches", paramLabel = "BATCHES", split = ",", description = "With --fit-classifier and --split calibration: "
            + "only the texts of these batches (real/calibration/batches.tsv).")
    List<Integer> batches;

    @Option(names = "--match", paramLabel = "MODE", defaultValue = "strict",
            description = "strict: IRI for IRI; aligned: first pair each node the extraction minted with a gold node of its kind, "
                    + "on evidence (same name or a shared statement), so as to match most statements, and rename it (default: ${DEFAULT-VALUE}).")
    String match;

    @Option(names = "--agreement", arity = "2", paramLabel = "DIR",
            description = "Score the gold standards of the second folder against those of the first (as gold), file by file, "
                    + "per relation and document; files in one folder only are listed. Needs no extractor.")
    List<Path> agreement;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Matching matching = matching();
        if (agreement != null) return agreement(matching);
        if (fitReliability != null && gold == null && split.equals("all")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--fit-reliability fits on one split: give --split NAME "
                    + "(calibration for the build's table) or --gold DIR, not all");
        }
        if (fitReliability != null && reliability != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--fit-reliability fits with the raw rules, so --reliability "
                    + "has nothing to do there: give one of them");
        }
        checkClassifierOptions();
        InputFiles files = InputFiles.find(inputs.settings(Path.of("store")));
        Gazetteer gazetteer = Gazetteer.of(InputGraphs.knownGraph(files));
        if (fitReliability != null) return fit(gazetteer, files, matching);
        if (fitClassifier != null) return fitClassifier(gazetteer, files);
        if (crossValidate != null) return crossValidate(gazetteer, files);
        PromotionRuns promotions = new PromotionRuns(gazetteer, files.annotator(), spec.commandLine().getOut());
        if (fitPromotion != null) {
            TrainingSet set = trainingSet();
            return promotions.fit(set.cases(), set.trainedOn(), fitPromotion, command());
        }
        if (crossValidatePromotion != null) return promotions.crossValidate(calibrationFolds(crossValidatePromotion), trainAlsoCases(), trainAlso);
        Extractor extractor = reliability != null ? new Extractor(gazetteer, files.annotator(), RuleReliability.fromFile(reliability))
                : classifier != null ? new Extractor(gazetteer, files.annotator(), StatementClassifier.fromFile(classifier))
                : promotion != null ? new Extractor(gazetteer, files.annotator(), Reliability.configured(),
                        CandidatePromotion.of(CandidatePromotion.modelFromFile(promotion), CandidatePromotion.SHIPPED_THRESHOLD))
                : new Extractor(gazetteer, files.annotator());
        Evaluator evaluator = new Evaluator(extractor, matching);
        EvaluationReport report = new EvaluationReport(Namespaces.standard(), matching);
        if (gold != null) {
            List<Evaluator.DocumentScore> scores = Evaluator.cases(gold, goldFolderDocuments()).stream().map(evaluator::score).toList();
            spec.commandLine().getOut().print(report.render(scores, showErrors));
            if (byRule) spec.commandLine().getOut().print("\n" + report.renderByRule(scores));
        } else {
            List<EvaluationReport.SplitScores> scores = Split.named(split, resources, inputs.data).stream()
                    .map(s -> new EvaluationReport.SplitScores(s, Evaluator.cases(s.gold(), s.documents()).stream().map(evaluator::score).toList()))
                    .toList();
            spec.commandLine().getOut().print(report.renderSplits(scores, showErrors, byRule));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Refuses the classifier's options where they would be ignored or contradict one another. */
    private void checkClassifierOptions() {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        List<String> modes = List.of("--fit-reliability", "--reliability", "--fit-classifier", "--classifier", "--cross-validate",
                        "--fit-promotion", "--promotion", "--cross-validate-promotion").stream()
                .filter(parsed::hasMatchedOption).toList();
        if (modes.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give one of " + String.join(", ", modes)
                    + ": each scores or fits in its own way");
        }
        boolean fits = fitClassifier != null || fitPromotion != null;
        boolean crossValidates = crossValidate != null || crossValidatePromotion != null;
        if ((fits || crossValidates) && !match.equals("strict")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the models are fitted and cross-validated with strict labels: "
                    + "leave out --match (the cross-validation's table is fitted aligned by itself)");
        }
        if (crossValidates && (gold != null || !split.equals("calibration"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cross-validate holds out calibration batches: give --split calibration");
        }
        if (fits && gold == null && split.equals("all")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--fit-classifier and --fit-promotion fit on one split: give --split NAME "
                    + "(calibration, with --train-also dev, for the build's model) or --gold DIR, not all");
        }
        if (batches != null && (!fits || !split.equals("calibration") || gold != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batches chooses the calibration texts a model is fitted on: "
                    + "give it with --fit-classifier or --fit-promotion, and --split calibration");
        }
        if (!trainAlso.isEmpty() && !fits && !crossValidates) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--train-also adds splits to a model's fit: give it with "
                    + "--fit-classifier, --cross-validate, --fit-promotion or --cross-validate-promotion");
        }
        // The extractor leaves the promotion out without the layer: a fit would never be used, a score or sweep would be the raw rules'.
        if ((fitPromotion != null || promotion != null || crossValidatePromotion != null) && inputs.nlp == InputOptions.Nlp.none) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the candidate promotion reads the linguistic layer and is left "
                    + "out without it: leave out --nlp none (and PACTGRAPH_NLP=none)");
        }
    }

    /** The cases of the --train-also splits. */
    private List<Evaluator.Case> trainAlsoCases() {
        List<Evaluator.Case> cases = new ArrayList<>();
        for (String name : trainAlso) {
            if (name.equals("all")) throw new CommandLine.ParameterException(spec.commandLine(), "--train-also names splits one by one, not all");
            Split s = Split.named(name, resources, inputs.data).get(0);
            cases.addAll(Evaluator.cases(s.gold(), s.documents()));
        }
        return cases;
    }

    /** The documents a model is fitted on, and how its provenance names them. */
    private record TrainingSet(List<Evaluator.Case> cases, String trainedOn) {}

    /** The cases of one split (its chosen batches) and of the --train-also splits. */
    private TrainingSet trainingSet() {
        Split s = gold != null ? new Split(String.valueOf(gold.toAbsolutePath().normalize().getFileName()), gold, goldFolderDocuments())
                : Split.named(split, resources, inputs.data).get(0);
        List<Evaluator.Case> cases = Evaluator.cases(s.gold(), s.documents());
        if (batches != null) cases = CalibrationBatches.read(s.documents().get(0)).in(cases, new java.util.TreeSet<>(batches));
        String trainedOn = s.name() + (batches == null ? "" : " batches " + batches) + (trainAlso.isEmpty() ? "" : " and " + trainAlso);
        cases = new ArrayList<>(cases);
        cases.addAll(trainAlsoCases());
        return new TrainingSet(cases, trainedOn);
    }

    /** Fits the statement classifier on one split (its chosen batches) and the --train-also splits, and writes it. */
    private int fitClassifier(Gazetteer gazetteer, InputFiles files) {
        TrainingSet set = trainingSet();
        List<Evaluator.Case> cases = set.cases();
        String trainedOn = set.trainedOn();
        List<LabelledStatements.Labelled> statements = LabelledStatements.of(gazetteer, files.annotator(), cases);
        StatementClassifier model = ClassifierFit.fit(statements);
        String command = command();
        ReliabilityFit.writeTo(fitClassifier, ClassifierFit.write(command, Instant.now(), files.annotator().version(), trainedOn, cases,
                statements, model), "--fit-classifier");
        spec.commandLine().getOut().printf("fitted the statement classifier on %s: %d documents, %d asserted statements, %d right; "
                + "%d features, wrote %s%n", trainedOn, cases.size(), statements.size(), statements.stream().filter(LabelledStatements.Labelled::right).count(),
                model.weights().size(), fitClassifier);
        spec.commandLine().getOut().print(ClassifierFit.largestWeights(model, 20));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Leave-one-batch-out over the calibration batches given: raw, table and classifier per fold and pooled. */
    private int crossValidate(Gazetteer gazetteer, InputFiles files) {
        List<CrossValidation.FoldScore> scores = new CrossValidation(gazetteer, files.annotator()).run(trainAlsoCases(), calibrationFolds(crossValidate));
        spec.commandLine().getOut().printf("leave one calibration batch out of %s; classifier also fitted on %s; strict scores%n",
                crossValidate, trainAlso.isEmpty() ? "nothing else" : trainAlso);
        spec.commandLine().getOut().print(CrossValidation.render(scores));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The command as given, for a fitted file's provenance. */
    private String command() {
        return "pactgraph " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    /** One fold per calibration batch given. */
    private List<CalibrationBatches.Fold> calibrationFolds(List<Integer> heldOut) {
        Split s = Split.named("calibration", resources, inputs.data).get(0);
        return CalibrationBatches.read(s.documents().get(0)).folds(Evaluator.cases(s.gold(), s.documents()), heldOut);
    }

    private Matching matching() {
        try {
            return Matching.named(match);
        } catch (EvaluationException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.oneLine());
        }
    }

    /** Scores the second folder of --agreement against the first and prints the report. */
    private int agreement(Matching matching) {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        List<String> others = List.of("--split", "--gold", "--corpus", "--by-rule", "--fit-reliability", "--reliability", "--fit-classifier",
                        "--classifier", "--cross-validate", "--train-also", "--batches", "--fit-promotion", "--promotion",
                        "--cross-validate-promotion").stream()
                .filter(parsed::hasMatchedOption).toList();
        if (!others.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--agreement compares two folders of gold standards and extracts nothing: "
                    + "leave out " + String.join(", ", others));
        }
        Agreement.Result result = Agreement.of(agreement.get(0), agreement.get(1), matching);
        spec.commandLine().getOut().print(new EvaluationReport(Namespaces.standard(), matching).renderAgreement(result, showErrors));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Where the documents of a --gold folder are looked for: the data folder and the --corpus folders. */
    private List<Path> goldFolderDocuments() {
        List<Path> folders = new ArrayList<>(List.of(inputs.data));
        folders.addAll(corpus == null ? List.of(Path.of("src/test/resources/extract/corpus")) : corpus);
        return folders;
    }

    /** Scores one split (or the --gold folder, named by its folder) with the raw rules, prints its report with the table per rule, and writes the fitted table. */
    private int fit(Gazetteer gazetteer, InputFiles files, Matching matching) {
        Split s = gold != null ? new Split(String.valueOf(gold.toAbsolutePath().normalize().getFileName()), gold, goldFolderDocuments())
                : Split.named(split, resources, inputs.data).get(0);
        Evaluator raw = new Evaluator(new Extractor(gazetteer, files.annotator(), RuleReliability.NONE), matching);
        List<Evaluator.Case> cases = Evaluator.cases(s.gold(), s.documents());
        List<Evaluator.DocumentScore> scores = cases.stream().map(raw::score).toList();
        String command = command();
        RuleReliability table = ReliabilityFit.table(scores);
        ReliabilityFit.writeTo(fitReliability, ReliabilityFit.write(command, Instant.now(), files.annotator().version(), s, cases, table),
                "--fit-reliability");
        EvaluationReport report = new EvaluationReport(Namespaces.standard(), matching);
        spec.commandLine().getOut().print(report.renderSplits(List.of(new EvaluationReport.SplitScores(s, scores)), showErrors, true));
        spec.commandLine().getOut().printf("%nwrote %d readings (rule, relation, names) fitted on %d documents of the %s split to %s%n",
                table.counts().size(), cases.size(), s.name(), fitReliability);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
