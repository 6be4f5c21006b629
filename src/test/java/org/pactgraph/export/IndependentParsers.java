package org.pactgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Parsers that share no code with Jena: Raptor's {@code rapper} (Debian's raptor2-utils) for
 * Turtle, N-Triples, N-Quads and RDF/XML, and Python's rdflib (python3-rdflib) for TriG and
 * JSON-LD, which rapper does not read. Each prints N-Quads, which Jena then reads back: the
 * simplest of the formats, so that any difference lies in the format under test.
 */
final class IndependentParsers {
    static final Path RAPPER = Path.of("/usr/bin/rapper");
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private IndependentParsers() {}

    static void assertInstalled() {
        assertTrue(Files.isExecutable(RAPPER), "rapper is missing: ./pactgraph test installs it (apt-get install raptor2-utils)");
        assertTrue(Files.isExecutable(PYTHON) && run(List.of(PYTHON.toString(), "-c", "import rdflib")).exit == 0,
                "rdflib is missing: ./pactgraph test installs it (apt-get install python3-rdflib)");
    }

    /** The file as parsed by the independent parser for its format. */
    static DatasetGraph parse(Path file, ExportFormat format) {
        List<String> command = switch (format) {
            case TTL -> rapper(file, "turtle", "ntriples");
            case NT -> rapper(file, "ntriples", "ntriples");
            case NQ -> rapper(file, "nquads", "nquads");
            case RDFXML -> rapper(file, "rdfxml", "ntriples");
            case TRIG -> rdflib(file, "trig");
            case JSONLD -> rdflib(file, "json-ld");
        };
        Result r = run(command);
        assertEquals(0, r.exit, String.join(" ", command) + " failed: " + r.err);
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(r.out, Lang.NQUADS).parse(dsg);
        return dsg;
    }

    private static List<String> rapper(Path file, String in, String out) {
        return List.of(RAPPER.toString(), "--quiet", "-i", in, "-o", out, file.toString(), "https://example.org/base/");
    }

    private static List<String> rdflib(Path file, String format) {
        return List.of(PYTHON.toString(), "src/test/resources/export/to-nquads.py", file.toString(), format);
    }

    private record Result(int exit, String out, String err) {}

    private static Result run(List<String> command) {
        try {
            Path out = Files.createTempFile("pactgraph-parser-", ".out");
            Path err = Files.createTempFile("pactgraph-parser-", ".err");
            Process p = new ProcessBuilder(new ArrayList<>(command)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
            }
            Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
