package org.pactgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pactgraph.eval.EvaluationReport;
import org.pactgraph.eval.Evaluator;
import org.pactgraph.eval.Split;
import org.pactgraph.extract.Extractor;
import org.pactgraph.extract.Gazetteer;
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
                "type, per document and overall, for each split (the invented corpus, the real texts' development and",
                "test splits). Only the statements drawn from the text count, never the reference data."})
final class EvalCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;

    @Option(names = "--split", paramLabel = "NAME", defaultValue = "all",
            description = "invented, dev, test, or all: every split whose gold folder exists (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--resources", paramLabel = "DIR", defaultValue = "src/test/resources/extract",
            description = "Folder of the splits: gold/ and corpus/ (invented), real/gold-dev/ and real/dev/, real/gold-test/ and real/test/ "
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

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        InputFiles files = InputFiles.find(inputs.settings(Path.of("store")));
        Gazetteer gazetteer = Gazetteer.of(InputGraphs.knownGraph(files));
        Evaluator evaluator = new Evaluator(gazetteer, new Extractor(gazetteer, files.annotator()));
        EvaluationReport report = new EvaluationReport(Namespaces.standard());
        if (gold != null) {
            List<Path> folders = new ArrayList<>(List.of(inputs.data));
            folders.addAll(corpus == null ? List.of(Path.of("src/test/resources/extract/corpus")) : corpus);
            spec.commandLine().getOut().print(report.render(Evaluator.cases(gold, folders).stream().map(evaluator::score).toList(), showErrors));
        } else {
            List<EvaluationReport.SplitScores> scores = Split.named(split, resources, inputs.data).stream()
                    .map(s -> new EvaluationReport.SplitScores(s, Evaluator.cases(s.gold(), s.documents()).stream().map(evaluator::score).toList()))
                    .toList();
            spec.commandLine().getOut().print(report.renderSplits(scores, showErrors));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
