package org.pactgraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pactgraph.load.LoadReport;
import org.pactgraph.load.Loader;
import org.pactgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pactgraph load}: builds the graph from data/ and ontology/ into the store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Reads the ontology, the reference data and the announcements, extracts, validates and reasons,",
                "then replaces the store's content in one transaction. A failed load leaves the store as it was.",
                "With --store sparql:URL the graphs go to a remote SPARQL 1.1 store (see the README, 'Any SPARQL store')."})
final class LoadCommand implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin InputOptions inputs;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Store target = store.resolve();
        LoadReport report = new Loader().load(inputs.settings(java.nio.file.Path.of("store")), target);
        print(spec.commandLine().getOut(), report, target.location());
        return 0;
    }

    static void print(PrintWriter out, LoadReport report, String storeDir) {
        out.printf("Loaded %d document%s (%d extracted facts) into %s: %,d triples in %d graphs%n",
                report.documents(), report.documents() == 1 ? "" : "s", report.facts(), storeDir,
                report.totalTriples(), report.triplesByGraph().size());
        report.triplesByGraph().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.printf("  %,8d  %s%n", e.getValue(), e.getKey()));
        StringBuilder stages = new StringBuilder("  time:");
        report.millisByStage().forEach((k, v) -> stages.append(' ').append(k).append(' ').append(v).append(" ms"));
        out.println(stages);
        out.flush();
    }
}
