package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pactgraph.model.Pact;

/**
 * Who gives a sum of money, read from the dependency parse rather than from the words around it.
 * From the figure, the reading climbs the parse towards the root ("$2.8 million" &lt;- "totaling"
 * &lt;- "awards" &lt;- "announcing") and stops at the first word that names its giver: a verb's
 * subject ("KFA is announcing ... awards totaling $2.8 million") or a noun's agent ("a $430
 * million investment by the Department of Science and Technology"). The giver counts only when it
 * is an organisation and the path from the figure passes a word of giving (invest, award, fund,
 * grant, commit, provide, contribute, pledge, donate, sponsor), so that a sum an organisation only
 * mentions ("KFA reported $2 million in sales") is nobody's funding.
 *
 * <p>The figure is combined when several givers are named, when the figure says so, or when the
 * giver's phrase names others beside it that are not organisations the reading could place
 * ("KFA, along with partner funding agencies from Australia, ...").
 */
final class FundingSource {
    /** The organisations that give a figure, and whether the figure is theirs together with others. */
    record Givers(List<Gazetteer.Entry> funders, boolean combined) {}

    private static final Set<String> GIVING = Set.of("invest", "investment", "award", "fund", "funding", "grant",
            "commit", "commitment", "provide", "contribute", "contribution", "pledge", "donate", "donation", "sponsor");
    /** How far from the figure the parse is climbed: a figure's giver is at most a few phrases away. */
    private static final int MAX_STEPS = 6;

    private FundingSource() {}

    static Optional<Givers> of(DocumentState state, Sentence s, List<Mention> mentions, Mention.Money money) {
        AnnotatedSentences parse = state.linguistics;
        Optional<AnnotatedSentences.Word> current = figure(parse, s, money);
        boolean giving = false;
        for (int step = 0; step < MAX_STEPS && current.isPresent(); step++) {
            AnnotatedSentences.Word w = current.get();
            if (step > 0) giving |= giving(parse, s, w);
            List<AnnotatedSentences.Word> heads = new ArrayList<>(agents(parse, s, w));
            if (w.pos().startsWith("VB")) heads.addAll(parse.dependents(s, w, "nsubj").stream()
                    .filter(d -> !parse.dependents(s, w, "nsubj:pass").contains(d)).toList());
            if (!heads.isEmpty()) {
                if (!giving) return Optional.empty();
                return givers(parse, s, mentions, money, heads);
            }
            if (giving && w.pos().startsWith("VB")) {
                Optional<Gazetteer.Entry> subject = subjectTheParseLost(parse, s, mentions, w);
                if (subject.isPresent()) return Optional.of(new Givers(List.of(subject.get()), money.combined()));
            }
            current = parse.head(s, w);
        }
        return Optional.empty();
    }

    /** The word that heads the figure in the parse: the first of its words whose head lies outside it. */
    private static Optional<AnnotatedSentences.Word> figure(AnnotatedSentences parse, Sentence s, Mention.Money money) {
        return parse.words(s).stream()
                .filter(w -> w.begin() >= money.begin() && w.end() <= money.end())
                .filter(w -> parse.head(s, w).map(h -> h.begin() < money.begin() || h.begin() >= money.end()).orElse(true))
                .findFirst();
    }

    /** The figure as the verb's object, or as a bare oblique: the parser reads "up to" as a preposition it does not name. */
    private static final Set<String> OUTRIGHT = Set.of("obj", "obl");

    /**
     * Whether the figure is itself what a verb of giving gives, its direct object ("A expects to
     * award up to $5 million for this call"), rather than the size of the grants it gives ("A
     * will award grants of up to $500,000"), where the figure hangs on the grants.
     */
    static boolean givenOutright(DocumentState state, Sentence s, Mention.Money money) {
        AnnotatedSentences parse = state.linguistics;
        return figure(parse, s, money).map(w -> parse.headsOf(w.index()).stream().anyMatch(edge -> OUTRIGHT.contains(edge.relation())
                && parse.head(s, w).filter(verb -> verb.index() == edge.head() && verb.pos().startsWith("VB")
                        && GIVING.contains(verb.lemma().toLowerCase(java.util.Locale.ROOT))).isPresent())).orElse(false);
    }

