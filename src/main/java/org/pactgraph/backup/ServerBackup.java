package org.pactgraph.backup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.apache.jena.atlas.json.JSON;

/**
 * Asks a running PactGraph server for a backup ({@code POST /$/backup/pactgraph}, as a writer):
 * for a store that server serves, only it can read the generation in use consistently. The
 * server writes the backup into the store's {@code backups} folder and answers with its manifest.
 */
public final class ServerBackup {
    private ServerBackup() {}

    /** Requests the backup with the credentials of a writer; returns its manifest. */
    public static BackupManifest request(URI baseUrl, String user, char[] password) {
        URI url = URI.create(baseUrl + "/$/backup/pactgraph");
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap((user + ":" + new String(password))));
        byte[] pair = Arrays.copyOf(bytes.array(), bytes.limit());
        String token = Base64.getEncoder().encodeToString(pair);
        Arrays.fill(pair, (byte) 0);
        HttpRequest r = HttpRequest.newBuilder(url).header("Authorization", "Basic " + token).POST(HttpRequest.BodyPublishers.noBody()).build();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpResponse<String> answer = http.send(r, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new BackupException("The server serving the store answered " + answer.statusCode() + " to POST " + url + ": "
                        + answer.body().strip(), answer.statusCode() == 401 || answer.statusCode() == 403
                        ? "give --user with a user of the server's password file who has the write role" : "see the server's output");
            }
            return BackupManifest.of(JSON.parse(answer.body()), url.toString());
        } catch (IOException e) {
            throw new BackupException("Cannot reach the server serving the store at " + baseUrl + ": " + e.getMessage(),
                    "check that it still runs", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException("Interrupted while the server wrote the backup", "run the backup again", e);
        }
    }
}
