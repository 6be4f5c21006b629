package org.pactgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pactgraph.model.Namespaces;
import org.pactgraph.reason.StoreCheck;
import org.pactgraph.store.StoreLock;
import org.pactgraph.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pactgraph check}: is the store consistent with its ontologies? */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Reasons over the store's asserted graphs again (user graphs written since the load included):",
                "reports every contradiction with the ontologies (disjoint classes, functional properties, ...) with the",
                "facts explained down to their sources, and says whether the inferred graph is up to date.",
                "Exit code 1 when the data contradicts the ontologies."})
final class CheckCommand implements Callable<Integer> {
    @Mixin StoreOption store;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        TdbStore tdb = TdbStore.at(store.localDir("check", "the reasoner reads every asserted graph of the store in one read transaction"));
        StoreCheck check;
        try (StoreLock lock = StoreLock.acquire(tdb.dir())) {
            DatasetGraph dsg = tdb.open();
            try {
                check = Txn.calculateRead(dsg, () -> StoreCheck.of(dsg, Namespaces.standard()));
            } finally {
                TdbStore.close(dsg);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!check.consistent()) {
            out.println(check.report());
            out.println("The store " + store.store + " contradicts its ontologies: change or remove the facts named above.");
        } else {
            out.printf("The store %s is consistent with its ontologies: %,d asserted triples entail %,d more (OWL 2 RL).%n",
                    store.store, check.asserted(), check.inferred());
        }
        if (check.upToDate()) {
            out.println("The inferred graph is up to date.");
        } else {
            out.printf("The inferred graph is out of date: %,d entailed triples are missing from it and %,d are no longer entailed"
                    + " - run 'pactgraph load' to rebuild it.%n", check.missing(), check.stale());
        }
        out.flush();
        return check.consistent() ? 0 : 1;
    }
}
