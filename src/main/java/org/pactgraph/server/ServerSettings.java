package org.pactgraph.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How the server listens and what it allows. The CLI builds it from its options, which fall back
 * on environment variables and then on the defaults named here.
 *
 * @param host the address to bind. Defaults to 127.0.0.1 (this machine only); 0.0.0.0 binds
 *     every interface.
 * @param port the TCP port; 0 picks a free one. Defaults to 3030.
 * @param timeout how long one query or update may run before it is cancelled. Defaults to 30 s.
 * @param anonymousRowLimit the most result rows a query without credentials gets; 0 for no
 *     limit. Defaults to 10,000.
 * @param authFile the password file (see {@code pactgraph passwd}); when present, update and
 *     Graph Store write endpoints are served to its users with the write role. Defaults to none:
 *     the server is read-only.
 * @param allowService whether SPARQL {@code SERVICE} may call other endpoints. Defaults to
 *     false, because it makes the server fetch URLs that a client chooses.
 * @param allowLoad whether SPARQL Update {@code LOAD} may read URLs or files. Defaults to false,
 *     for the same reason.
 * @param queries the folder of {@code .rq} files listed on the query page. Defaults to
 *     {@code queries}.
 * @param maxStringChars the longest string a query may build (with {@code GROUP_CONCAT},
 *     {@code CONCAT}, {@code REPLACE}); a query building a longer one is refused with 413.
 *     Defaults to 10,000,000 characters.
 * @param spillRows how many rows {@code ORDER BY} and {@code DISTINCT} keep in memory before
 *     they spill to temporary files; more than 1,000. Defaults to 100,000.
 * @param bodyDeadline the time a query's, update's or form's whole request body has to arrive
 *     once its reading starts; one still arriving then is answered 408. Defaults to 15 s; the CLI
 *     keeps the default, and tests set a shorter one so as not to wait for it.
 * @param spoolBytes the most bytes that writers' request bodies, received whole before their write's
 *     turn, may hold in temporary files at once, all bodies together; never more than half the
 *     temporary folder's free space either, and one client address's bodies at most a quarter of it.
 *     A body that would pass either is refused with 503. Defaults to 1 GiB.
 */
