package org.pactgraph.server.reconcile;

import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.pactgraph.search.Entity;
import org.pactgraph.search.EntityIndex;
import org.pactgraph.search.Reconciliation;

/** The JSON shapes of the reconciliation API that more than one answer uses. */
final class ReconcileJson {
    private ReconcileJson() {}

    static JsonObject type(String id, String name) {
        JsonObject o = new JsonObject();
        o.put("id", id);
        o.put("name", name);
        return o;
    }

    /** The types of an entity that the ontology names, as {@code [{"id", "name"}]}. */
    static JsonArray types(Entity e, EntityIndex index) {
        JsonArray out = new JsonArray();
        e.types().forEach(t -> index.term(t).ifPresent(term -> out.add(type(term.id(), term.name()))));
        return out;
    }

    /** A reconciliation candidate. */
    static JsonObject candidate(Reconciliation.Candidate c, EntityIndex index) {
        JsonObject o = new JsonObject();
        o.put("id", c.entity().id());
        o.put("name", c.entity().name());
        o.put("description", c.entity().description());
        o.put("type", types(c.entity(), index));
        o.put("score", JsonNumber.value(c.score()));
        o.put("match", c.match());
        JsonArray features = new JsonArray();
        for (Reconciliation.Feature f : c.features()) {
            JsonObject feature = new JsonObject();
            feature.put("id", f.id());
            feature.put("value", JsonNumber.value(f.value()));
            features.add(feature);
        }
        o.put("features", features);
        return o;
    }

    /** A list of suggestions {@code {"result": [{"id", "name", "description"}]}}. */
    static JsonObject suggestions(List<JsonObject> items) {
        JsonArray result = new JsonArray();
        items.forEach(result::add);
        JsonObject o = new JsonObject();
        o.put("result", result);
        return o;
    }
}
