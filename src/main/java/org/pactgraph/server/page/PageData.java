package org.pactgraph.server.page;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.pactgraph.model.Namespaces;

/**
 * What the query page asks of the server besides SPARQL: the catalogue of questions
 * ({@code /page/catalogue.json}) and the standard prefixes ({@code /page/prefixes.json}).
 */
final class PageData extends HttpServlet {
    private final Path queries;

    PageData(Path queries) {
        this.queries = queries;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String json = switch (req.getServletPath()) {
            case PageModule.CATALOGUE -> catalogue();
            case PageModule.PREFIXES -> prefixes();
            default -> null;
        };
        if (json == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    private String catalogue() {
        JsonArray out = new JsonArray();
        for (Catalogue.Entry e : Catalogue.read(queries)) {
            JsonObject o = new JsonObject();
            o.put("file", e.file());
            o.put("question", e.question());
            o.put("query", e.query());
            out.add(o);
        }
        return JSON.toString(out);
    }

    private static String prefixes() {
        JsonObject out = new JsonObject();
        Namespaces.standard().getNsPrefixMap().forEach(out::put);
        return JSON.toString(out);
    }
}
