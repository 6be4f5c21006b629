package org.pactgraph.validate;

import java.util.List;
import org.pactgraph.PactGraphException;

/** The data broke one or more SHACL shapes; each violation is one readable line. */
public final class ValidationException extends PactGraphException {
    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(summary(violations), "fix the data named above and load again; the store was not changed");
        this.violations = List.copyOf(violations);
    }

    /** The violations, in a stable order. */
    public List<Violation> violations() {
        return violations;
    }

    /** The whole report: a summary line, then one line per violation. */
    public String report() {
        StringBuilder sb = new StringBuilder(count(violations) + " (file: resource path: message (shape)):");
        for (Violation v : violations) {
            sb.append(System.lineSeparator()).append("  ").append(v);
        }
        return sb.toString();
    }

    private static String summary(List<Violation> violations) {
        return count(violations) + "; first: " + violations.get(0);
    }

    private static String count(List<Violation> violations) {
        return "SHACL validation failed with " + violations.size() + " violation" + (violations.size() == 1 ? "" : "s");
    }
}
