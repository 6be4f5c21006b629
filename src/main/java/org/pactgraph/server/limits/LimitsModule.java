package org.pactgraph.server.limits;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.util.component.LifeCycle;
import org.pactgraph.server.ServerSettings;
import org.pactgraph.server.ThreadHolder;

/**
 * Safe by default, for a server anyone on the network may query: every query and update is
 * cancelled after the timeout ({@link ARQ#queryTimeout}, {@link ARQ#updateTimeout}); anonymous
 * SELECTs get at most the row cap; {@code SERVICE} is refused unless allowed
 * ({@link ARQ#httpServiceAllowed}, which plain ARQ leaves open to any URL); CORS headers let
 * browser pages on other origins read, without credentials, and never write ({@link ReadOnlyCors});
 * a compressed request body is refused ({@link EncodedBodies}), and one in a charset Java does not know
 * ({@link UnknownCharsets}); request bodies are read in a bounded number of places, per client address and in all, each
 * within a deadline ({@link BodyReads}), and writers' bodies received whole hold at most
 * {@link ServerSettings#spoolBytes} on disk together ({@link SpoolSpace}); a request body over {@link ServerSettings#MAX_REQUEST_BYTES}
 * (RDF for the Graph Store: {@link RequestSizeLimit#MAX_RDF_BYTES}) is refused with 413 before it
 * is parsed ({@link RequestSizeLimit}); a text body that is not UTF-8 is refused with 400
 * ({@link Utf8Bodies}). A query's text is checked before it is parsed ({@link QueryText}), and
 * its shape after ({@link QueryShape}); an update meets the same bounds ({@link UpdateShape}).
 * RDF a client sends is parsed within bounds ({@link BoundedRdfParsers}). ({@code LOAD} is
 * refused by the update endpoint, see the security module.)
 *
 * <p>The timeout also stops what ARQ's own cancellation does not reach: property paths and
 * sorts ({@link CancellableExecutor}), regular expressions ({@link CancellableRegex}); stopping
 * the server cancels the queries still running. What one query may hold is bounded: strings
 * built by {@code GROUP_CONCAT}, {@code CONCAT} and {@code REPLACE} up to
 * {@link ServerSettings#maxStringChars} ({@link BoundedExpressions}), sorts and {@code DISTINCT}
 * up to {@link ServerSettings#spillRows} rows in memory ({@link ARQ#spillToDiskThreshold}), the
 * rest on disk. All of these are set on each dataset's context ({@link QueryBounds}).
 */
public final class LimitsModule implements FusekiModule, ThreadHolder {
    /** Request bodies one client address may be sending at once, and all clients together. */
    static final int BODY_READS_PER_ADDRESS = 4;
    static final int BODY_READS = 64;
    /** The time RDF sent to the Graph Store has to arrive (a query's, update's or form's: {@link ServerSettings#bodyDeadline}). */
    static final Duration RDF_BODY_DEADLINE = Duration.ofSeconds(120);

    private final ServerSettings settings;
    private final RunningQueries running = new RunningQueries();
    private boolean freeSpaceForEveryRead;

    public LimitsModule(ServerSettings settings) {
        this.settings = settings;
        BoundedRdfParsers.install();
    }

    /**
     * Reads the temporary folder's free space for every read of a writer's body, as before it was
     * read once per {@link SpoolSpace#REREAD_BYTES} or {@link SpoolSpace#REREAD_AFTER}: only for
     * the upload benchmark's baseline.
     */
    public LimitsModule readingFreeSpaceForEveryBodyRead() {
        freeSpaceForEveryRead = true;
        return this;
    }

    /** Each body being read holds its thread (a blocking read), in one of {@link #BODY_READS} places. */
    @Override
    public int mostThreadsHeld() {
        return BODY_READS;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new ReadOnlyCors());
        builder.addFilter("/*", new EncodedBodies());
        builder.addFilter("/*", new UnknownCharsets());
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        SpoolSpace spool = freeSpaceForEveryRead ? SpoolSpace.readForEveryTake(settings.spoolBytes(), temporary)
                : new SpoolSpace(settings.spoolBytes(), temporary);
        builder.addFilter("/*", new BodyReads(BODY_READS_PER_ADDRESS, BODY_READS, settings.bodyDeadline(), RDF_BODY_DEADLINE, spool));
        builder.addFilter("/*", new RequestSizeLimit());
        builder.addFilter("/*", new Utf8Bodies());
        builder.registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                new RowCappedQuery(settings.anonymousRowLimit(), settings.allowService(), running));
    }

    @Override
    public void serverBeforeStarting(FusekiServer server) {
        server.getJettyServer().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopping(LifeCycle event) {
                running.cancelAll();
            }
        });
    }

    @Override
    public void configDataAccessPoint(DataAccessPoint dap, Model configModel) {
        // Each request's context is Fuseki's copied, then the dataset's added on top.
        Context cxt = dap.getDataService().getDataset().getContext();
        String millis = Long.toString(settings.timeout().toMillis());
        cxt.set(ARQ.queryTimeout, millis);
        cxt.set(ARQ.updateTimeout, millis);
        cxt.set(ARQ.httpServiceAllowed, settings.allowService());
        QueryBounds.install(cxt, settings.maxStringChars(), settings.spillRows());
    }
}
