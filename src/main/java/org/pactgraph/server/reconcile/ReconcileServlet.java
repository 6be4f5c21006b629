package org.pactgraph.server.reconcile;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.pactgraph.search.EntityIndex;
import org.pactgraph.search.LiveEntityIndex;
import org.pactgraph.search.Reconciler;
import org.pactgraph.search.Reconciliation;
import org.pactgraph.search.WorkDeadline;
import org.pactgraph.server.search.BadRequest;
import org.pactgraph.server.search.JsonResponses;

/**
 * The service's root: {@code GET /reconcile} gives the manifest; a {@code queries} parameter
 * (query string, or form of a POST, as OpenRefine sends it) reconciles a batch; an
 * {@code extend} parameter extends data.
 */
final class ReconcileServlet extends HttpServlet {
    private final Reconciler reconciler;
    private final DataExtension extension;
    private final LiveEntityIndex index;
    private final Duration timeout;

    ReconcileServlet(Reconciler reconciler, DataExtension extension, LiveEntityIndex index, Duration timeout) {
        this.reconciler = reconciler;
        this.extension = extension;
        this.index = index;
        this.timeout = timeout;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, true);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        answer(req, resp, false);
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp, boolean get) throws IOException {
        try {
            String queries = req.getParameter("queries");
            String extend = req.getParameter("extend");
            WorkDeadline deadline = WorkDeadline.in(timeout);
            if (queries != null) {
                JsonResponses.ok(resp, reconcile(queries, deadline));
            } else if (extend != null) {
                JsonResponses.ok(resp, extension.extend(extend, index.current(), deadline));
            } else if (get) {
                JsonResponses.ok(resp, Manifest.of(base(req), index.current()));
            } else {
                throw new BadRequest("A POST to " + ReconcileModule.PATH + " needs a form parameter queries or extend",
                        "send queries={...} or extend={...} as application/x-www-form-urlencoded");
            }
        } catch (BadRequest e) {
            JsonResponses.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.oneLine());
        } catch (WorkDeadline.Passed e) {
            resp.setHeader("Retry-After", "5");
            JsonResponses.error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
        }
    }

    private JsonObject reconcile(String json, WorkDeadline deadline) {
        Map<String, Reconciliation> batch = QueryBatch.parse(json);
        EntityIndex current = index.current();
        JsonObject out = new JsonObject();
        batch.forEach((key, q) -> {
            JsonArray result = new JsonArray();
            reconciler.reconcile(q, deadline).forEach(c -> result.add(ReconcileJson.candidate(c, current)));
            JsonObject answer = new JsonObject();
            answer.put("result", result);
            out.put(key, answer);
        });
        return out;
    }

    /** The server's own root URL as the client reached it, without a trailing slash. */
    static String base(HttpServletRequest req) {
        StringBuffer url = req.getRequestURL();
        return url.substring(0, url.length() - req.getRequestURI().length()) + req.getContextPath();
    }
}