    /**
     * Whether a name only qualifies the noun after it ("COE partners", "the agency's grantees"):
     * its last word is a compound or possessive of a word outside the name.
     */
    static boolean modifiesANoun(DocumentState state, Sentence s, Mention name) {
        AnnotatedSentences parse = state.linguistics;
        return parse.words(s).stream().filter(w -> w.begin() >= name.begin() && w.end() <= name.end())
                .reduce((first, second) -> second)
                .map(last -> parse.headsOf(last.index()).stream().anyMatch(edge -> MODIFIER.contains(edge.relation())
                        && parse.head(s, last).filter(h -> h.index() == edge.head() && (h.begin() < name.begin() || h.begin() >= name.end())).isPresent()))
                .orElse(false);
    }

    private static final Set<String> MODIFIER = Set.of("compound", "nmod:poss");

    /** Whether a word on the path, or a noun it governs ("the selection of ... awards"), is a word of giving. */
    private static boolean giving(AnnotatedSentences parse, Sentence s, AnnotatedSentences.Word w) {
        List<AnnotatedSentences.Word> words = new ArrayList<>(List.of(w));
        words.addAll(parse.dependents(s, w, "nmod:of"));
        words.addAll(parse.dependents(s, w, "compound"));
        return words.stream().anyMatch(x -> GIVING.contains(x.lemma().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The subject of a verb with auxiliaries but no subject in the parse ("..., KFA is announcing"
     * where the parser took "KFA" for an apposition of the noun before it): the organisation
     * named directly before the verb's first auxiliary, with nothing but space between.
     */
    private static Optional<Gazetteer.Entry> subjectTheParseLost(AnnotatedSentences parse, Sentence s, List<Mention> mentions,
                                                                 AnnotatedSentences.Word verb) {
        if (!parse.dependents(s, verb, "nsubj").isEmpty()) return Optional.empty();
        Optional<AnnotatedSentences.Word> aux = parse.dependents(s, verb, "aux").stream()
                .min(java.util.Comparator.comparingInt(AnnotatedSentences.Word::begin));
        if (aux.isEmpty()) return Optional.empty();
        int begin = aux.get().begin();
        return mentions.stream().filter(m -> m.end() <= begin && s.text().substring(m.end(), begin).isBlank())
                .map(m -> Phrases.entityOf(m, Pact.Organization.getURI())).flatMap(Optional::stream).findFirst();
    }

    /** A noun's agent: "investment by X" (obl:by, nmod:by, nmod:agent, obl:agent). */
    private static List<AnnotatedSentences.Word> agents(AnnotatedSentences parse, Sentence s, AnnotatedSentences.Word w) {
        List<AnnotatedSentences.Word> found = new ArrayList<>();
        for (String relation : List.of("obl:by", "nmod:by", "obl:agent", "nmod:agent")) found.addAll(parse.dependents(s, w, relation));
        return found;
    }

    private static Optional<Givers> givers(AnnotatedSentences parse, Sentence s, List<Mention> mentions, Mention.Money money,
                                           List<AnnotatedSentences.Word> heads) {
        List<Gazetteer.Entry> funders = new ArrayList<>();
        boolean others = false;
        for (AnnotatedSentences.Word head : heads) {
            List<AnnotatedSentences.Word> named = new ArrayList<>(parse.withConjuncts(s, head));
            named.addAll(parse.dependents(s, head, "appos"));
            for (AnnotatedSentences.Word n : named) {
                Optional<Gazetteer.Entry> org = organisationAt(mentions, n);
                if (org.isPresent()) {
                    if (funders.stream().noneMatch(f -> f.iri().equals(org.get().iri()))) funders.add(org.get());
                } else {
                    others = true;
                }
            }
            others |= !parse.dependents(s, head, "nmod:with").isEmpty() || !parse.dependents(s, head, "nmod:along_with").isEmpty()
                    || !parse.dependents(s, head, "nmod:together_with").isEmpty();
        }
        if (funders.isEmpty()) return Optional.empty();
        return Optional.of(new Givers(List.copyOf(funders), others || funders.size() > 1 || money.combined()));
    }

    private static Optional<Gazetteer.Entry> organisationAt(List<Mention> mentions, AnnotatedSentences.Word w) {
        return mentions.stream().filter(m -> m.begin() <= w.begin() && w.end() <= m.end())
                .map(m -> Phrases.entityOf(m, Pact.Organization.getURI())).flatMap(Optional::stream).findFirst();
    }
}
