package org.pactgraph.server.page;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee11.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Request;
import org.pactgraph.server.http.ClientAddress;
import org.pactgraph.server.http.FairPlaces;
import org.pactgraph.server.http.PlainRefusal;

/**
 * The query page's files, read from the jar once each: the page itself at {@code /} and its scripts,
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

    /**
     * The most page files being sent at once. A write blocks its thread until the client has taken
     * the bytes, so 300 connections pipelining the plain 515 KB editor script and reading nothing
     * held 300 threads, the whole pool, for the 10 s idle timeout, and health checks waited up to
     * 6 s. A browser opens at most 6 connections to a server; the small files are sent at once.
     */
    static final int MOST_AT_ONCE = 16;
    /**
     * The most of them sent to one client ({@link ClientAddress}) at once: as many as a browser
     * opens connections to one server (6 over HTTP/1.1), so the page's 13 files never meet it. Without
     * it one client pipelining the editor on 16 connections took every place, and others' pages
     * were refused their scripts (round 13's open item). When every place is held, a client takes
     * the place of an answer another client has left unread longest ({@link FairPlaces}).
     */
    static final int MOST_PER_CLIENT = 6;
    private static final int RETRY_AFTER_SECONDS = 2;
    private final transient FairPlaces sending = new FairPlaces(MOST_AT_ONCE, MOST_PER_CLIENT);

    /**
     * Each file read so far, by path: only files of the jar's page folder, a small fixed set.
     */
    private final transient Map<String, PageFile> read = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String info = req.getPathInfo();
        String path = info == null || info.equals("/") ? "index.html" : info.substring(1);
        String ext = path.substring(path.lastIndexOf('.') + 1);
        if (!SAFE.matcher(path).matches() || path.contains("..") || !TYPES.containsKey(ext)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // A missing file is not remembered (null maps nothing), so that made-up names cannot grow the map.
        PageFile file = read.computeIfAbsent(path, p -> PageFile.read(ROOT + p, TYPES.get(ext)).orElse(null));
        if (file == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Refused before the file's caching headers are set: a day's max-age would let a cache keep the 503.
        String client = ClientAddress.of(req);
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(req);
        FairPlaces.Outcome place = sending.take(client, FairPlaces.connectionOf(req));
        if (place.refusal() == FairPlaces.Refusal.CLIENT_MOST) {
            refuse(resp, "this client is already sent " + MOST_PER_CLIENT
                    + " answers of the query page's files, its most at once (as many as a browser opens connections); read them first.");
            return;
        }
        if (place.refusal() == FairPlaces.Refusal.ALL_HELD) {
            refuse(resp, MOST_AT_ONCE + " answers of the query page's files are being sent, the most at once"
                    + " (each holds a thread until its client has taken it), and no other client has more of them unread for "
                    + FairPlaces.CUT_AFTER.toSeconds() + " s than this one.");
            return;
        }
        // Given back when the answer is complete, not when this method returns: the validators'
        // filter holds the bytes and writes them after, and that write is what waits on the client.
        Request.addCompletionListener(request, failure -> sending.giveBack(place.place()));
        if (ext.equals("html")) resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("Cache-Control", path.startsWith("yasqe/") ? "max-age=86400" : "no-cache");
        file.send(resp, acceptsGzip(req));
    }

    private static void refuse(HttpServletResponse resp, String why) throws IOException {
        PlainRefusal.of(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is busy: " + why + " Try again in "
                + RETRY_AFTER_SECONDS + " s.").retryAfter(RETRY_AFTER_SECONDS).send(resp);
    }

    /** Whether the client takes gzip: named in Accept-Encoding, and not refused with {@code q=0}. */
    static boolean acceptsGzip(HttpServletRequest req) {
        String accepted = req.getHeader("Accept-Encoding");
        if (accepted == null) return false;
        for (String coding : accepted.split(",")) {
            String[] parts = coding.trim().split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            if (!name.equals("gzip") && !name.equals("x-gzip")) continue;
            return parts.length == 1 || !parts[1].trim().replace(" ", "").matches("q=0(\\.0*)?");
        }
        return false;
    }
}
