package org.pactgraph.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.RiotException;
import org.pactgraph.PactGraphException;
import org.pactgraph.load.InputFiles;

/**
 * The ontologies a load reads, as one model: every RDF file under the ontology folder but the
 * SHACL shapes, with the prefixes the files declare.
 */
public final class OntologyFolder {
    private static final List<String> RDF_EXTENSIONS = List.of(".ttl", ".nt", ".jsonld", ".rdf", ".owl");

    private OntologyFolder() {}

    /** Reads the folder, failing with the file and the parser's message when one is not valid RDF. */
    public static Model read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new PactGraphException("The ontology folder " + InputFiles.display(folder) + " does not exist",
                    "run from the PactGraph folder or give --ontology DIR");
        }
        Model model = ModelFactory.createDefaultModel();
        for (Path file : files(folder)) {
            try {
                RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(model);
            } catch (RiotException e) {
                throw new PactGraphException(InputFiles.display(file) + ": " + e.getMessage(), "correct the ontology file", e);
            }
        }
        if (model.isEmpty()) {
            throw new PactGraphException("The ontology folder " + InputFiles.display(folder) + " holds no ontology",
                    "give the folder with the ontology's .ttl files");
        }
        return model;
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(InputFiles.SHAPES_FILE))
                    .filter(p -> RDF_EXTENSIONS.stream().anyMatch(x -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(x)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new PactGraphException("The ontology folder " + InputFiles.display(folder) + " cannot be read: " + e.getMessage(),
                    "check its permissions", e);
        }
    }
}
