package org.pactgraph.extract;

import java.util.List;
import java.util.Locale;
import org.pactgraph.PactGraphException;

/**
 * A mode of the extractor chosen by a system property or, failing that, an environment variable:
 * one of a few words, case and surrounding spaces aside, the first of them when neither is given.
 * Written once for every such setting (what caps the rules' facts, what promotes their
 * candidates), so that each is read, defaulted and refused alike.
 */
final class ModeSetting {
    private ModeSetting() {}

    /**
     * The mode given by {@code property} or {@code variable}, or {@code modes.get(0)} when neither
     * is; a word not among {@code modes} fails naming where it came from, what was expected and,
     * in {@code hint}, what to do.
     */
    static String read(String property, String variable, List<String> modes, String hint) {
        String given = System.getProperty(property);
        String source = given != null ? "the system property " + property : variable;
        if (given == null) given = System.getenv().getOrDefault(variable, "");
        String value = given.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) return modes.get(0);
        if (modes.contains(value)) return value;
        String expected = String.join(", ", modes.subList(0, modes.size() - 1)) + " or " + modes.get(modes.size() - 1);
        throw new PactGraphException(source + " is '" + given + "'; expected " + expected, hint);
    }
}
