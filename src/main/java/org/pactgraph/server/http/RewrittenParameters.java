package org.pactgraph.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A request whose parameters the servlets see rewritten: each name's values pass through a
 * function, which may change them or drop the parameter (by answering null). The parameters are
 * read, from the query string or a form body, only when a servlet first asks for one, so that
 * no body is read before the size limits have run.
 */
final class RewrittenParameters extends HttpServletRequestWrapper {
    private final BiFunction<String, String[], String[]> rewrite;
    private Map<String, String[]> parameters;

    RewrittenParameters(HttpServletRequest request, BiFunction<String, String[], String[]> rewrite) {
        super(request);
        this.rewrite = rewrite;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            Map<String, String[]> kept = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) -> {
                String[] v = rewrite.apply(name, values);
                if (v != null) kept.put(name, v);
            });
            parameters = Collections.unmodifiableMap(kept);
        }
        return parameters;
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }
}
