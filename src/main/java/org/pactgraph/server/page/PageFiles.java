package org.pactgraph.server.page;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The query page's files, read from the jar: the page itself at {@code /} and its scripts,
 * styles, the map's land outlines ({@code land.json}) and the YASQE editor (unpacked from its WebJar at build time) under {@code /page/}.
 * Nothing is fetched from another site.
 */
final class PageFiles extends HttpServlet {
    static final String ROOT = "/org/pactgraph/server/page/";
    /** The page runs its own scripts and styles, and queries this server; nothing else. */
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "rq", "application/sparql-query; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "txt", "text/plain; charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String info = req.getPathInfo();
        String path = info == null || info.equals("/") ? "index.html" : info.substring(1);
        String ext = path.substring(path.lastIndexOf('.') + 1);
        if (!SAFE.matcher(path).matches() || path.contains("..") || !TYPES.containsKey(ext)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = PageFiles.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setContentType(TYPES.get(ext));
            if (ext.equals("html")) resp.setHeader("Content-Security-Policy", CSP);
            resp.setHeader("Cache-Control", path.startsWith("yasqe/") ? "max-age=86400" : "no-cache");
            in.transferTo(resp.getOutputStream());
        }
    }
}
