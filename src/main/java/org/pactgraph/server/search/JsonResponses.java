package org.pactgraph.server.search;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Writes the JSON answers of search and reconciliation, and their errors as {@code {"error": "..."}}. */
public final class JsonResponses {
    private JsonResponses() {}

    /** 200 with the value as UTF-8 JSON. */
    public static void ok(HttpServletResponse resp, JsonValue value) throws IOException {
        send(resp, HttpServletResponse.SC_OK, value);
    }

    /** The status with a one-line error. */
    public static void error(HttpServletResponse resp, int status, String message) throws IOException {
        JsonObject o = new JsonObject();
        o.put("error", message);
        send(resp, status, o);
    }

    private static void send(HttpServletResponse resp, int status, JsonValue value) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(JSON.toStringFlat(value).getBytes(StandardCharsets.UTF_8));
    }
}
