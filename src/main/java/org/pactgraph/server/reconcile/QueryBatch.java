package org.pactgraph.server.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.pactgraph.search.Reconciliation;
import org.pactgraph.server.search.BadRequest;
import org.pactgraph.server.search.RequestBounds;

/**
 * Reads the {@code queries} parameter of the reconciliation API: a JSON object of queries by
 * key, each with {@code query}, optional {@code type} (one type or a list), {@code limit} and
 * {@code properties} ({@code pid} and {@code v}: a string, number, {@code {"id": ...}} or a list
 * of these). Anything else is refused with a message that names the key and what was expected.
 */
final class QueryBatch {
    private QueryBatch() {}

    /** The queries by key, in the order given. */
    static Map<String, Reconciliation> parse(String json) {
        JsonObject batch = object(parseJson(json, "queries"), "queries");
        if (batch.size() > RequestBounds.MAX_BATCH) {
            throw new BadRequest("queries has " + batch.size() + " queries, more than the " + RequestBounds.MAX_BATCH + " of one batch",
                    "send them in batches of at most " + RequestBounds.MAX_BATCH);
        }
        Map<String, Reconciliation> out = new LinkedHashMap<>();
        for (String key : batch.keys()) out.put(key, query(object(batch.get(key), "queries." + key), "queries." + key));
        return out;
    }

    /** The longest number a request's JSON may hold, in characters: a limit or a value needs far fewer. */
    static final int MAX_NUMBER_CHARS = 100;

    /** The JSON text parsed, or a 400 that says where it is broken. */
    static JsonValue parseJson(String json, String parameter) {
        refuseLongNumbers(json, parameter);
        try {
            return JSON.parseAny(json);
        } catch (JsonException e) {
            throw new BadRequest("The parameter " + parameter + " is not JSON: " + e.getMessage(), "send a JSON object as the specification shows");
        } catch (RuntimeException e) {
            // Jena's JSON reader fails with a NullPointerException on text that ends too early.
            throw new BadRequest("The parameter " + parameter + " is not JSON: it ends before the JSON does", "send a complete JSON object");
        } catch (StackOverflowError e) {
            throw new BadRequest("The parameter " + parameter + " is nested too deeply to read", "send a JSON object as the specification shows");
        }
    }

    /**
     * Refuses a number of more than {@link #MAX_NUMBER_CHARS} characters before the JSON reader
     * sees it: the reader turns an integer into a {@code BigInteger}, in time quadratic in its
     * digits, and 900,000 digits in {@code limit} took 14 s of a core for one request.
     */
    private static void refuseLongNumbers(String json, String parameter) {
        boolean inString = false;
        int run = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
                run = 0;
            } else if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') {
                if (++run > MAX_NUMBER_CHARS) {
                    throw new BadRequest("The parameter " + parameter + " holds a number of more than " + MAX_NUMBER_CHARS
                            + " characters, at character " + (i - MAX_NUMBER_CHARS), "write numbers with fewer digits");
                }
            } else {
                run = 0;
            }
        }
    }

    static JsonObject object(JsonValue v, String where) {
        if (v == null || !v.isObject()) throw new BadRequest(where + " is not a JSON object", "send an object with the fields the specification lists");
        return v.getAsObject();
    }

    private static Reconciliation query(JsonObject q, String where) {
        String text = "";
        if (q.hasKey("query")) {
            JsonValue v = q.get("query");
            if (!v.isString()) throw new BadRequest(where + ".query is not a string", "give the name as a JSON string");
            text = RequestBounds.name(v.getAsString().value(), where + ".query");
        }
        int limit = RequestBounds.DEFAULT_LIMIT;
        if (q.hasKey("limit")) {
            JsonValue v = q.get("limit");
            if (!v.isNumber()) throw new BadRequest(where + ".limit is not a number", "give a whole number from 1 to " + RequestBounds.MAX_LIMIT);
            limit = RequestBounds.limit(v.getAsNumber().value().longValue(), where + ".limit");
        }
        List<String> types = q.hasKey("type") ? strings(q.get("type"), where + ".type") : List.of();
        if (types.size() > RequestBounds.MAX_TYPES) {
            throw new BadRequest(where + ".type names " + types.size() + " types, more than " + RequestBounds.MAX_TYPES, "name fewer types");
        }
        List<Reconciliation.PropertyValue> properties = q.hasKey("properties") ? properties(q.get("properties"), where + ".properties") : List.of();
        return new Reconciliation(text, types, properties, limit);
    }

    private static List<Reconciliation.PropertyValue> properties(JsonValue v, String where) {
        if (!v.isArray()) throw new BadRequest(where + " is not a list", "give a list of {\"pid\": ..., \"v\": ...}");
        JsonArray list = v.getAsArray();
        if (list.size() > RequestBounds.MAX_PROPERTIES) {
            throw new BadRequest(where + " has " + list.size() + " properties, more than " + RequestBounds.MAX_PROPERTIES, "give fewer properties");
        }
        List<Reconciliation.PropertyValue> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonObject p = object(list.get(i), where + "[" + i + "]");
            JsonValue pid = p.get("pid");
            if (pid == null || !pid.isString()) throw new BadRequest(where + "[" + i + "].pid is missing or not a string", "give the property's IRI");
            if (!p.hasKey("v")) throw new BadRequest(where + "[" + i + "].v is missing", "give the value the entity should have");
            out.add(new Reconciliation.PropertyValue(pid.getAsString().value(), values(p.get("v"), where + "[" + i + "].v")));
        }
        return out;
    }

    /** A value or list of values: strings, numbers, booleans, or objects whose {@code id} is taken. */
    private static List<String> values(JsonValue v, String where) {
        List<String> out = new ArrayList<>();
        List<JsonValue> items = new ArrayList<>();
        if (v.isArray()) v.getAsArray().forEach(items::add);
        else items.add(v);
        if (items.size() > RequestBounds.MAX_BATCH) throw new BadRequest(where + " has more than " + RequestBounds.MAX_BATCH + " values", "give fewer values");
        for (JsonValue item : items) {
            if (item.isString()) out.add(RequestBounds.name(item.getAsString().value(), where));
            else if (item.isNumber()) out.add(item.getAsNumber().value().toString());
            else if (item.isBoolean()) out.add(Boolean.toString(item.getAsBoolean().value()));
            else if (item.isObject() && item.getAsObject().get("id") != null && item.getAsObject().get("id").isString()) {
                out.add(item.getAsObject().get("id").getAsString().value());
            } else throw new BadRequest(where + " holds a value that is neither a string, a number nor an object with an id", "give the value as one of these");
        }
        return out;
    }

    /** A string or a list of strings. */
    static List<String> strings(JsonValue v, String where) {
        if (v.isString()) return List.of(v.getAsString().value());
        if (v.isArray()) {
            List<String> out = new ArrayList<>();
            for (JsonValue item : v.getAsArray()) {
                if (!item.isString()) throw new BadRequest(where + " holds something that is not a string", "give IRIs as JSON strings");
                out.add(item.getAsString().value());
            }
            return out;
        }
        throw new BadRequest(where + " is neither a string nor a list of strings", "give an IRI or a list of IRIs");
    }
}
