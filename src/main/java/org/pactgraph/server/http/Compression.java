package org.pactgraph.server.http;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * gzip for every answer of more than {@value #MIN_BYTES} bytes whose client accepts it and
 * whose type is not compressed already: pages, scripts, RDF documents, the N-Triples dumps and
 * SPARQL results, asked by GET or POST (most SPARQL clients post their queries), and the HEAD of
 * each, which says what its GET would send. Jetty's own
 * handler, wrapped around everything else, so that it compresses whatever any servlet writes,
 * streaming; it leaves images and {@code application/gzip} dumps alone, adds
 * {@code Vary: Accept-Encoding}, and marks a compressed answer's {@code ETag} so that the
 * compressed and plain answers never share one. Jetty 12.1's newer CompressionHandler lives in
 * modules that jena-fuseki-main 6.2.0 does not bring; this handler is in jetty-server itself.
 */
final class Compression {
    /** Below this, compressing saves less than the headers it costs. */
    static final int MIN_BYTES = 1024;

    private Compression() {}

    @SuppressWarnings("deprecation")
    static Handler around(Handler handler) {
        GzipHandler gzip = new GzipHandler(handler);
        gzip.setMinGzipSize(MIN_BYTES);
        // HEAD too: its head must be the GET's, Content-Encoding and all (the body Jetty drops is compressed first).
        gzip.addIncludedMethods("GET", "POST", "HEAD");
        return gzip;
    }
}
