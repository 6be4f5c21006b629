package org.pactgraph.generate;

import java.util.LinkedHashSet;
import java.util.Set;
import org.pactgraph.model.Iris;

/**
 * The gold standard of one synthetic document as it is written: the statements the text states,
 * in the form {@code pactgraph eval} reads (the extractor's IRIs, types, labels and review marks
 * for what the reference data does not know). Kept in order, without repeats.
 */
final class Gold {
    private static final String PACT = "https://w3id.org/pactgraph/ontology#";
    private final Set<String> lines = new LinkedHashSet<>();
    private final String documentIri;

    Gold(String slug) {
        this.documentIri = Iris.id(Iris.Kind.DOCUMENT, slug);
    }

    String document() {
        return documentIri;
    }

    void add(String s, String p, String o) {
        lines.add("<" + s + "> " + p + " " + o + " .");
    }

    void link(String s, String p, String iri) {
        add(s, p, "<" + iri + ">");
    }

    /** A resource the extractor mints: its type, English label and review mark. */
    void minted(String iri, String type, String label) {
        add(iri, "a", "pact:" + type);
        add(iri, "rdfs:label", Turtle.lang(label));
        add(iri, "pact:needsReview", "true");
    }

    /** An organisation: nothing when the reference data knows it, else minted. */
    void org(SyntheticWorld.Org o) {
        if (!o.known()) minted(o.iri(), o.type(), o.name());
    }

    /** A theme: nothing when known, else minted with its preferred label. */
    void theme(SyntheticWorld.Theme t) {
        if (t.known()) return;
        String label = SyntheticWorld.capitalized(t.name());
        minted(t.iri(), "ResearchTheme", label);
        add(t.iri(), "skos:prefLabel", Turtle.lang(label));
    }

    /** A person the text introduces, with the post it gives (may be null). */
    String person(String name, String post) {
        String iri = Iris.id(Iris.Kind.PERSON, Iris.slug(name));
        minted(iri, "Person", name);
        if (post != null) link(iri, "pact:holdsPost", post);
        return iri;
    }

    /** A post with its title and organisation. */
    String post(String label, String title, SyntheticWorld.Org org) {
        String iri = Iris.id(Iris.Kind.POST, Iris.slug(label));
        minted(iri, "Post", label);
        add(iri, "pact:title", Turtle.string(title));
        link(iri, "pact:postIn", org.iri());
        return iri;
    }

    static String pact(String local) {
        return PACT + local;
    }

    /** The gold standard as Turtle. */
    String turtle(String comment) {
        StringBuilder b = new StringBuilder(64 * lines.size() + 512);
        b.append("# ").append(comment).append('\n').append(Turtle.PREFIXES);
        for (String l : lines) b.append(l).append('\n');
        return b.toString();
    }
}
