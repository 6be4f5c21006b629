package org.pactgraph.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.pactgraph.extract.Document;
import org.pactgraph.extract.Extraction;
import org.pactgraph.extract.ExtractionReview;
import org.pactgraph.extract.Extractor;
import org.pactgraph.extract.Gazetteer;
import org.pactgraph.extract.StatementMapper;
import org.pactgraph.load.DocumentReader;
import org.pactgraph.load.InputGraphs;
import org.pactgraph.load.InputFiles;
import org.pactgraph.model.Namespaces;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pactgraph extract}: shows what the extractor draws from one document, for review. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts one announcement with the reference data and prints each statement under the sentence it",
                "comes from (text), or the document's graph with its evidence (ttl). Nothing is written to the store."})
final class ExtractCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;

    @Option(names = "--format", defaultValue = "text", description = "text or ttl (default: ${DEFAULT-VALUE}).")
    String format;

    @Parameters(paramLabel = "FILE", description = "An announcement (.md, .txt or .html, UTF-8); a YYYY-MM-DD- name prefix gives its date.")
    Path file;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("ttl")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown --format '" + format + "': expected text or ttl");
        }
        Document doc = DocumentReader.read(file);
        InputFiles files = InputFiles.find(inputs.settings(Path.of("store")));
        Extraction extraction = new Extractor(Gazetteer.of(InputGraphs.knownGraph(files)), files.annotator()).extract(doc);
        extraction.unreadNotes().forEach(spec.commandLine().getErr()::println);
        if (format.equals("ttl")) {
            Graph g = new StatementMapper().toGraph(extraction);
            g.getPrefixMapping().setNsPrefixes(Namespaces.standard());
            StringWriter ttl = new StringWriter();
            RDFDataMgr.write(ttl, g, RDFFormat.TURTLE_PRETTY);
            spec.commandLine().getOut().print(ttl);
        } else {
            spec.commandLine().getOut().print(new ExtractionReview(Namespaces.standard()).render(extraction));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

}
