package org.pactgraph.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.process.normalize.NormalizeRDFTerms;

/**
 * What a decision is keyed by, so that it meets its candidate again after any reload and any
 * change of the extractor that keeps what the candidate says and where it was read:
 *
 * <ul>
 * <li>a fact: the document, the exact text of the sentence it was read from (the span's
 *     {@code nif:anchorOf}, markup included) and the triple in N-Triples form with its literal
 *     in canonical form ({@code "2.0"^^xsd:decimal} is {@code "2"}). Not the rule, the confidence
 *     or the offsets: a rule that changes its confidence, or an edit elsewhere in the document
 *     that shifts the sentence, keeps the decision; a change of the sentence itself, or of what
 *     the extractor makes of it, is a new candidate to review;</li>
 * <li>a new entity: the document, the entity's IRI and its labels there, sorted;</li>
 * <li>a merge: the IRI merged away (it is merged wherever it appears).</li>
 * </ul>
 *
 * A key is the first 16 hexadecimal digits of a SHA-256 of those parts.
 */
public final class DecisionKeys {
    private DecisionKeys() {}

    /** The key of a fact read from a sentence of a document. */
    public static String ofFact(String documentIri, String sentence, Triple t) {
        return digest("fact", documentIri, sentence, term(t.getSubject()), term(t.getPredicate()), term(t.getObject()));
    }

    /** The key of a new entity of a document, by its labels there. */
    public static String ofEntity(String documentIri, Node entity, List<String> labels) {
        String[] parts = new String[labels.size() + 3];
        parts[0] = "entity";
        parts[1] = documentIri;
        parts[2] = term(entity);
        List<String> sorted = labels.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) parts[i + 3] = sorted.get(i);
        return digest(parts);
    }

    /**
     * The key of a queue item that groups the candidate facts one rule read from one sentence (a
     * funding with its amount, funder and funded item): its facts' keys, sorted. Each fact keeps
     * its own decision; the group's key names the item on the page and in the CLI.
     */
    public static String ofGroup(List<String> factKeys) {
        List<String> parts = new java.util.ArrayList<>(List.of("group"));
        parts.addAll(factKeys.stream().sorted().toList());
        return digest(parts.toArray(String[]::new));
    }

    /** The key of merging a resource into another. */
    public static String ofMerge(Node merged) {
        return digest("merge", term(merged));
    }

    /** True for a string shaped like a key. */
    public static boolean isKey(String s) {
        return s != null && s.matches("[0-9a-f]{16}");
    }

    private static String term(Node n) {
        return NodeFmtLib.strNT(n.isLiteral() ? NormalizeRDFTerms.getXSD().normalize(n) : n);
    }

    private static String digest(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
