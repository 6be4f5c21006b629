package org.pactgraph.server.capacity;

import java.time.Duration;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.pactgraph.server.ThreadHolder;

/**
 * Keeps cheap requests answered while expensive ones run: heavy work (SPARQL queries and
 * updates, Graph Store reads, explanations, dumps, entity search, reconciliation) passes a gate ({@link HeavyWorkGate}) that
 * lets at most {@link Capacity#perClient()} requests of one client address and
 * {@link Capacity#total()} in all run at once, queues the rest for up to
 * {@link Capacity#queueWait()} and refuses what does not fit with 503 and {@code Retry-After}.
 * Health checks, metrics and pages do not pass it, so the threads and the processor time that
 * the gate leaves stay theirs. The pages computed for each request (resources, the ontology, the
 * dataset's description) pass a gate of their own with the same bounds: without one, 300
 * connections from 250 addresses pipelining a resource page kept 300 pages computing at once, and
 * {@code /$/ping} took up to 10 s (round 17's attack); behind it, queries cannot crowd out pages.
 * That gate shares its places fairly: a page finding them all held has a page another client
 * leaves unread ended, as the query page's files do. Both gates' lines are taken in turn by address
 * and bounded as a whole ({@link LineInTurns}): a newcomer's page waited 7 to 9 s behind 300
 * connections from 250 addresses in a first come, first served line (round 17's open item).
 */
public final class CapacityModule implements FusekiModule, ThreadHolder {
    private final Capacity capacity;

    public CapacityModule(Capacity capacity) {
        this.capacity = capacity;
    }

    /** The gate's bounds. */
    public record Capacity(int perClient, int total, int queuedPerClient, int queuedTotal, Duration queueWait) {
        public Capacity {
            if (perClient < 1 || total < perClient || queuedPerClient < 0 || queuedTotal < queuedPerClient
                    || queueWait.isNegative()) {
                throw new IllegalArgumentException("capacity bounds must satisfy 1 <= perClient <= total and 0 <= queuedPerClient <= queuedTotal");
            }
        }

        /**
         * Sized for this machine: each client may run as many heavy requests as there are
         * processors (at least 2), all clients together twice that (at least 4); 64 more of one
         * client and 128 in all may wait up to 20 s in each gate's line, which is what the 50-client load test and
         * {@code wrk -c64} from one address need without a refusal, and leaves at least half of
         * the server's threads to everything else.
         */
        public static Capacity forThisMachine() {
            int cores = Runtime.getRuntime().availableProcessors();
            return new Capacity(Math.max(2, cores), Math.max(4, 2 * cores), 64, 128, Duration.ofSeconds(20));
        }
    }

    /** Heavy requests and pages running and waiting in line, each on its thread. */
    @Override
    public int mostThreadsHeld() {
        return 2 * (capacity.total() + capacity.queuedTotal());
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new HeavyWorkGate(capacity, "queries", HeavyWorkGate.HEAVY, false));
        builder.addFilter("/*", new HeavyWorkGate(capacity, "pages", HeavyWorkGate.PAGES, true));
    }
}
