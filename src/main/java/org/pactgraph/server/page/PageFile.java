package org.pactgraph.server.page;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * One file of the query page as it is served: its bytes read from the jar once, and a gzipped
 * copy made once when that saves bytes. Reading and compressing the 515 KB editor script anew for
 * every request made the page's files a cheap way to fill the server's threads (round 13). The
 * bytes never leave this class but to be written, so every request shares them unchanged.
 */
final class PageFile {
    /** Below this, gzip saves less than the headers it costs (the server's own compression's threshold). */
    private static final int MIN_GZIP_BYTES = 1024;

    private final String type;
    private final byte[] plain;
    private final byte[] gzipped;

    private PageFile(String type, byte[] plain, byte[] gzipped) {
        this.type = type;
        this.plain = plain;
        this.gzipped = gzipped;
    }

    /** The file at this path of the jar, when there is one. */
    static Optional<PageFile> read(String resource, String type) {
        try (InputStream in = PageFile.class.getResourceAsStream(resource)) {
            if (in == null) return Optional.empty();
            byte[] bytes = in.readAllBytes();
            return Optional.of(new PageFile(type, bytes, bytes.length < MIN_GZIP_BYTES ? null : smaller(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("The page file " + resource + " could not be read from the jar", e);
        }
    }

    /** The gzipped copy, or null when it is not smaller. */
    private static byte[] smaller(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size() < bytes.length ? out.toByteArray() : null;
    }

    /**
     * Writes the file: its gzipped copy, marked {@code Content-Encoding: gzip}, to a client that
     * accepts gzip, which the server's gzip handler then leaves as it is; the plain bytes to
     * others. Both say that the answer depends on {@code Accept-Encoding}.
     */
    void send(HttpServletResponse resp, boolean acceptsGzip) throws IOException {
        resp.setContentType(type);
        byte[] body = plain;
        if (gzipped != null) {
            resp.addHeader("Vary", "Accept-Encoding");
            if (acceptsGzip) {
                resp.setHeader("Content-Encoding", "gzip");
                body = gzipped;
            }
        }
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
