package org.pactgraph.server.search;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.pactgraph.model.Iris;
import org.pactgraph.search.Entity;
import org.pactgraph.search.EntityIndex;
import org.pactgraph.search.Hit;
import org.pactgraph.search.LiveEntityIndex;

/**
 * Answers {@code GET /search?q=NAME[&limit=N][&type=IRI...]} with
 * {@code {"query": ..., "results": [{"id", "name", "ja", "matched", "exact", "score", "types", "description", "page"}]}}.
 */
final class SearchServlet extends HttpServlet {
    private final LiveEntityIndex index;

    SearchServlet(LiveEntityIndex index) {
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q;
        int limit;
        List<String> types;
        try {
            q = RequestBounds.name(req, "q");
            limit = RequestBounds.limit(req, "limit");
            types = types(req);
        } catch (BadRequest e) {
            JsonResponses.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.oneLine());
            return;
        }
        EntityIndex current = index.current();
        JsonArray results = new JsonArray();
        for (Hit h : current.entities(q, types, limit)) {
            current.entity(h.id()).ifPresent(e -> results.add(result(e, h)));
        }
        JsonObject answer = new JsonObject();
        answer.put("query", q);
        answer.put("results", results);
        JsonResponses.ok(resp, answer);
    }

    private static List<String> types(HttpServletRequest req) {
        String[] given = req.getParameterValues("type");
        if (given == null) return List.of();
        if (given.length > RequestBounds.MAX_TYPES) {
            throw new BadRequest("The request names " + given.length + " types, more than " + RequestBounds.MAX_TYPES, "ask for fewer types");
        }
        return List.of(given);
    }

    private static JsonObject result(Entity e, Hit h) {
        JsonObject o = new JsonObject();
        o.put("id", e.id());
        o.put("name", e.name());
        if (!e.japaneseName().isEmpty()) o.put("ja", e.japaneseName());
        o.put("matched", h.matchedName());
        o.put("exact", h.exact());
        o.put("score", JsonNumber.value(Math.round(h.score() * 1000) / 1000.0));
        JsonArray types = new JsonArray();
        e.types().forEach(types::add);
        o.put("types", types);
        o.put("description", e.description());
        if (e.id().startsWith(Iris.ID_BASE)) o.put("page", "/id/" + e.id().substring(Iris.ID_BASE.length()));
        return o;
    }
}
