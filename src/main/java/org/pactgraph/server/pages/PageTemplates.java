package org.pactgraph.server.pages;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The HTML pages of the linked-data and ontology modules, from Mustache templates beside this
 * class ({@code *.mustache}). Mustache escapes every {@code {{value}}} for HTML, so text from the
 * data (labels, sentences) can never become markup. Pages are sent with a Content-Security-Policy
 * that allows no script at all and only the one stylesheet inlined from {@code pages.css} (named
 * by its hash), and with {@code X-Content-Type-Options: nosniff}.
 */
public final class PageTemplates {
    private static final String ROOT = "org/pactgraph/server/pages/";
    /** The stylesheet every page inlines. */
    public static final String CSS = resource("pages.css");
    private static final String CSP = policyAllowing(CSS);

    private final MustacheFactory factory = new DefaultMustacheFactory(ROOT);

    /** The template (file name without {@code .mustache}) rendered with the scope's accessors. */
    public String render(String template, Object scope) {
        Mustache m = factory.compile(template + ".mustache");
        StringWriter out = new StringWriter();
        m.execute(out, scope);
        return out.toString();
    }

    /** Sends a rendered page with the security headers. */
    public void send(HttpServletResponse response, int status, String template, Object scope) throws IOException {
        String html = render(template, scope);
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        secure(response);
        response.setContentType("text/html; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The headers every HTML answer carries. */
    public static void secure(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
    }

    /**
     * The Content-Security-Policy of a page whose one inline stylesheet is the given text: that
     * style, named by its hash, images of this server, no script, no other style.
     */
    public static String policyAllowing(String inlineCss) {
        return "default-src 'none'; style-src 'sha256-" + sha256(inlineCss) + "'; img-src 'self'; "
                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    private static String resource(String name) {
        try (InputStream in = PageTemplates.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) throw new IllegalStateException(ROOT + name + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
