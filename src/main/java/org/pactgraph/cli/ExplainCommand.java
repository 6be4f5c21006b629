package org.pactgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pactgraph.reason.DerivationText;
import org.pactgraph.reason.Explainer;
import org.pactgraph.reason.NodeText;
import org.pactgraph.reason.NotEntailedException;
import org.pactgraph.reason.ProofText;
import org.pactgraph.reason.TermParser;
import org.pactgraph.store.StoreLock;
import org.pactgraph.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pactgraph explain S P O}: why a triple holds, as a tree of OWL 2 RL rules down to asserted triples. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explains why a triple holds in the store: the OWL 2 RL rule that concludes it (prp-trp, cax-sco ...),",
                "its axiom, and its premises, down to asserted triples with the sentence or curated source of each.",
                "Terms are prefixed names (porg:keio-university) with the standard prefixes and those the loaded ontologies declare,",
                "<IRI>s, 'a', or literals (\"50000000.0\"^^xsd:decimal)."})
final class ExplainCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--all", description = "Every derivation down to asserted triples, not only the shallowest one.")
    boolean all;

    @Parameters(index = "0", paramLabel = "SUBJECT", description = "The subject, such as porg:keio-university.")
    String subject;

    @Parameters(index = "1", paramLabel = "PREDICATE", description = "The predicate, such as pact:locatedIn or a.")
    String predicate;

    @Parameters(index = "2", paramLabel = "OBJECT", description = "The object, such as place:japan.")
    String object;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        TdbStore tdb = TdbStore.at(store.localDir("explain", "explanations search the store's indexes triple by triple"));
        try (StoreLock lock = StoreLock.acquire(tdb.dir())) {
            DatasetGraph dsg = tdb.open();
            try {
                String tree = Txn.calculateRead(dsg, () -> {
                    Explainer explainer = Explainer.over(dsg);
                    Triple t = triple(explainer.terms());
                    NodeText text = explainer.text();
                    if (all) {
                        return new ProofText(text).render(explainer.explainAll(t).orElseThrow(() -> new NotEntailedException(text.triple(t))));
                    }
                    return new DerivationText(text).render(explainer.explain(t).orElseThrow(() -> new NotEntailedException(text.triple(t))));
                });
                PrintWriter out = spec.commandLine().getOut();
                out.print(tree);
                out.flush();
            } finally {
                TdbStore.close(dsg);
            }
        }
        return 0;
    }

    private Triple triple(TermParser terms) {
        try {
            return terms.triple(subject, predicate, object);
        } catch (TermParser.BadTermException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.oneLine());
        }
    }
}
