package org.pactgraph.extract;

import java.util.Locale;
import java.util.Optional;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * The kind of office (office:scheme in the reference data) that a title names in its
 * organisation: "Prime Minister" of a government is a head of government, "Minister" or
 * "Secretary" of one a minister, "President" of a university its president, "CEO" of a company
 * its chief executive. A title with a modifier that lowers it ("Deputy Minister", "Assistant
 * Secretary") or one in an organisation of another kind is given no kind rather than a wrong one.
 * A kind is written only where the reference data defines it (data/reference/offices.ttl).
 */
final class OfficeKinds {
    private OfficeKinds() {}

    /** The IRI of the kind of office of a title in an organisation, when the title tells it. */
    static Optional<String> of(String title, Gazetteer.Entry organisation) {
        String t = title.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll(" (?:for|of|at) .*$", "");
        boolean government = organisation.is(Pact.GovernmentBody.getURI());
        boolean university = organisation.is(Pact.University.getURI()) || organisation.is(Pact.Institution.getURI());
        boolean company = organisation.is(Pact.Company.getURI());
        if (t.matches(".*\\b(deputy|assistant|associate|under|acting)\\b.*")) return Optional.empty();
        if (government) {
            if (t.equals("prime minister")) return kind("head-of-government");
            if (t.equals("minister") || t.equals("secretary")) return kind("minister");
            if (t.equals("ambassador")) return kind("ambassador");
            if (t.equals("governor")) return kind("governor");
        }
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
