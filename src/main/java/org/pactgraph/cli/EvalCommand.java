package org.pactgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pactgraph.eval.EvaluationReport;
import org.pactgraph.eval.Evaluator;
import org.pactgraph.extract.Extractor;
import org.pactgraph.extract.Gazetteer;
import org.pactgraph.load.GraphBuilder;
import org.pactgraph.load.InputFiles;
import org.pactgraph.model.Namespaces;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pactgraph eval}: scores the extractor against the gold standards. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Extracts each document that has a gold standard and prints precision, recall and F1 per relation",
                "type, per document and overall. Only the statements drawn from the text count, never the reference data."})
final class EvalCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;

    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "src/test/resources/extract/gold",
            description = "Gold standards, one {document}.ttl each (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folders to find the documents in, besides the data folder (default: src/test/resources/extract/corpus).")
    List<Path> corpus;

    @Option(names = "--show-errors", description = "List the statements each document missed and the ones it added.")
    boolean showErrors;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        InputFiles files = InputFiles.find(inputs.settings(Path.of("store")));
        List<Path> folders = new ArrayList<>(List.of(inputs.data));
        folders.addAll(corpus == null ? List.of(Path.of("src/test/resources/extract/corpus")) : corpus);
        Gazetteer gazetteer = Gazetteer.of(GraphBuilder.knownGraph(files));
        Evaluator evaluator = new Evaluator(gazetteer, new Extractor(gazetteer, files.annotator()));
        List<Evaluator.DocumentScore> scores = Evaluator.cases(gold, folders).stream().map(evaluator::score).toList();
        spec.commandLine().getOut().print(new EvaluationReport(Namespaces.standard()).render(scores, showErrors));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
