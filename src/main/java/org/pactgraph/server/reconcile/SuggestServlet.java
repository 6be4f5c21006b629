package org.pactgraph.server.reconcile;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.pactgraph.search.EntityIndex;
import org.pactgraph.search.Hit;
import org.pactgraph.search.LiveEntityIndex;
import org.pactgraph.server.search.BadRequest;
import org.pactgraph.server.search.JsonResponses;
import org.pactgraph.server.search.RequestBounds;

/**
 * Suggestions as a user types, {@code /reconcile/suggest/{entity|type|property}?prefix=TEXT[&cursor=N]}:
 * entities by name (of a type, with {@code type=IRI}), or the ontology's classes or properties,
 * {@value #PAGE} at a time from {@code cursor}, as {@code {"result": [{"id", "name", "description"}]}}.
 */
final class SuggestServlet extends HttpServlet {
    static final List<String> KINDS = List.of("entity", "type", "property");
    static final int PAGE = 10;

    private final LiveEntityIndex index;

    SuggestServlet(LiveEntityIndex index) {
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String kind = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        try {
            if (!KINDS.contains(kind)) {
                JsonResponses.error(resp, HttpServletResponse.SC_NOT_FOUND, "No suggestions of '" + RequestBounds.clip(kind)
                        + "': ask " + ReconcileModule.SUGGEST + "entity, type or property");
                return;
            }
            String prefix = RequestBounds.name(req, "prefix");
            int cursor = cursor(req);
            EntityIndex current = index.current();
            String type = req.getParameter("type");
            List<Hit> hits = switch (kind) {
                case "entity" -> current.entities(prefix, type == null || type.isBlank() ? List.of() : List.of(type), cursor + PAGE);
                case "type" -> current.schemaTerms(prefix, true, cursor + PAGE);
                default -> current.schemaTerms(prefix, false, cursor + PAGE);
            };
            List<JsonObject> items = new ArrayList<>();
            for (Hit h : hits.subList(Math.min(cursor, hits.size()), hits.size())) {
                JsonObject o = new JsonObject();
                o.put("id", h.id());
                if (kind.equals("entity")) {
                    current.entity(h.id()).ifPresent(e -> {
                        o.put("name", e.name());
                        o.put("description", e.description());
                    });
                } else {
                    current.term(h.id()).ifPresent(t -> {
                        o.put("name", t.name());
                        o.put("description", t.description());
                    });
                }
                if (o.hasKey("name")) items.add(o);
            }
            JsonResponses.ok(resp, ReconcileJson.suggestions(items));
        } catch (BadRequest e) {
            JsonResponses.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.oneLine());
        }
    }

    private static int cursor(HttpServletRequest req) {
        String v = req.getParameter("cursor");
        if (v == null || v.isBlank()) return 0;
        try {
            int c = Integer.parseInt(v.strip());
            if (c < 0 || c > RequestBounds.MAX_LIMIT) throw new NumberFormatException();
            return c;
        } catch (NumberFormatException e) {
            throw new BadRequest("The parameter cursor is '" + RequestBounds.clip(v) + "', not a number from 0 to " + RequestBounds.MAX_LIMIT,
                    "page through at most " + (RequestBounds.MAX_LIMIT + PAGE) + " suggestions");
        }
    }
}
