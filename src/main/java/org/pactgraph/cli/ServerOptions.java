package org.pactgraph.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.pactgraph.server.ServerSettings;
import picocli.CommandLine.Option;

/** The options of {@code serve}: each falls back on an environment variable, then on a default. */
final class ServerOptions {
    @Option(names = "--host", defaultValue = "${env:PACTGRAPH_HOST:-127.0.0.1}",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface; env PACTGRAPH_HOST).")
    String host;

    @Option(names = "--port", defaultValue = "${env:PACTGRAPH_PORT:-3030}",
            description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}; env PACTGRAPH_PORT).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "${env:PACTGRAPH_TIMEOUT:-30}",
            description = "Cancel a query or update after this many seconds (default: ${DEFAULT-VALUE}; env PACTGRAPH_TIMEOUT).")
    BigDecimal timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "${env:PACTGRAPH_MAX_ROWS:-10000}",
            description = "At most N result rows for queries without credentials, 0 for no cap (default: ${DEFAULT-VALUE}; env PACTGRAPH_MAX_ROWS).")
    int maxRows;

    @Option(names = "--auth", paramLabel = "FILE", defaultValue = "${env:PACTGRAPH_AUTH}",
            description = "Password file made with 'pactgraph passwd': enables /pactgraph/update and Graph Store writes "
                    + "at /pactgraph/data for its users with the write role (default: none, read-only; env PACTGRAPH_AUTH).")
    Path auth;

    @Option(names = "--allow-service", defaultValue = "${env:PACTGRAPH_ALLOW_SERVICE:-false}",
            description = "Let SPARQL SERVICE call other endpoints (default: refused; env PACTGRAPH_ALLOW_SERVICE).")
    boolean allowService;

    @Option(names = "--allow-load", defaultValue = "${env:PACTGRAPH_ALLOW_LOAD:-false}",
            description = "Let SPARQL Update LOAD read URLs and files (default: refused; env PACTGRAPH_ALLOW_LOAD).")
    boolean allowLoad;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "${env:PACTGRAPH_QUERIES:-queries}",
            description = "The .rq files listed on the query page (default: ${DEFAULT-VALUE}; env PACTGRAPH_QUERIES).")
    Path queries;

    @Option(names = "--max-string", paramLabel = "CHARS", defaultValue = "${env:PACTGRAPH_MAX_STRING:-10000000}",
            description = "Refuse (413) a query that builds a string longer than this with any function (GROUP_CONCAT, CONCAT, REPLACE, fn:concat ...) "
                    + "(default: ${DEFAULT-VALUE}; env PACTGRAPH_MAX_STRING).")
    int maxString;

    @Option(names = "--spill-rows", paramLabel = "N", defaultValue = "${env:PACTGRAPH_SPILL_ROWS:-100000}",
            description = "ORDER BY and DISTINCT keep at most N rows in memory, the rest in temporary files "
                    + "(default: ${DEFAULT-VALUE}; env PACTGRAPH_SPILL_ROWS).")
    long spillRows;

    @Option(names = "--spool-bytes", paramLabel = "BYTES", defaultValue = "${env:PACTGRAPH_SPOOL_BYTES:-1073741824}",
            description = "Writers' uploads, received whole into temporary files before they are written, hold at most BYTES on disk "
                    + "together, and never more than half the temporary folder's free space; one client address's at most a quarter of "
                    + "BYTES, or one upload of the largest size (64 MiB) when BYTES holds one and that is more (a limit under 64 MiB takes "
                    + "no upload of that size from anyone); an upload past either is refused (503) "
                    + "(default: ${DEFAULT-VALUE}; env PACTGRAPH_SPOOL_BYTES).")
    long spoolBytes;

    ServerSettings settings() {
        long millis = timeoutSeconds.movePointRight(3).longValue();
        return new ServerSettings(host, port, Duration.ofMillis(millis), maxRows, Optional.ofNullable(auth),
                allowService, allowLoad, queries, maxString, spillRows, ServerSettings.DEFAULT_BODY_DEADLINE, spoolBytes);
    }
}
