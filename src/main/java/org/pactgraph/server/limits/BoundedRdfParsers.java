package org.pactgraph.server.limits;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.ReaderRIOT;
import org.apache.jena.riot.ReaderRIOTFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * Bounds what parsing RDF sent to the server may cost, for every reader of the process (the
 * Graph Store, uploads): RDF/XML is read through {@link XmlEntityBounds}, since the Xerces parser
 * Jena uses expands entities without limit (a 1.1 KB document of nested entities ran the server
 * out of heap in 19 s), and a document nested deeper than a parser's stack (JSON-LD arrays
 * 200,000 deep) is refused with a reason instead of a 500 with an empty body.
 */
final class BoundedRdfParsers {
    private static boolean installed;

    private BoundedRdfParsers() {}

    /** Wraps each registered reader, once per process. */
    static synchronized void install() {
        if (installed) return;
        JenaSystem.init();
        List<Lang> triples = new ArrayList<>(RDFParserRegistry.registeredLangTriples());
        List<Lang> quads = new ArrayList<>(RDFParserRegistry.registeredLangQuads());
        for (Lang lang : triples) RDFParserRegistry.registerLangTriples(lang, bounded(RDFParserRegistry.getFactory(lang)));
        for (Lang lang : quads) RDFParserRegistry.registerLangQuads(lang, bounded(RDFParserRegistry.getFactory(lang)));
        installed = true;
    }

    private static ReaderRIOTFactory bounded(ReaderRIOTFactory factory) {
        return (language, profile) -> {
            ReaderRIOT reader = factory.create(language, profile);
            boolean xml = RDFLanguages.RDFXML.equals(language);
            return new ReaderRIOT() {
                @Override
                public void read(InputStream in, String baseURI, ContentType ct, StreamRDF output, Context context) {
                    InputStream body = xml ? new XmlEntityBounds(in) : in;
                    try {
                        reader.read(body, baseURI, ct, output, context);
                    } catch (StackOverflowError e) {
                        throw tooDeep(language);
                    }
                }

                @Override
                public void read(Reader in, String baseURI, ContentType ct, StreamRDF output, Context context) {
                    try {
                        reader.read(in, baseURI, ct, output, context);
                    } catch (StackOverflowError e) {
                        throw tooDeep(language);
                    }
                }
            };
        };
    }

    private static RiotException tooDeep(Lang language) {
        return new RiotException("The " + language.getLabel() + " document nests deeper than this server's parser can follow;"
                + " write it flatter (nested blank nodes, arrays or objects as separate statements)");
    }
}
