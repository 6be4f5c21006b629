package org.pactgraph.extract;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * An extraction as a person reviews it: each evidence sentence with its span, and under it the
 * statements drawn from it with the rule that drew them; then the resources the document
 * introduced, which a person should check before trusting them, and the names it could not
 * place ({@link UnplacedNames}).
 */
public final class ExtractionReview {
    private final PrefixMapping prefixes;

    public ExtractionReview(PrefixMapping prefixes) {
        this.prefixes = prefixes;
    }

    /** The review text of one extraction. */
    public String render(Extraction extraction) {
        StringBuilder out = new StringBuilder();
        Document doc = extraction.document();
        Map<String, Set<String>> bySpan = new LinkedHashMap<>();
        Map<String, Sentence> sentences = new LinkedHashMap<>();
        Set<String> review = new LinkedHashSet<>();
        Set<Triple> seen = new LinkedHashSet<>();
        Set<Triple> candidates = extraction.candidateTriples();
        List<String> candidateLines = new java.util.ArrayList<>();
        for (Fact f : extraction.facts()) {
            if (candidates.contains(f.triple())) {
                candidateLines.add("#char=" + f.evidence().rawBegin() + "," + f.evidence().rawEnd() + "  " + show(f.subject()) + " "
                        + show(f.predicate()) + " " + show(f.object()) + "   [" + f.rule() + ", confidence " + f.confidence() + "]");
                continue;
            }
            if (!seen.add(f.triple())) continue;
            String span = "#char=" + f.evidence().rawBegin() + "," + f.evidence().rawEnd();
            sentences.putIfAbsent(span, f.evidence());
            bySpan.computeIfAbsent(span, k -> new LinkedHashSet<>())
                    .add(show(f.subject()) + " " + show(f.predicate()) + " " + show(f.object()) + "   [" + f.rule() + "]");
            if (f.predicate().equals(Pact.needsReview.asNode())) review.add(show(f.subject()));
        }
        out.append(doc.path()).append(": ").append(seen.size()).append(" statements from ").append(bySpan.size())
                .append(" of ").append(extraction.sentences().size()).append(" sentences")
                .append(candidates.isEmpty() ? "" : ", " + candidates.size() + " candidates for review")
                .append(doc.published().map(d -> " (published " + d + ")").orElse(" (no publication date in the file name or near the top of the text)"))
                .append('\n');
        sentences.entrySet().stream().sorted(java.util.Comparator.comparingInt((Map.Entry<String, Sentence> e) -> e.getValue().rawBegin())
                .thenComparingInt(e -> e.getValue().rawEnd())).map(Map.Entry::getKey).forEach(span -> {
            Set<String> statements = bySpan.get(span);
            out.append('\n').append(span).append("  \"").append(sentences.get(span).text()).append("\"\n");
            statements.forEach(st -> out.append("    ").append(st).append('\n'));
        });
        if (!review.isEmpty()) {
            out.append("\nNew resources to review (pact:needsReview true): ").append(String.join(", ", List.copyOf(review))).append('\n');
        }
        if (!candidateLines.isEmpty()) {
            out.append("\nCandidates for review (confidence below ").append(Confidence.THRESHOLD)
                    .append(", not asserted; written as evidence nodes with pact:needsReview true):\n");
            candidateLines.stream().distinct().forEach(l -> out.append("  ").append(l).append('\n'));
        }
        UnplacedNames unplaced = UnplacedNames.of(extraction);
        if (!unplaced.unused().isEmpty()) {
            out.append("\nNames recognised but in no statement (not placed): ").append(String.join("; ", unplaced.unused())).append('\n');
        }
        if (!unplaced.unknown().isEmpty()) {
            out.append("\nNames not recognised (not placed): ").append(String.join("; ", unplaced.unknown())).append('\n');
        }
        return out.toString();
    }

    private String show(Node n) {
        if (n.isURI()) {
            String iri = n.getURI();
            String shortened = prefixes.shortForm(iri);
            if (!shortened.equals(iri)) return shortened;
            return iri.startsWith(Iris.ID_BASE) ? iri.substring(Iris.ID_BASE.length()) : "<" + iri + ">";
        }
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            String quoted = "\"" + (lex.length() > 80 ? lex.substring(0, 77) + "..." : lex).replace("\"", "\\\"") + "\"";
            if (!n.getLiteralLanguage().isEmpty()) return quoted + "@" + n.getLiteralLanguage();
            String dt = n.getLiteralDatatypeURI();
            return dt == null || dt.endsWith("#string") ? quoted : quoted + "^^" + prefixes.shortForm(dt);
        }
        return n.toString();
    }
}
