package org.pactgraph.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * Per-graph digests of quads seen one at a time, in any order: for each graph its triple count
 * and the sum of the first 64 bits of each triple's SHA-256 (blank nodes written alike, since a
 * store may relabel them). Equal content gives equal digests whatever order it is read in; an
 * added, lost or changed triple changes them.
 */
final class GraphDigests {
    private final Map<String, long[]> sums = new TreeMap<>();
    private final MessageDigest sha;

    GraphDigests() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }

    void add(Quad q) {
        String graph = Quad.isDefaultGraph(q.getGraph()) ? "default" : q.getGraph().getURI();
        long[] s = sums.computeIfAbsent(graph, g -> new long[2]);
        s[0]++;
        byte[] d = sha.digest((text(q.getSubject()) + " " + text(q.getPredicate()) + " " + text(q.getObject()))
                .getBytes(StandardCharsets.UTF_8));
        long h = 0;
        for (int i = 0; i < 8; i++) h = (h << 8) | (d[i] & 0xff);
        s[1] += h;
    }

    /** Graph IRI ("default" for the default graph) to "N triples, digest HEX". */
    Map<String, String> result() {
        Map<String, String> out = new TreeMap<>();
        sums.forEach((g, s) -> out.put(g, s[0] + " triples, digest " + Long.toHexString(s[1])));
        return out;
    }

    private static String text(Node n) {
        return n.isBlank() ? "_:b" : NodeFmtLib.strNT(n);
    }
}
