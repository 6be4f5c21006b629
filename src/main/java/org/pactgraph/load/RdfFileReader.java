package org.pactgraph.load;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Parses one RDF file, turning the parser's first error into an {@link InputException} that
 * names the file, the line and column, and what the parser expected.
 */
final class RdfFileReader {
    private RdfFileReader() {}

    static Graph read(Path file) {
        String name = InputFiles.display(file);
        if (!Files.isReadable(file)) {
            throw new InputException(name + ": cannot be read", "check the file's permissions");
        }
        try {
            if (Files.size(file) == 0) {
                throw new InputException(name + ": the file is empty (0 bytes); expected RDF statements",
                        "restore its content or remove it");
            }
        } catch (java.io.IOException e) {
            throw new InputException(name + ": cannot be read (" + e.getMessage() + ")", "check the file's permissions", e);
        }
        Utf8Check.check(file, name);
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).lang(lang).errorHandler(new Strict(name)).parse(graph);
        } catch (InputException e) {
            throw refusedNul(e) ? nulAt(file, name) : e;
        } catch (RiotException e) {
            throw refusedNul(e) ? nulAt(file, name) : new InputException(name + ": " + e.getMessage(), "fix the RDF syntax at that place", e);
        }
        if (graph.isEmpty()) {
            throw new InputException(name + ": the file holds no triples; expected RDF statements",
                    "restore its content or remove it");
        }
        return graph;
    }

    private static boolean refusedNul(RuntimeException e) {
        return e.getMessage() != null && e.getMessage().contains(NulRefusingParsers.REFUSED);
    }

    /** The parsers refuse NUL without a position: the escape that wrote it gives one. */
    private static InputException nulAt(Path file, String name) {
        NulCharacter.Position at;
        try {
            at = NulCharacter.firstIn(Files.readString(file)).orElse(new NulCharacter.Position(0, 0));
        } catch (java.io.IOException e) {
            at = new NulCharacter.Position(0, 0);
        }
        return InputException.at(name, at.line(), at.column(), NulRefusingParsers.REFUSED, "remove the escape \\u0000 from the file");
    }

    /** Fails on the first error or warning, keeping its position. */
    private record Strict(String file) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            throw InputException.at(file, line, col, message, "fix the RDF at that place; PactGraph loads only clean data");
        }

        @Override
        public void error(String message, long line, long col) {
            throw InputException.at(file, line, col, message, "fix the RDF syntax at that place");
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw InputException.at(file, line, col, message, "fix the RDF syntax at that place");
        }
    }
}
