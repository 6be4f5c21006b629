package org.pactgraph.server.explain;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pactgraph.PactGraphException;
import org.pactgraph.reason.Derivation;
import org.pactgraph.reason.Explainer;
import org.pactgraph.reason.NodeText;
import org.pactgraph.reason.NotEntailedException;
import org.pactgraph.reason.WholeProof;

/**
 * Answers {@code GET /pactgraph/explain}: reads the triple with the store's prefixes, explains it in a read
 * transaction (every derivation with {@code all=true}), writes HTML or JSON.
 */
final class ExplainServlet extends HttpServlet {
    private final DatasetGraph store;

    ExplainServlet(DatasetGraph store) {
        this.store = store;
    }

    /** The shallowest derivation, or every derivation when asked with {@code all=true}, with the schema and prefixes to write them. */
    record Explained(Derivation derivation, WholeProof whole, NodeText text) {
        Explained(Derivation derivation, NodeText text) {
            this(derivation, null, text);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean json = wantsJson(req);
        boolean all = "true".equalsIgnoreCase(req.getParameter("all"));
        Explained explained;
        try {
            String[] terms = terms(req);
            explained = Txn.calculateRead(store, () -> {
                Explainer explainer = Explainer.over(store);
                Triple t = explainer.terms().triple(terms[0], terms[1], terms[2]);
                NodeText text = explainer.text();
                if (all) {
                    return new Explained(null, explainer.explainAll(t).orElseThrow(() -> new NotEntailedException(text.triple(t))), text);
                }
                return new Explained(explainer.explain(t).orElseThrow(() -> new NotEntailedException(text.triple(t))), null, text);
            });
        } catch (NotEntailedException e) {
            send(resp, HttpServletResponse.SC_NOT_FOUND, json, e.oneLine());
            return;
        } catch (PactGraphException e) {
            send(resp, HttpServletResponse.SC_BAD_REQUEST, json, e.oneLine());
            return;
        }
        String body = json ? ExplanationJson.write(explained) : ExplanationPage.write(explained);
        resp.setStatus(HttpServletResponse.SC_OK);
        contentType(resp, json);
        resp.setHeader("Vary", "Accept");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The subject, predicate and object as given; read once the store's prefixes are known. */
    private static String[] terms(HttpServletRequest req) {
        String s = req.getParameter("s");
        String p = req.getParameter("p");
        String o = req.getParameter("o");
        if (s == null || p == null || o == null || s.isBlank() || p.isBlank() || o.isBlank()) {
            throw new PactGraphException("The parameters s, p and o are required",
                    "ask for example " + ExplainModule.PATH + "?s=IRI&p=IRI&o=IRI with the IRIs URL-encoded");
        }
        return new String[] {s, p, o};
    }

    private static boolean wantsJson(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) return format.equalsIgnoreCase("json");
        String accept = req.getHeader("Accept");
        return accept != null && accept.contains("application/json");
    }

    /** JSON, or HTML with the page's own policy (its inline style by hash, no script). */
    private static void contentType(HttpServletResponse resp, boolean json) {
        resp.setContentType(json ? "application/json; charset=utf-8" : "text/html; charset=utf-8");
        if (!json) resp.setHeader("Content-Security-Policy", ExplanationPage.POLICY);
    }

    private static void send(HttpServletResponse resp, int status, boolean json, String message) throws IOException {
        resp.setStatus(status);
        contentType(resp, json);
        String body = json ? ExplanationJson.error(message) : ExplanationPage.error(status, message);
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
