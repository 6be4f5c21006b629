package org.pactgraph.docs;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.RiotException;
import org.pactgraph.PactGraphException;
import org.pactgraph.load.InputFiles;

/**
 * The ontologies a load reads, as one model: the files {@link InputFiles#ontologyFiles} picks,
 * with the prefixes the files declare.
 */
public final class OntologyFolder {
    private OntologyFolder() {}

    /** Reads the folder, failing with the file and the parser's message when one is not valid RDF. */
    public static Model read(Path folder) {
        Model model = ModelFactory.createDefaultModel();
        for (Path file : InputFiles.ontologyFiles(folder)) {
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
}
