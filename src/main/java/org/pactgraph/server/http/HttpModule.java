package org.pactgraph.server.http;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.pactgraph.server.ThreadHolder;

/**
 * How the server speaks HTTP where Fuseki's defaults would say too much, take too much or send
 * too much: a HEAD answered with its GET's head ({@link HeadsAsGets}); PactGraph's {@link ErrorPages} for every error Jetty answers by itself, and a
 * request line with headers of at most {@value #MAX_REQUEST_HEADER_BYTES} bytes (Fuseki raises
 * Jetty's limit to 512 KiB), beyond which a URL gets 414 and headers 431; Fuseki's
 * {@code stylesheet=} and {@code callback=} parameters, which reflect the caller's text, unseen
 * ({@link IgnoredParameters}); the format names clients send that Fuseki lacks
 * ({@link FormatNames}); a URL whose query string is not percent-encoded UTF-8 refused with 400
 * saying where ({@link QueryStrings}); an Accept header that accepts nothing answered 406
 * ({@link NothingAcceptable}); a Graph Store request naming more than one graph answered 400
 * ({@link OneGraphNamed}); validators and 304s ({@link ConditionalGets}), and 412 for a Graph
 * Store write whose precondition fails ({@link GraphStoreWrites}); writers' writes one at a time,
 * each once its body has been received ({@link #writesAfterTheirBodies()}); gzip
 * ({@link Compression}); and the site's icon ({@link Favicon}).
 */
public final class HttpModule implements FusekiModule {
    /** The most bytes of request line and headers one request may send. */
    public static final int MAX_REQUEST_HEADER_BYTES = 8 * 1024;

    private final StoreVersion version;
    private final GraphStoreWrites writes;

    /** The module for a server over the given store, whose state is the validator of what is derived from it. */
    public HttpModule(DatasetGraph store) {
        this.version = new StoreVersion(store);
        this.writes = new GraphStoreWrites(version, store);
    }

    @Override
    public String name() {
        return "PactGraph HTTP";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new HeadsAsGets());
        builder.addFilter("/*", new QueryStrings());
        builder.addFilter("/*", new NothingAcceptable());
        builder.addFilter("/*", new OneGraphNamed());
        builder.addFilter("/*", new ConditionalGets(version, writes));
        builder.addFilter("/*", new IgnoredParameters());
        builder.addFilter("/*", new FormatNames());
        Favicon favicon = new Favicon();
        builder.addServlet(Favicon.ICO, favicon);
        builder.addServlet(Favicon.SVG, favicon);
    }

    /**
     * The module that runs writers' writes one at a time ({@link GraphStoreWrites}) and refuses a
     * Graph Store form naming a graph in its body ({@link GraphInTheForm}). Add it right after the
     * limits module, so that its filters stand after the body limits, which receive each body whole
     * before the write's turn is taken, and before the heavy-work gate, which a write waiting for
     * its turn would otherwise hold a place of.
     */
    public FusekiModule writesAfterTheirBodies() {
        return new WritesModule();
    }

    /** The writes' filters; the writes waiting for their turn each hold a thread. */
    private final class WritesModule implements FusekiModule, ThreadHolder {
        @Override
        public String name() {
            return "PactGraph writes";
        }

        @Override
        public int mostThreadsHeld() {
            return WriteTurns.WAITING;
        }

        @Override
        public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
            builder.addFilter("/*", new GraphInTheForm());
            builder.addFilter("/*", writes);
        }
    }

    @Override
    public void serverBeforeStarting(FusekiServer server) {
        Server jetty = server.getJettyServer();
        ErrorPages pages = new ErrorPages();
        jetty.setErrorHandler(pages);
        for (ServletContextHandler context : jetty.getDescendants(ServletContextHandler.class)) {
            context.setErrorHandler(pages);
        }
        for (Connector c : jetty.getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
        }
        jetty.setHandler(Compression.around(jetty.getHandler()));
    }
}