public record ServerSettings(String host, int port, Duration timeout, int anonymousRowLimit,
                             Optional<Path> authFile, boolean allowService, boolean allowLoad, Path queries,
                             int maxStringChars, long spillRows, Duration bodyDeadline, long spoolBytes) {
    /** The name under which the dataset is served: /pactgraph/sparql, /pactgraph/get. */
    public static final String DATASET = "/pactgraph";
    /** Default query timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Default cap on result rows for queries without credentials. */
    public static final int DEFAULT_ROW_LIMIT = 10_000;
    /**
     * The largest request body the server reads, 1 MiB: far above any real query (a VALUES block
     * of 50,000 short values fits), far below what would keep the parser busy for seconds. HTML
     * form posts also meet Jetty's own form limit of 200,000 bytes, and URLs its 8 KiB header limit.
     */
    public static final int MAX_REQUEST_BYTES = 1 << 20;
    /** Default longest string a query may build: 10 million characters, 10 to 20 MB of heap. */
    public static final int DEFAULT_MAX_STRING_CHARS = 10_000_000;
    /** Default number of rows a sort or DISTINCT keeps in memory before spilling to disk. */
    public static final long DEFAULT_SPILL_ROWS = 100_000;
    /** Default time a query's, update's or form's whole body has to arrive. */
    public static final Duration DEFAULT_BODY_DEADLINE = Duration.ofSeconds(15);
    /** Default most bytes writers' bodies may hold on disk at once: 16 bodies of the largest size. */
    public static final long DEFAULT_SPOOL_BYTES = 1L << 30;

    public ServerSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must be an address such as 127.0.0.1");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, such as 30s, not " + timeout);
        }
        if (anonymousRowLimit < 0) {
            throw new IllegalArgumentException("the row limit must be 0 (none) or more, not " + anonymousRowLimit);
        }
        if (maxStringChars < 1) {
            throw new IllegalArgumentException("the longest string a query may build must be 1 or more characters, not " + maxStringChars);
        }
        if (spillRows <= 1000) {
            // ARQ sorts a LIMIT of up to 1,000 rows in memory and counts on spilling only past that.
            throw new IllegalArgumentException("the rows kept in memory before spilling must be more than 1000, not " + spillRows);
        }
        if (bodyDeadline == null || bodyDeadline.isNegative() || bodyDeadline.isZero()) {
            throw new IllegalArgumentException("the deadline of a request body must be positive, such as 15s, not " + bodyDeadline);
        }
        if (spoolBytes < 1) {
            throw new IllegalArgumentException("the bytes request bodies may hold on disk must be 1 or more, not " + spoolBytes);
        }
        authFile = authFile == null ? Optional.empty() : authFile;
        queries = queries == null ? Path.of("queries") : queries;
    }

    /** The given address and port with every other setting at its default. */
    public ServerSettings(String host, int port) {
        this(host, port, DEFAULT_TIMEOUT, DEFAULT_ROW_LIMIT, Optional.empty(), false, false, Path.of("queries"),
                DEFAULT_MAX_STRING_CHARS, DEFAULT_SPILL_ROWS, DEFAULT_BODY_DEADLINE, DEFAULT_SPOOL_BYTES);
    }

    /** 127.0.0.1, port 3030, read-only, 30 s timeout, 10,000 rows for anonymous queries. */
    public static ServerSettings defaults() {
        return new ServerSettings("127.0.0.1", 3030);
    }

    /** These settings with another timeout. */
    public ServerSettings withTimeout(Duration value) {
        return new ServerSettings(host, port, value, anonymousRowLimit, authFile, allowService, allowLoad, queries, maxStringChars, spillRows, bodyDeadline, spoolBytes);
    }

    /** These settings with another cap on anonymous result rows. */
    public ServerSettings withAnonymousRowLimit(int value) {
        return new ServerSettings(host, port, timeout, value, authFile, allowService, allowLoad, queries, maxStringChars, spillRows, bodyDeadline, spoolBytes);
    }

    /** These settings with writes enabled for the users of a password file. */
    public ServerSettings withAuthFile(Path value) {
        return new ServerSettings(host, port, timeout, anonymousRowLimit, Optional.of(value), allowService, allowLoad, queries, maxStringChars, spillRows, bodyDeadline, spoolBytes);
    }

    /** These settings with SERVICE and LOAD allowed or refused. */
    public ServerSettings withRemoteAccess(boolean service, boolean load) {
        return new ServerSettings(host, port, timeout, anonymousRowLimit, authFile, service, load, queries, maxStringChars, spillRows, bodyDeadline, spoolBytes);
    }

    /** These settings with another folder of catalogue queries. */
    public ServerSettings withQueries(Path value) {
        return new ServerSettings(host, port, timeout, anonymousRowLimit, authFile, allowService, allowLoad, value, maxStringChars, spillRows, bodyDeadline, spoolBytes);
    }

    /** These settings with other bounds on what one query may hold in memory. */
    public ServerSettings withMemoryBounds(int maxString, long spill) {
        return new ServerSettings(host, port, timeout, anonymousRowLimit, authFile, allowService, allowLoad, queries, maxString, spill, bodyDeadline, spoolBytes);
    }

    /** These settings with another deadline for a request body to arrive. */
    public ServerSettings withBodyDeadline(Duration value) {
        return new ServerSettings(host, port, timeout, anonymousRowLimit, authFile, allowService, allowLoad, queries, maxStringChars, spillRows, value, spoolBytes);
    }

    /** These settings with another bound on the bytes writers' bodies may hold on disk at once. */
    public ServerSettings withSpoolBytes(long value) {
        return new ServerSettings(host, port, timeout, anonymousRowLimit, authFile, allowService, allowLoad, queries, maxStringChars, spillRows, bodyDeadline, value);
    }
}
