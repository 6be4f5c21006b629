package org.pactgraph.server.reconcile;

import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;
import org.pactgraph.search.EntityIndex;

/** The service manifest: what the service is, the types it offers first, and where its previews, suggestions and extension are. */
final class Manifest {
    private Manifest() {}

    /** The types OpenRefine offers before the user types one. */
    static final List<String> DEFAULT_TYPES = List.of(Pact.Organization.getURI(), Pact.University.getURI(), Pact.Company.getURI(),
            Pact.GovernmentBody.getURI(), Pact.Person.getURI(), Pact.Place.getURI(), Pact.Partnership.getURI(),
            Pact.Initiative.getURI(), Pact.ResearchTheme.getURI());

    /** The manifest, with absolute URLs on the server that was asked ({@code base}, without a trailing slash). */
    static JsonObject of(String base, EntityIndex index) {
        JsonObject m = new JsonObject();
        JsonArray versions = new JsonArray();
        versions.add("0.2");
        m.put("versions", versions);
        m.put("name", "PactGraph");
        m.put("identifierSpace", Iris.ID_BASE);
        m.put("schemaSpace", Pact.NS);
        m.put("view", url(base + ReconcileModule.VIEW + "?id={{id}}"));
        JsonArray types = new JsonArray();
        DEFAULT_TYPES.forEach(t -> index.term(t).ifPresent(term -> types.add(ReconcileJson.type(term.id(), term.name()))));
        m.put("defaultTypes", types);
        JsonObject preview = url(base + ReconcileModule.PREVIEW + "?id={{id}}");
        preview.put("width", PreviewServlet.WIDTH);
        preview.put("height", PreviewServlet.HEIGHT);
        m.put("preview", preview);
        JsonObject suggest = new JsonObject();
        for (String kind : SuggestServlet.KINDS) suggest.put(kind, service(base, ReconcileModule.SUGGEST + kind));
        m.put("suggest", suggest);
        JsonObject extend = new JsonObject();
        extend.put("propose_properties", service(base, ReconcileModule.PROPOSE_PROPERTIES));
        extend.put("property_settings", new JsonArray());
        m.put("extend", extend);
        return m;
    }

    private static JsonObject url(String url) {
        JsonObject o = new JsonObject();
        o.put("url", url);
        return o;
    }

    private static JsonObject service(String base, String path) {
        JsonObject o = new JsonObject();
        o.put("service_url", base);
        o.put("service_path", path);
        return o;
    }
}
