package org.pactgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.pactgraph.export.ExportFormat;
import org.pactgraph.export.Exporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pactgraph export}: writes the store in a standard RDF format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the store's content as RDF: ttl, nt, nq, trig, jsonld or rdfxml.")
final class ExportCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--format", defaultValue = "ttl",
            description = "ttl, nt, nq, trig, jsonld or rdfxml (default: ${DEFAULT-VALUE}). nq, trig and jsonld keep the named graphs.")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExportFormat exportFormat = parseFormat();
        store.resolve().read(dsg -> {
            try (OutputStream out = open()) {
                new Exporter().export(dsg, exportFormat, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (output != null) {
            spec.commandLine().getErr().println("Wrote " + output + " (" + Files.size(output) + " bytes)");
        }
        return 0;
    }

    private OutputStream open() {
        if (output == null) {
            return WriterOutputStream.builder().setWriter(spec.commandLine().getOut()).setCharset(StandardCharsets.UTF_8).getUnchecked();
        }
        try {
            return new BufferedOutputStream(Files.newOutputStream(output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ExportFormat parseFormat() {
        try {
            return ExportFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Unknown --format '" + format + "': expected ttl, nt, nq, trig, jsonld or rdfxml");
        }
    }
}
