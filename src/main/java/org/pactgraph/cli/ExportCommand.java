package org.pactgraph.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pactgraph.export.ExportException;
import org.pactgraph.export.ExportFormat;
import org.pactgraph.export.ExportScope;
import org.pactgraph.export.Exporter;
import org.pactgraph.export.ServedDataset;
import org.pactgraph.store.Store;
import org.pactgraph.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pactgraph export}: streams the store, or one graph of it, in a standard RDF format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Streams the store's content as RDF: ttl, nt, nq, trig, jsonld or rdfxml, optionally gzipped.",
                "nq, trig and jsonld keep the named graphs; ttl, nt and rdfxml write the union of the graphs (or the one --graph).",
                "A store that 'pactgraph serve' serves is read through that server, from the generation it serves."})
final class ExportCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--format",
            description = "ttl, nt, nq, trig, jsonld or rdfxml (default: from the --output file's extension, else ttl).")
    String format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write to this file (replaced only when the export is complete) instead of standard output.")
    Path output;

    @Option(names = "--graph", paramLabel = "IRI", description = "Write only this named graph (default: every graph).")
    String graph;

    @Option(names = "--no-inferred", description = "Leave out the triples only the reasoner inferred (graph/inferred).")
    boolean noInferred;

    @Option(names = "--gzip", description = "Compress with gzip (implied by an --output name ending in .gz).")
    boolean gzip;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        boolean compress = gzip || (output != null && output.getFileName().toString().endsWith(".gz"));
        ExportFormat exportFormat = parseFormat();
        ExportScope scope = new ExportScope(Optional.ofNullable(graph), !noInferred);
        if (compress && output == null && System.console() != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--gzip writes binary data: give --output FILE or redirect standard output to a file");
        }
        if (output != null) checkWritable(output);
        Consumer<DatasetGraph> export = dsg -> {
            try {
                if (output == null) {
                    write(dsg, exportFormat, scope, compress ? CloseShieldOutputStream.wrap(System.out) : stdout(), compress);
                } else {
                    writeFile(dsg, exportFormat, scope, compress);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        Store source = store.resolve();
        Optional<URI> server = source instanceof TdbStore tdb ? ServedStore.of(tdb.dir()) : Optional.empty();
        if (server.isPresent()) {
            // A served store is read through its server, which reads the generation in use in one transaction.
            export.accept(ServedDataset.fetch(server.get()));
        } else {
            source.read(export);
        }
        if (output != null) {
            spec.commandLine().getErr().println("Wrote " + output + " (" + Files.size(output) + " bytes, " + exportFormat.title()
                    + (compress ? ", gzip" : "") + ")");
        }
        return 0;
    }

    private static void checkWritable(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new ExportException("Cannot write " + file + ": the folder " + folder + " does not exist",
                    "create it first or give another --output");
        }
        if (!Files.isWritable(folder)) {
            throw new ExportException("Cannot write " + file + ": the folder " + folder + " is not writable",
                    "check its permissions or give another --output");
        }
    }

    private void writeFile(DatasetGraph dsg, ExportFormat exportFormat, ExportScope scope, boolean compress) throws IOException {
        Path absolute = output.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            write(dsg, exportFormat, scope, new FileOutputStream(partial.toFile()), compress);
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void write(DatasetGraph dsg, ExportFormat exportFormat, ExportScope scope, OutputStream target, boolean compress)
            throws IOException {
        try (OutputStream out = compress ? new GZIPOutputStream(target, 1 << 16) : new BufferedOutputStream(target, 1 << 16)) {
            new Exporter().export(dsg, exportFormat, scope, out);
        }
    }

    private OutputStream stdout() {
        // Shielded: closing the export must not close the command line's writer.
        return CloseShieldOutputStream.wrap(WriterOutputStream.builder().setWriter(spec.commandLine().getOut())
                .setCharset(StandardCharsets.UTF_8).getUnchecked());
    }

    private ExportFormat parseFormat() {
        String name = format;
        if (name == null && output != null) {
            String file = output.getFileName().toString().replaceFirst("\\.gz$", "");
            name = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1) : "ttl";
            if (ExportFormat.byName(name).isEmpty()) name = "ttl";
        }
        if (name == null) name = "ttl";
        String given = name;
        return ExportFormat.byName(given).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "Unknown --format '" + given + "': expected ttl, nt, nq, trig, jsonld or rdfxml"));
    }
}
