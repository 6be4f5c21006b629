package org.pactgraph.server.http;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * How the server speaks HTTP where Fuseki's defaults would say too much or take too much:
 * PactGraph's {@link ErrorPages} for every error Jetty answers by itself, and a request line
 * with headers of at most {@value #MAX_REQUEST_HEADER_BYTES} bytes (Fuseki raises Jetty's
 * limit to 512 KiB), beyond which a URL gets 414 and headers 431; and Fuseki's
 * {@code stylesheet=} and {@code callback=} parameters, which reflect the caller's text, unseen
 * ({@link IgnoredParameters}).
 */
public final class HttpModule implements FusekiModule {
    /** The most bytes of request line and headers one request may send. */
    public static final int MAX_REQUEST_HEADER_BYTES = 8 * 1024;

    @Override
    public String name() {
        return "PactGraph HTTP";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new IgnoredParameters());
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
    }
}
