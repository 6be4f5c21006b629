package org.pactgraph.review;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The review queue of a store that a server serves, asked through that server as a writer
 * ({@code GET /review/queue?format=text}, {@code POST /review/decide}, {@code POST /review/undo}): while a server holds the
 * store, only it may write it.
 */
public final class RemoteReview {
    private final URI base;
    private final String authorization;

    /** A client for the server at the base URL, with a writer's credentials. */
    public RemoteReview(URI base, String user, char[] password) {
        this.base = base;
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(user + ":" + new String(password)));
        byte[] pair = Arrays.copyOf(bytes.array(), bytes.limit());
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(pair);
        Arrays.fill(pair, (byte) 0);
    }

    /** The first page of the queue as {@link QueueText} writes it. */
    public String queueText() {
        return queueText(0, QueuePage.DEFAULT_LIMIT);
    }

    /** A page of the queue as {@link QueueText} writes it. */
    public String queueText(int offset, int limit) {
        return send(HttpRequest.newBuilder(URI.create(base + "/review/queue?format=text&offset=" + offset + "&limit=" + limit)).GET());
    }

    /** Sends a decision (the form fields of {@code POST /review/decide}); returns the server's answer. */
    public JsonObject decide(Map<String, String> form) {
        return post("/review/decide", form);
    }

    /** Undoes the decision of a key ({@code POST /review/undo}); returns the server's answer. */
    public JsonObject undo(String key) {
        return post("/review/undo", Map.of("key", key));
    }

    private JsonObject post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String answer = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        return JSON.parse(answer);
    }

    private String send(HttpRequest.Builder request) {
        HttpRequest r = request.header("Authorization", authorization).build();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpResponse<String> answer = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                String words = answer.body().strip();
                try {
                    words = JSON.parse(words).getString("error");
                } catch (RuntimeException notJson) {
                    // the text as it came
                }
                throw new ReviewException("The server serving the store answered " + answer.statusCode() + " to " + r.method() + " " + r.uri()
                        + ": " + words, answer.statusCode() == 401 || answer.statusCode() == 403
                        ? "give --user with a user of the server's password file who has the write role" : "see 'pactgraph review list'");
            }
            return answer.body();
        } catch (IOException e) {
            throw new ReviewException("Cannot reach the server serving the store at " + base + ": " + e.getMessage(), "check that it still runs");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReviewException("Interrupted while asking the server", "run the command again");
        }
    }
}
