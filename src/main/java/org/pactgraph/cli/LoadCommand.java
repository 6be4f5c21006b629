package org.pactgraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pactgraph.load.LoadPipeline;
import org.pactgraph.load.LoadProgress;
import org.pactgraph.load.LoadReport;
import org.pactgraph.load.Loader;
import org.pactgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pactgraph load}: builds the graph from data/ and ontology/ into the store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Reads the ontology, the reference data and the announcements, extracts, validates and reasons,",
                "then replaces the store's content: a local store is written by TDB2's bulk loader into a fresh generation",
                "that replaces the one in use when complete, with progress on standard error. A failed load leaves the store as it was.",
                "With --store sparql:URL the graphs go to a remote SPARQL 1.1 store (see the README, 'Any SPARQL store')."})
final class LoadCommand implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin InputOptions inputs;
    @CommandLine.Option(names = "--threads", paramLabel = "N",
            description = "Threads that extract and validate documents (default: the number of processors, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @CommandLine.Option(names = "--quiet", description = "Show no progress on standard error.")
    boolean quiet;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        Store target = store.resolve();
        LoadProgress progress = quiet ? LoadProgress.silent() : LoadProgress.onStandardError();
        LoadReport report = new Loader(LoadPipeline.Options.of(threads, progress)).load(inputs.settings(java.nio.file.Path.of("store")), target);
        print(spec.commandLine().getOut(), report, target.location());
        return 0;
    }

    /** Above this many graphs, the document graphs are summed up in one line. */
    private static final int MAX_GRAPHS_LISTED = 20;
    private static final String DOCUMENT_GRAPHS = org.pactgraph.model.Iris.documentGraph("");

    static void print(PrintWriter out, LoadReport report, String storeDir) {
        if (report.kind().equals("full")) {
            out.printf("Loaded %d document%s (%d extracted facts) into %s: %,d triples in %d graphs%n",
                    report.documents(), report.documents() == 1 ? "" : "s", report.facts(), storeDir,
                    report.totalTriples(), report.triplesByGraph().size());
        } else {
            out.printf("Loaded %s (%s): %d document%s extracted (%d facts), %d graph%s written, graph/inferred %+,d triples%n",
                    storeDir, report.kind(), report.documents(), report.documents() == 1 ? "" : "s", report.facts(),
                    report.triplesByGraph().size() - 1, report.triplesByGraph().size() == 2 ? "" : "s",
                    report.triplesByGraph().getOrDefault(org.pactgraph.model.Iris.INFERRED_GRAPH, 0L));
        }
        Map<String, Long> graphs = report.triplesByGraph();
        boolean many = graphs.size() > MAX_GRAPHS_LISTED;
        graphs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> !many || !e.getKey().startsWith(DOCUMENT_GRAPHS))
                .forEach(e -> out.printf("  %,8d  %s%n", e.getValue(), e.getKey()));
        if (many) {
            long documents = graphs.entrySet().stream().filter(e -> e.getKey().startsWith(DOCUMENT_GRAPHS)).mapToLong(Map.Entry::getValue).sum();
            out.printf("  %,8d  in %,d graphs %s...%n", documents, graphs.keySet().stream().filter(k -> k.startsWith(DOCUMENT_GRAPHS)).count(), DOCUMENT_GRAPHS);
        }
        if (!report.demoted().isEmpty()) {
            out.printf("  %d extracted fact%s broke shapes and went to review instead (pact:needsReview, with pact:reviewReason; see 'pactgraph review'):%n",
                    report.demoted().size(), report.demoted().size() == 1 ? "" : "s");
            report.demotedByShape().forEach((shape, n) -> out.printf("  %,8d  %s, from %s%n", n, shape, String.join(", ", report.demotedDocuments(shape))));
        }
        StringBuilder stages = new StringBuilder("  time:");
        report.millisByStage().forEach((k, v) -> stages.append(' ').append(k).append(' ').append(v).append(" ms"));
        out.println(stages);
        out.flush();
    }
}
