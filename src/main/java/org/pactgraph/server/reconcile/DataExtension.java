package org.pactgraph.server.reconcile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.pactgraph.search.EntityIndex;
import org.pactgraph.search.WorkDeadline;
import org.pactgraph.server.pages.Labels;
import org.pactgraph.server.pages.LanguagePreference;
import org.pactgraph.server.search.BadRequest;
import org.pactgraph.server.search.RequestBounds;

/**
 * Data extension ({@code extend={"ids": [...], "properties": [{"id": ...}]}}): for each entity
 * and property, the values the store holds (in any graph, inferred ones included): resources as
 * {@code {"id", "name"}}, numbers as {@code int} or {@code float}, dates as {@code date}
 * (midnight UTC, which the specification's pattern requires), other literals as {@code str}.
 * At most {@value #MAX_VALUES} values of one property of one entity are given.
 */
final class DataExtension {
    static final int MAX_VALUES = 50;
    /** Names as the index gives them, in English. */
    private static final LanguagePreference ENGLISH = LanguagePreference.of(null);

    private final DatasetGraph dataset;

    DataExtension(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The extension asked for by the JSON text, as the specification's response. */
    JsonObject extend(String json, EntityIndex index, WorkDeadline deadline) {
        JsonObject request = QueryBatch.object(QueryBatch.parseJson(json, "extend"), "extend");
        if (request.get("ids") == null || request.get("properties") == null) {
            throw new BadRequest("extend needs both ids and properties", "send {\"ids\": [IRI...], \"properties\": [{\"id\": IRI}...]}");
        }
        List<String> ids = QueryBatch.strings(request.get("ids"), "extend.ids");
        if (ids.size() > RequestBounds.MAX_BATCH) {
            throw new BadRequest("extend.ids has " + ids.size() + " entities, more than " + RequestBounds.MAX_BATCH, "send smaller batches");
        }
        List<String> properties = propertyIds(request.get("properties"));
        JsonArray meta = new JsonArray();
        for (String p : properties) {
            JsonObject m = new JsonObject();
            m.put("id", p);
            m.put("name", index.term(p).map(t -> t.name()).orElse(p.substring(Math.max(p.lastIndexOf('#'), p.lastIndexOf('/')) + 1)));
            meta.add(m);
        }
        JsonObject rows = new JsonObject();
        Txn.executeRead(dataset, () -> {
            for (String id : ids) {
                deadline.check();
                JsonObject row = new JsonObject();
                for (String p : properties) row.put(p, values(id, p, index));
                rows.put(id, row);
            }
        });
        JsonObject out = new JsonObject();
        out.put("meta", meta);
        out.put("rows", rows);
        return out;
    }

    private static List<String> propertyIds(JsonValue v) {
        if (!v.isArray()) throw new BadRequest("extend.properties is not a list", "give a list of {\"id\": IRI}");
        if (v.getAsArray().size() > RequestBounds.MAX_PROPERTIES) {
            throw new BadRequest("extend.properties has " + v.getAsArray().size() + " properties, more than " + RequestBounds.MAX_PROPERTIES, "ask for fewer");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.getAsArray().size(); i++) {
            JsonObject p = QueryBatch.object(v.getAsArray().get(i), "extend.properties[" + i + "]");
            if (p.get("id") == null || !p.get("id").isString()) {
                throw new BadRequest("extend.properties[" + i + "].id is missing or not a string", "give the property's IRI");
            }
            out.add(p.get("id").getAsString().value());
        }
        return out;
    }

    private JsonArray values(String id, String property, EntityIndex index) {
        Set<Node> seen = new LinkedHashSet<>();
        if (id.contains("://") && property.contains("://")) {
            Iterator<Quad> it = dataset.find(Node.ANY, NodeFactory.createURI(id), NodeFactory.createURI(property), Node.ANY);
            while (it.hasNext() && seen.size() < MAX_VALUES) seen.add(it.next().getObject());
        }
        JsonArray out = new JsonArray();
        for (Node o : seen) {
            if (o.isBlank()) continue;
            out.add(value(o, index));
        }
        return out;
    }

    private JsonObject value(Node o, EntityIndex index) {
        JsonObject v = new JsonObject();
        if (o.isURI()) {
            v.put("id", o.getURI());
            v.put("name", index.entity(o.getURI()).map(e -> e.name())
                    .or(() -> index.term(o.getURI()).map(t -> t.name()))
                    .or(() -> java.util.Optional.ofNullable(Labels.announcementName(dataset, o, ENGLISH)))
                    .orElse(o.getURI()));
            return v;
        }
        String lexical = o.getLiteralLexicalForm();
        String type = o.getLiteralDatatypeURI();
        try {
            if (type.equals(XSDDatatype.XSDinteger.getURI()) || type.equals(XSDDatatype.XSDint.getURI())
                    || type.equals(XSDDatatype.XSDlong.getURI()) || type.equals(XSDDatatype.XSDnonNegativeInteger.getURI())) {
                // At most 18 digits fit a long; a longer one (a writer may store millions of digits,
                // which BigInteger parses in quadratic time) is read as a double, in linear time.
                String digits = lexical.strip();
                if (digits.length() <= 18) v.put("int", Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits));
                else v.put("float", JsonNumber.value(Double.parseDouble(digits)));
                return v;
            }
            if (type.equals(XSDDatatype.XSDdecimal.getURI()) || type.equals(XSDDatatype.XSDdouble.getURI())
                    || type.equals(XSDDatatype.XSDfloat.getURI())) {
                double d = Double.parseDouble(lexical.strip());
                if (Double.isFinite(d)) {
                    v.put("float", JsonNumber.value(d));
                    return v;
                }
            }
            if (type.equals(XSDDatatype.XSDdate.getURI()) && lexical.matches("\\d{4}-\\d{2}-\\d{2}")) {
                v.put("date", lexical + "T00:00:00Z");
                return v;
            }
            if (type.equals(XSDDatatype.XSDdateTime.getURI()) && lexical.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?")) {
                v.put("date", lexical);
                return v;
            }
        } catch (NumberFormatException e) {
            // an ill-formed number is given as the text it is
        }
        v.put("str", lexical);
        return v;
    }
}
