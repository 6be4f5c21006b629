package org.pactgraph.server.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;
import org.pactgraph.server.ServerSettings;

/**
 * Fuseki's CORS filter, for reading only: pages on any origin may query and read linked data
 * (the data is public), but without credentials, and the write endpoints get no CORS headers
 * at all. Fuseki's default would reflect any origin with {@code Allow-Credentials: true}, which
 * lets any site a signed-in user visits write with the credentials the browser remembers.
 */
final class ReadOnlyCors extends CrossOriginFilter {
    private static final Map<String, String> PARAMETERS = Map.of(
            ALLOWED_ORIGINS_PARAM, "*",
            ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
            ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Accept-Language,Origin,Last-Modified",
            EXPOSED_HEADERS_PARAM, "Cache-Control,Content-Language,Content-Length,Content-Type,Expires,Last-Modified,Pragma,"
                    + RowCappedQuery.HEADER,
            ALLOW_CREDENTIALS_PARAM, "false",
            CHAIN_PREFLIGHT_PARAM, "false");
    private static final String WRITES = ServerSettings.DATASET + "/";

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return config.getFilterName();
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return PARAMETERS.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(PARAMETERS.keySet());
            }
        });
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = ((HttpServletRequest) request).getRequestURI();
        if (path.startsWith(WRITES + "update") || path.startsWith(WRITES + "data")) {
            chain.doFilter(request, response);
        } else {
            super.doFilter(request, response, chain);
        }
    }
}
