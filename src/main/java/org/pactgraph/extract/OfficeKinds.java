package org.pactgraph.extract;

import java.util.Locale;
import java.util.Optional;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * The kind of office (office:scheme in the reference data) that a title names in its
 * organisation: "President" of a university its president, "CEO" of a company its chief
 * executive. A title with a modifier that lowers it ("Deputy Minister", "Assistant Secretary")
 * or one in an organisation of another kind is given no kind rather than a wrong one. Posts in
 * governments and their bodies are given none: what a "Secretary" or "Minister" of a body is
 * (a cabinet minister, the secretary of an agency, a military department's head) the title alone
 * does not tell, and announcements' readers are not told it either.
 * A kind is written only where the reference data defines it (data/reference/offices.ttl).
 */
final class OfficeKinds {
    private OfficeKinds() {}

    /** The IRI of the kind of office of a title in an organisation, when the title tells it. */
    static Optional<String> of(String title, Gazetteer.Entry organisation) {
        String t = title.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll(" (?:for|of|at) .*$", "");
        boolean university = organisation.is(Pact.University.getURI()) || organisation.is(Pact.Institution.getURI());
        boolean company = organisation.is(Pact.Company.getURI());
        if (t.matches(".*\\b(deputy|assistant|associate|under|acting)\\b.*")) return Optional.empty();
        if (university) {
            if (t.equals("president") || t.equals("chancellor")) return kind("university-president");
            if (t.matches("(executive )?(vice president|provost|vice provost|vice chancellor)")) return kind("senior-university-officer");
        }
        if (company) {
            if (t.matches("ceo|chief executive( officer)?")) return kind("chief-executive");
            if (t.matches("(executive |senior )*(vice )?president|chief .+ officer|c[tfom]o|chairman|chairwoman|chair")) return kind("corporate-executive");
        }
        return Optional.empty();
    }

    private static Optional<String> kind(String slug) {
        return Optional.of(Iris.id(Iris.Kind.OFFICE, slug));
    }
}
