package org.pactgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pactgraph.generate.CorpusGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pactgraph generate}: writes a synthetic corpus with its reference data and gold standard. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic corpus of N announcements in five voices, deterministic for the seed:",
                "DIR/data/announcements/*.md, DIR/data/reference/*.ttl and DIR/gold/*.ttl. Load it with",
                "'pactgraph load --data DIR/data', score it with 'pactgraph eval --gold DIR/gold --corpus DIR/data/announcements'."})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--docs", required = true, paramLabel = "N", description = "How many documents.")
    int docs;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "The seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "An empty or new folder (never the project's data/).")
    Path out;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CorpusGenerator.Result r = new CorpusGenerator().generate(new CorpusGenerator.Settings(docs, seed, out));
        spec.commandLine().getOut().printf("Generated %,d documents (%,d bytes of text) with seed %d into %s in %,d ms (%,.0f documents/s)%n",
                r.documents(), r.bytes(), seed, out, r.millis(), r.documents() * 1000.0 / Math.max(1, r.millis()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
