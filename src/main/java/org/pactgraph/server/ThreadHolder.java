package org.pactgraph.server;

/**
 * A module whose requests may wait on server threads, each holding one (a body being read, a
 * write waiting for its turn, heavy work running or in line), and which bounds how many do at
 * once. The server's thread pool is sized above the sum of these bounds ({@link JettyCapacity}),
 * so that when every bound is reached there are still threads for the requests no bound holds:
 * health checks, pages, resources and Jetty's own work.
 */
public interface ThreadHolder {
    /** The most server threads this module's requests may hold at once. */
    int mostThreadsHeld();
}
