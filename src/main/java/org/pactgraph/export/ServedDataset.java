package org.pactgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * The generation a running PactGraph server serves, read through it: one Graph Store Protocol
 * GET of the whole dataset as N-Quads, which the server answers from one read transaction, so
 * the copy is consistent even while a load switches generations or an update commits. The copy
 * is held in memory: a store being served cannot be opened by a second process (TDB2 allows one).
 */
public final class ServedDataset {
    private ServedDataset() {}

    /** A copy of every graph the server at {@code baseUrl} serves. */
    public static DatasetGraph fetch(URI baseUrl) {
        URI dump = URI.create(baseUrl + "/pactgraph/get");
        HttpRequest request = HttpRequest.newBuilder(dump).header("Accept", "application/n-quads").build();
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = r.body()) {
                if (r.statusCode() != 200) {
                    throw new ExportException("The server serving the store answered " + r.statusCode() + " to GET " + dump + ": "
                            + new String(body.readNBytes(500), java.nio.charset.StandardCharsets.UTF_8).strip(),
                            "check that the server is PactGraph's and is running, or stop it and export the store directly");
                }
                Txn.executeWrite(copy, () -> RDFParser.source(body).lang(Lang.NQUADS)
                        .labelToNode(LabelToNode.createUseLabelAsGiven()).parse(copy));
            }
        } catch (IOException e) {
            throw new ExportException("Cannot read the store through the server serving it at " + baseUrl + ": " + e.getMessage(),
                    "check that the server still runs, or stop it and export the store directly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("Interrupted while reading the store through " + baseUrl, "run the export again", e);
        }
        return copy;
    }
}
