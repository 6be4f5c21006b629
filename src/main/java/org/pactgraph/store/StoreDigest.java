package org.pactgraph.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The content of a store as a value: for each named graph, its triple count and an
 * order-independent digest of its triples (the sum of each triple's SHA-256, blank nodes written
 * alike). Two loads of the same inputs give equal digests; any added, lost or changed triple
 * changes them.
 */
public record StoreDigest(Map<String, String> graphs) {
    /** Reads the store's current generation (taking its lock, as a query does). */
    public static StoreDigest of(Path storeDir) {
        StoreDigest[] out = new StoreDigest[1];
        TdbStore.at(storeDir).read(dsg -> out[0] = Txn.calculateRead(dsg, () -> of(dsg)));
        return out[0];
    }

    /** The digest of a dataset's named graphs; the caller holds a read transaction. */
    public static StoreDigest of(org.apache.jena.sparql.core.DatasetGraph dsg) {
        Map<String, long[]> sums = new TreeMap<>();
        Iterator<Quad> quads = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        while (quads.hasNext()) {
            Quad q = quads.next();
            long[] s = sums.computeIfAbsent(q.getGraph().getURI(), g -> new long[2]);
            s[0]++;
            s[1] += hash(text(q.getSubject()) + " " + text(q.getPredicate()) + " " + text(q.getObject()));
        }
        Map<String, String> out = new TreeMap<>();
        sums.forEach((g, s) -> out.put(g, s[0] + " triples, digest " + Long.toHexString(s[1])));
        return new StoreDigest(Map.copyOf(out));
    }

    private static String text(Node n) {
        return n.isBlank() ? "_:b" : NodeFmtLib.strNT(n);
    }

    private static long hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) h = (h << 8) | (d[i] & 0xff);
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return new TreeMap<>(graphs).toString();
    }
}
