package org.pactgraph.server.reconcile;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.pactgraph.search.EntityIndex;
import org.pactgraph.search.LiveEntityIndex;
import org.pactgraph.search.SchemaTerm;
import org.pactgraph.server.search.BadRequest;
import org.pactgraph.server.search.JsonResponses;
import org.pactgraph.server.search.RequestBounds;

/**
 * Proposes properties for data extension, {@code /reconcile/properties?type=IRI[&limit=N]}: the
 * ontology's properties that entities of the type have, the most used first, counted over at
 * most {@value #SAMPLE} entities of the type so that the answer costs the same on any store.
 */
final class ProposePropertiesServlet extends HttpServlet {
    static final int SAMPLE = 500;

    private final DatasetGraph dataset;
    private final LiveEntityIndex index;

    ProposePropertiesServlet(DatasetGraph dataset, LiveEntityIndex index) {
        this.dataset = dataset;
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            String type = req.getParameter("type");
            if (type == null || type.isBlank()) {
                throw new BadRequest("The parameter type is missing", "give a class IRI, e.g. ?type=https://w3id.org/pactgraph/ontology%23University");
            }
            int limit = RequestBounds.limit(req, "limit");
            EntityIndex current = index.current();
            Map<String, Integer> uses = Txn.calculateRead(dataset, () -> uses(type, current));
            JsonArray properties = new JsonArray();
            uses.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(limit)
                    .forEach(u -> {
                        SchemaTerm t = current.term(u.getKey()).orElseThrow();
                        properties.add(ReconcileJson.type(t.id(), t.name()));
                    });
            JsonObject out = new JsonObject();
            out.put("type", type);
            out.put("limit", limit);
            out.put("properties", properties);
            JsonResponses.ok(resp, out);
        } catch (BadRequest e) {
            JsonResponses.error(resp, HttpServletResponse.SC_BAD_REQUEST, e.oneLine());
        }
    }

    /** How many of the sampled entities of the type have each of the ontology's properties. */
    private Map<String, Integer> uses(String type, EntityIndex current) {
        Map<String, Integer> uses = new HashMap<>();
        Node typeNode = NodeFactory.createURI(type);
        List<Node> sample = dataset.stream(Node.ANY, Node.ANY, RDF.type.asNode(), typeNode)
                .map(q -> q.getSubject()).filter(Node::isURI).distinct().limit(SAMPLE).toList();
        for (Node s : sample) {
            dataset.stream(Node.ANY, s, Node.ANY, Node.ANY).map(q -> q.getPredicate().getURI()).distinct()
                    .filter(p -> current.term(p).filter(t -> !t.isClass()).isPresent())
                    .forEach(p -> uses.merge(p, 1, Integer::sum));
        }
        return uses;
    }
}
