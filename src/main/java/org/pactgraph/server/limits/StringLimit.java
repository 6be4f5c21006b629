package org.pactgraph.server.limits;

import org.apache.jena.web.HttpSC;

/**
 * The longest string one query may build. A {@code GROUP_CONCAT} over a cross product built a
 * 719 MB string and another ran the heap out; past this length the query is refused with 413 and
 * a message that names the limit, instead of growing until the JVM fails.
 */
record StringLimit(int maxChars) {
    /** Refuses the query when {@code length} characters are more than the limit allows. */
    void check(long length, String function) {
        if (length > maxChars) {
            throw new QueryRefused(HttpSC.PAYLOAD_TOO_LARGE_413, "This query builds a string of more than "
                    + maxChars + " characters with " + function + "; this server's limit is " + maxChars
                    + " (serve --max-string). Narrow the query: fewer or shorter values in each group, or a LIMIT in a subquery.");
        }
    }
}
