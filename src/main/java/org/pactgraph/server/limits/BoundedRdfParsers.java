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
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * Bounds what parsing RDF sent to the server may cost, for every reader of the process (the
 * Graph Store, uploads): RDF/XML is read through {@link XmlEntityBounds}, since the Xerces parser
 * Jena uses expands entities without limit (a 1.1 KB document of nested entities ran the server
 * out of heap in 19 s), and a document nested deeper than a parser's stack (JSON-LD arrays
 * 200,000 deep) is refused with a reason instead of a 500 with an empty body. RDF a client sends
 * ({@link #sentByClient}) adds no prefixes to the store: TDB2 keeps one prefix table for the whole
 * dataset, so a writer's Turtle of 20,000 {@code @prefix} lines stayed after its graph was
 * dropped, and every anonymous Turtle answer carried them (a DESCRIBE of one resource: 1 MB).
 */
final class BoundedRdfParsers {
    private static boolean installed;
    /** Set by {@link BodyReads} while a client's RDF body is read on this thread. */
    private static final ThreadLocal<Boolean> SENT_BY_CLIENT = ThreadLocal.withInitial(() -> false);

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

    /** Runs the request with the RDF parsed on this thread taken as sent by a client. */
    static void sentByClient(IORunnable request) throws java.io.IOException, jakarta.servlet.ServletException {
        SENT_BY_CLIENT.set(true);
        try {
            request.run();
        } finally {
            SENT_BY_CLIENT.set(false);
        }
    }

    /** A request that may fail as a servlet does. */
    interface IORunnable {
        void run() throws java.io.IOException, jakarta.servlet.ServletException;
    }

    /** The parser's output, without the prefixes when a client sent the RDF. */
    private static StreamRDF output(StreamRDF output) {
        return !SENT_BY_CLIENT.get() ? output : new StreamRDFWrapper(output) {
            @Override
            public void prefix(String prefix, String iri) {
                // the store's prefixes are the project's, not a writer's
            }
        };
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
                        reader.read(body, baseURI, ct, output(output), context);
                    } catch (StackOverflowError e) {
                        throw tooDeep(language);
                    }
                }

                @Override
                public void read(Reader in, String baseURI, ContentType ct, StreamRDF output, Context context) {
                    try {
                        reader.read(in, baseURI, ct, output(output), context);
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
