package org.pactgraph.server.backup;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Semaphore;
import org.apache.jena.atlas.json.JSON;
import org.pactgraph.backup.Backup;
import org.pactgraph.backup.BackupException;
import org.pactgraph.backup.BackupManifest;
import org.pactgraph.backup.NoRoomForBackup;
import org.pactgraph.server.security.Role;
import org.pactgraph.server.security.SecurityModule;
import org.pactgraph.store.LiveDataset;

/**
 * {@code POST /$/backup/pactgraph}: writes a backup of the generation in use ({@link Backup})
 * into {@code STORE/backups/} and answers 200 with its manifest as JSON once it is complete.
 * Fuseki's own backup answers at once with a task to poll; this one answers when the file is
 * written, so that a script knows the backup is there when the request returns. No credentials:
 * 401; a user without the write role: 403; other methods: 405. Backups are written one at a time
 * (another request meanwhile: 503 with {@code Retry-After}), and none when the disk would keep
 * less than the reserve free (507), so that repeated requests cannot fill the store's disk.
 */
final class BackupServlet extends HttpServlet {
    /** Seconds a client refused while another backup is written is told to wait. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final int INSUFFICIENT_STORAGE = 507;

    private final LiveDataset store;
    private final long reserveBytes;
    private final Semaphore writing = new Semaphore(1);

    BackupServlet(LiveDataset store, long reserveBytes) {
        this.store = store;
        this.reserveBytes = reserveBytes;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (req.getUserPrincipal() == null) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"" + SecurityModule.REALM + "\", charset=\"UTF-8\"");
            text(res, HttpServletResponse.SC_UNAUTHORIZED, "A backup needs the credentials of a user with the write role");
            return;
        }
        if (!req.isUserInRole(Role.WRITE.word())) {
            text(res, HttpServletResponse.SC_FORBIDDEN, "A backup needs the write role; " + req.getUserPrincipal().getName() + " has read only");
            return;
        }
        if (!writing.tryAcquire()) {
            res.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            text(res, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "A backup is being written; this server writes one at a time."
                    + " Try again in " + RETRY_AFTER_SECONDS + " s.");
            return;
        }
        BackupManifest manifest;
        try {
            manifest = Backup.write(store, store::generationInUse, store.generation().getParent().resolve("backups"), Clock.systemUTC(), reserveBytes);
        } catch (NoRoomForBackup e) {
            text(res, INSUFFICIENT_STORAGE, e.oneLine());
            return;
        } catch (BackupException e) {
            text(res, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.oneLine());
            return;
        } finally {
            writing.release();
        }
        res.setStatus(HttpServletResponse.SC_OK);
        res.setContentType("application/json; charset=utf-8");
        try (OutputStream out = res.getOutputStream()) {
            JSON.write(out, manifest.json());
        }
    }

    private static void text(HttpServletResponse res, int status, String words) throws IOException {
        res.setStatus(status);
        res.setContentType("text/plain; charset=utf-8");
        res.getOutputStream().write((words + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
