package org.pactgraph.server.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;

/**
 * The languages a reader prefers, from the Accept-Language header, among those the data is
 * labelled in (English and Japanese); English comes last as the fallback.
 *
 * @param languages the language codes in order of preference, never empty
 */
public record LanguagePreference(List<String> languages) {
    /** The languages the data is labelled in. */
    public static final List<String> SUPPORTED = List.of("en", "ja");

    /** The preference for an Accept-Language header (null or malformed: English). */
    public static LanguagePreference of(String acceptLanguage) {
        record Weighted(String lang, double q, int order) {}
        List<Weighted> ranges = new ArrayList<>();
        if (acceptLanguage != null) {
            String[] parts = acceptLanguage.split(",");
            for (int i = 0; i < parts.length; i++) {
                String[] fields = parts[i].strip().split(";");
                String lang = fields[0].strip().toLowerCase(Locale.ROOT).split("-")[0];
                double q = 1.0;
                for (int f = 1; f < fields.length; f++) {
                    String field = fields[f].strip();
                    if (field.startsWith("q=")) {
                        try {
                            q = Double.parseDouble(field.substring(2));
                        } catch (NumberFormatException e) {
                            q = 0;
                        }
                    }
                }
                if (q > 0 && SUPPORTED.contains(lang)) ranges.add(new Weighted(lang, q, i));
            }
        }
        List<String> out = new ArrayList<>();
        ranges.stream().sorted(Comparator.comparingDouble(Weighted::q).reversed().thenComparingInt(Weighted::order))
                .forEach(w -> {
                    if (!out.contains(w.lang())) out.add(w.lang());
                });
        if (!out.contains("en")) out.add("en");
        return new LanguagePreference(List.copyOf(out));
    }

    /** The first choice, for the page's lang attribute. */
    public String primary() {
        return languages.get(0);
    }

    /**
     * The literal to show among several: the first in a preferred language, then one without a
     * language, then any; null when there are none.
     */
    public Node choose(List<Node> literals) {
        for (String lang : languages) {
            for (Node n : literals) {
                if (n.isLiteral() && lang.equalsIgnoreCase(n.getLiteralLanguage().split("-")[0])) return n;
            }
        }
        return literals.stream().filter(n -> n.isLiteral() && n.getLiteralLanguage().isEmpty()).findFirst()
                .orElse(literals.stream().filter(Node::isLiteral).findFirst().orElse(null));
    }
}
