package org.pactgraph.server.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * PactGraph's icon, made for it (three linked nodes on the site's blue): {@code /favicon.ico},
 * the place every browser asks, as an ICO holding one 32-pixel PNG, and {@code /favicon.svg}.
 * Read from the jar once; cached a day by clients, then revalidated by its tag.
 */
final class Favicon extends HttpServlet {
    static final String ICO = "/favicon.ico";
    static final String SVG = "/favicon.svg";

    private final transient byte[] ico = read("favicon.ico");
    private final transient byte[] svg = read("favicon.svg");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean isSvg = req.getServletPath().equals(SVG);
        byte[] body = isSvg ? svg : ico;
        resp.setContentType(isSvg ? "image/svg+xml" : "image/vnd.microsoft.icon");
        resp.setHeader("Cache-Control", "public, max-age=86400");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static byte[] read(String name) {
        try (InputStream in = Favicon.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the jar beside " + Favicon.class.getName());
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
