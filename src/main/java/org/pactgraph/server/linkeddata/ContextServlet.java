package org.pactgraph.server.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pactgraph.export.JsonLdContext;

/** {@code /context.jsonld}: the JSON-LD context that every JSON-LD document PactGraph writes embeds. */
final class ContextServlet extends HttpServlet {
    static final String PATH = "/context.jsonld";

    private final transient DatasetGraph store;

    ContextServlet(DatasetGraph store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String body = Txn.calculateRead(store, () -> JsonLdContext.of(store.prefixes()).document());
        resp.setContentType("application/ld+json");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
