package org.pactgraph.server.reconcile;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.pactgraph.model.Iris;
import org.pactgraph.search.Entity;
import org.pactgraph.search.EntityIndex;
import org.pactgraph.search.LiveEntityIndex;
import org.pactgraph.search.Name;
import org.pactgraph.server.pages.PageTemplates;

/**
 * The preview of an entity, {@code /reconcile/preview?id=IRI}: a small HTML card (name,
 * Japanese name, types, aliases, a link to its page) that OpenRefine shows in a frame of
 * {@value #WIDTH} by {@value #HEIGHT} pixels when the user hovers over a candidate. Values are
 * escaped by the template; the page runs no script and loads nothing; unlike PactGraph's other
 * pages it may be framed by any site, which is what a preview is for.
 */
final class PreviewServlet extends HttpServlet {
    static final int WIDTH = 400;
    static final int HEIGHT = 120;
    private static final String POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'";

    private final LiveEntityIndex index;
    private final PageTemplates templates = new PageTemplates();

    PreviewServlet(LiveEntityIndex index) {
        this.index = index;
    }

    /** What the template shows. */
    record Card(String name, String ja, String description, List<String> aliases, String page, String id) {
        public boolean hasAliases() {
            return !aliases.isEmpty();
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String id = req.getParameter("id");
        EntityIndex current = index.current();
        Optional<Entity> e = id == null ? Optional.empty() : current.entity(id);
        String html;
        if (e.isEmpty()) {
            resp.setStatus(id == null || id.isBlank() ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_NOT_FOUND);
            html = templates.render("preview-missing", new Card("", "", "", List.of(), "", id == null ? "" : id));
        } else {
            Entity entity = e.get();
            List<String> aliases = entity.names().stream().map(Name::text)
                    .filter(n -> !n.equals(entity.name()) && !n.equals(entity.japaneseName())).distinct().limit(8).toList();
            String page = req.getContextPath() + "/id/" + entity.id().substring(Math.min(entity.id().length(),
                    entity.id().startsWith(Iris.ID_BASE) ? Iris.ID_BASE.length() : 0));
            resp.setStatus(HttpServletResponse.SC_OK);
            html = templates.render("preview", new Card(entity.name(), entity.japaneseName(), entity.description(), aliases, page, entity.id()));
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Content-Security-Policy", POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }
}
