package org.pactgraph.load;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.ReaderRIOT;
import org.apache.jena.riot.ReaderRIOTFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * Every RDF parser of the process refuses a statement holding U+0000 ({@link NulCharacter}):
 * the load's files and the server's Graph Store writes alike, in any format. A Jena subsystem
 * (listed in {@code META-INF/services}) that wraps each registered reader, after
 * {@link LocalContextsOnly} has put its JSON-LD reader in place.
 */
public final class NulRefusingParsers implements JenaSubsystemLifecycle {
    /** The message of the parse error; the load adds the file, line and column. */
    public static final String REFUSED = "a literal or IRI holds " + NulCharacter.FOUND + "; expected text without it";

    @Override
    public void start() {
        List<Lang> triples = new ArrayList<>(RDFParserRegistry.registeredLangTriples());
        List<Lang> quads = new ArrayList<>(RDFParserRegistry.registeredLangQuads());
        for (Lang lang : triples) RDFParserRegistry.registerLangTriples(lang, refusing(RDFParserRegistry.getFactory(lang)));
        for (Lang lang : quads) RDFParserRegistry.registerLangQuads(lang, refusing(RDFParserRegistry.getFactory(lang)));
    }

    @Override
    public void stop() {}

    /** After {@link LocalContextsOnly}. */
    @Override
    public int level() {
        return 501;
    }

    private static ReaderRIOTFactory refusing(ReaderRIOTFactory factory) {
        return (language, profile) -> {
            ReaderRIOT reader = factory.create(language, profile);
            return new ReaderRIOT() {
                @Override
                public void read(InputStream in, String baseURI, ContentType ct, StreamRDF output, Context context) {
                    reader.read(in, baseURI, ct, new Refusing(output), context);
                }

                @Override
                public void read(Reader in, String baseURI, ContentType ct, StreamRDF output, Context context) {
                    reader.read(in, baseURI, ct, new Refusing(output), context);
                }
            };
        };
    }

    private static final class Refusing extends StreamRDFWrapper {
        Refusing(StreamRDF other) {
            super(other);
        }

        @Override
        public void triple(Triple t) {
            if (NulCharacter.in(t)) throw new RiotException(REFUSED);
            super.triple(t);
        }

        @Override
        public void quad(Quad q) {
            if (NulCharacter.in(q.asTriple()) || q.getGraph().isURI() && q.getGraph().getURI().indexOf('\0') >= 0) {
                throw new RiotException(REFUSED);
            }
            super.quad(q);
        }
    }
}
