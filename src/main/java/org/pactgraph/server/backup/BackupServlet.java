package org.pactgraph.server.backup;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.jena.atlas.json.JSON;
import org.pactgraph.backup.Backup;
import org.pactgraph.backup.BackupException;
import org.pactgraph.backup.BackupManifest;
import org.pactgraph.server.security.Role;
import org.pactgraph.server.security.SecurityModule;
import org.pactgraph.store.LiveDataset;

/**
 * {@code POST /$/backup/pactgraph}: writes a backup of the generation in use ({@link Backup})
 * into {@code STORE/backups/} and answers 200 with its manifest as JSON once it is complete.
 * Fuseki's own backup answers at once with a task to poll; this one answers when the file is
 * written, so that a script knows the backup is there when the request returns. No credentials:
 * 401; a user without the write role: 403; other methods: 405.
 */
final class BackupServlet extends HttpServlet {
    private final LiveDataset store;

    BackupServlet(LiveDataset store) {
        this.store = store;
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
        BackupManifest manifest;
        try {
            manifest = Backup.write(store, store::generationInUse, store.generation().getParent().resolve("backups"), Clock.systemUTC());
        } catch (BackupException e) {
            text(res, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.oneLine());
            return;
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
