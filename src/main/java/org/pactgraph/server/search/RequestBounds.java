package org.pactgraph.server.search;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What one search or reconciliation request may ask for, so that no request costs more than a
 * bounded amount of work: names up to {@value #MAX_NAME_CHARS} characters, up to
 * {@value #MAX_LIMIT} results, {@value #MAX_TYPES} types, {@value #MAX_BATCH} queries in a batch.
 */
public final class RequestBounds {
    private RequestBounds() {}

    /** The longest name searched for, in characters. */
    public static final int MAX_NAME_CHARS = 200;
    /** The most results one search or reconciliation query returns. */
    public static final int MAX_LIMIT = 50;
    /** The default number of results. */
    public static final int DEFAULT_LIMIT = 10;
    /** The most types one query may name. */
    public static final int MAX_TYPES = 10;
    /** The most queries (reconciliation) or entities (data extension) in one request. */
    public static final int MAX_BATCH = 100;
    /** The most properties of one reconciliation query or data extension. */
    public static final int MAX_PROPERTIES = 20;

    /** The name in the parameter, required, at most {@link #MAX_NAME_CHARS} characters. */
    public static String name(HttpServletRequest req, String parameter) {
        String q = req.getParameter(parameter);
        if (q == null || q.isBlank()) {
            throw new BadRequest("The parameter " + parameter + " is missing or empty", "give the name to look for, e.g. ?" + parameter + "=university");
        }
        return name(q, parameter);
    }

    /** The name, at most {@link #MAX_NAME_CHARS} characters. */
    public static String name(String q, String where) {
        int chars = q.codePointCount(0, q.length());
        if (chars > MAX_NAME_CHARS) {
            throw new BadRequest(where + " has " + chars + " characters, more than the " + MAX_NAME_CHARS + " a name may have",
                    "send a shorter name");
        }
        return q;
    }

    /** The parameter as a number of results from 1 to {@link #MAX_LIMIT}, {@link #DEFAULT_LIMIT} when absent. */
    public static int limit(HttpServletRequest req, String parameter) {
        String v = req.getParameter(parameter);
        if (v == null || v.isBlank()) return DEFAULT_LIMIT;
        try {
            return limit(Integer.parseInt(v.strip()), parameter);
        } catch (NumberFormatException e) {
            throw new BadRequest("The parameter " + parameter + " is '" + clip(v) + "', not a whole number", "give a number from 1 to " + MAX_LIMIT);
        }
    }

    /** A number of results from 1 to {@link #MAX_LIMIT}. */
    public static int limit(long n, String where) {
        if (n < 1 || n > MAX_LIMIT) throw new BadRequest(where + " is " + n + ", outside 1 to " + MAX_LIMIT, "ask for at most " + MAX_LIMIT + " results");
        return (int) n;
    }

    /** At most the first 40 characters of a value, for an error message. */
    public static String clip(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "...";
    }
}
