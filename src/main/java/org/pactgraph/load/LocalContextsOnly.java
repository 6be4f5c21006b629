package org.pactgraph.load;

import com.apicatalog.jsonld.JsonLdOptions;
import java.io.InputStream;
import java.io.Reader;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.ReaderRIOT;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ParserProfile;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.jsonld.TitaniumJsonLdOptions;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * Jena's JSON-LD reader with contexts taken only from {@link LocalContextLoader}. Installed as a
 * Jena subsystem (listed in {@code META-INF/services}), so it replaces the stock reader for every
 * parse in the process: the load's reference files and the server's Graph Store writes alike,
 * whatever entry point started Jena. Each parse gets options of its own, since Jena sets the
 * base IRI on the options it is given.
 */
public final class LocalContextsOnly implements JenaSubsystemLifecycle {
    @Override
    public void start() {
        for (Lang lang : new Lang[] {Lang.JSONLD, Lang.JSONLD11}) {
            RDFParserRegistry.registerLangQuads(lang, (language, profile) -> new Reader11(language, profile));
        }
    }

    @Override
    public void stop() {}

    /** After Jena's own readers (RIOT is level 20), before applications. */
    @Override
    public int level() {
        return 500;
    }

    private static final class Reader11 implements ReaderRIOT {
        private final LangJSONLD11 reader;

        Reader11(Lang language, ParserProfile profile) {
            this.reader = new LangJSONLD11(language, profile, profile.getErrorHandler());
        }

        @Override
        public void read(InputStream in, String baseURI, ContentType ct, StreamRDF output, Context context) {
            reader.read(in, baseURI, ct, output, withLocalContexts(context));
        }

        @Override
        public void read(Reader in, String baseURI, ContentType ct, StreamRDF output, Context context) {
            reader.read(in, baseURI, ct, output, withLocalContexts(context));
        }

        private static Context withLocalContexts(Context context) {
            Context own = context == null ? new Context() : context.copy();
            JsonLdOptions given = own.get(TitaniumJsonLdOptions.JSONLD_OPTIONS);
            JsonLdOptions options = given == null ? new JsonLdOptions() : new JsonLdOptions(given);
            options.setDocumentLoader(new LocalContextLoader());
            own.set(TitaniumJsonLdOptions.JSONLD_OPTIONS, options);
            return own;
        }
    }
}
