package org.pactgraph.server.http;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The response as every PactGraph servlet and filter writes it: {@code Vary} values are merged,
 * never replaced, so that each part of the server adds the request headers it looked at (the
 * CORS filter {@code Origin}, a negotiating servlet {@code Accept}); and validators given for a
 * document are dropped again when the answer turns out to be anything but 200 (a 303, a 404),
 * which must not be revalidated as if it were the document.
 */
final class AnswerHeaders extends HttpServletResponseWrapper {
    /** Cache, but ask each time whether the copy is still right: for documents a load may change. */
    static final String REVALIDATE = "no-cache";

    private boolean validated;

    AnswerHeaders(HttpServletResponse response) {
        super(response);
    }

    /** Gives the answer these validators, kept only if it ends as 200. */
    void validators(String tag, long modified) {
        validated = true;
        super.setHeader("ETag", tag);
        super.setDateHeader("Last-Modified", modified);
        super.setHeader("Cache-Control", REVALIDATE);
    }

    @Override
    public void setHeader(String name, String value) {
        if (name.equalsIgnoreCase("Vary") && value != null) {
            super.setHeader("Vary", merged(getHeader("Vary"), value));
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (name.equalsIgnoreCase("Vary")) {
            setHeader(name, value);
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setStatus(int sc) {
        if (sc != SC_OK) dropValidators();
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        dropValidators();
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        dropValidators();
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        dropValidators();
        super.sendRedirect(location);
    }

    private void dropValidators() {
        if (!validated || isCommitted()) return;
        validated = false;
        super.setHeader("ETag", null);
        super.setHeader("Last-Modified", null);
        if (REVALIDATE.equals(getHeader("Cache-Control"))) super.setHeader("Cache-Control", null);
    }

    /** The union of two Vary values, case-insensitively, in the order first seen; "*" wins. */
    static String merged(String existing, String added) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String v : new String[] {existing, added}) {
            if (v == null) continue;
            for (String n : v.split(",")) {
                String t = n.trim();
                if (!t.isEmpty() && seen.add(t.toLowerCase(Locale.ROOT))) names.add(t);
            }
        }
        if (seen.contains("*")) return "*";
        return names.stream().collect(Collectors.joining(", "));
    }
}
