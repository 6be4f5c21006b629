package org.pactgraph.server.reconcile;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pactgraph.model.Iris;
import org.pactgraph.search.LiveEntityIndex;
import org.pactgraph.server.search.BadRequest;
import org.pactgraph.server.search.JsonResponses;

/**
 * The manifest's view URL, {@code /reconcile/view?id=IRI}: 303 See Other to the entity's page on
 * this server ({@code /id/...}), where a click in OpenRefine lands; 404 for an IRI it does not know.
 */
final class ViewServlet extends HttpServlet {
    private final LiveEntityIndex index;

    ViewServlet(LiveEntityIndex index) {
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String id = req.getParameter("id");
        if (id == null || id.isBlank()) {
            JsonResponses.error(resp, HttpServletResponse.SC_BAD_REQUEST,
                    new BadRequest("The parameter id is missing", "give the entity's IRI, e.g. ?id=" + Iris.ID_BASE + "org/keio-university").oneLine());
            return;
        }
        if (!id.startsWith(Iris.ID_BASE) || index.current().entity(id).isEmpty()) {
            JsonResponses.error(resp, HttpServletResponse.SC_NOT_FOUND, "No entity " + id + " in this store");
            return;
        }
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", req.getContextPath() + "/id/" + id.substring(Iris.ID_BASE.length()));
    }
}
