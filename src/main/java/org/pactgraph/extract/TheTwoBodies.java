package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/**
 * "Cooperation between the two agencies", "joint projects between our two organisations": the
 * two organisations the words refer to, as {@link PartnershipRule} reads "between our countries"
 * for countries. They are the organisations named before those words in the sentence and in the
 * three sentences before it (within its section), when exactly two are named there: with a third
 * the reference is unsure, and nothing is read; "agencies" are two public bodies, or nothing is read.
 */
final class TheTwoBodies {
    private TheTwoBodies() {}

    private static final Pattern BODIES = Pattern.compile("(?i)agencies|organi[sz]ations|institutions");

    /** The two organisations the sentence refers to as "the two agencies", in the order they were named; empty if none. */
    static Optional<List<Mention>> in(DocumentState state, Sentence s) {
        Optional<AnnotatedSentences.Word> reference = reference(state, s);
        if (reference.isEmpty()) return Optional.empty();
        List<Mention> named = namedBefore(state, s, reference.get().begin(), PartnershipRule::organisations);
        if (named.size() != 2) return Optional.empty();
        // "The two agencies" are public bodies: a university or a company named beside one agency (where the news was told) is no party.
        if (AGENCIES.matcher(reference.get().word()).matches()
                && !named.stream().allMatch(m -> ((Mention.Entity) m).entries().get(0).is(Pact.GovernmentBody.getURI()))) return Optional.empty();
        return Optional.of(named);
    }

    /**
     * The entities the finder gives for the three sentences before this one (within its section)
     * and for this one before offset {@code before}, each once (by its first IRI), in the order named:
     * what "the two agencies" or "our two countries" may refer to.
     */
    static List<Mention> namedBefore(DocumentState state, Sentence s, int before, BiFunction<DocumentState, Sentence, List<Mention>> finder) {
        List<Mention> named = new ArrayList<>();
        Set<String> iris = new LinkedHashSet<>();
        for (int i = Math.max(0, s.index() - 3); i <= s.index(); i++) {
            if (!state.sections.together(i, s.index())) continue;
            for (Mention m : finder.apply(state, state.sentences.get(i))) {
                if (i == s.index() && m.begin() >= before) continue;
                if (iris.add(((Mention.Entity) m).entries().get(0).iri())) named.add(m);
            }
        }
        return named;
    }

    private static final Pattern AGENCIES = Pattern.compile("(?i)agencies");

    /** The "agencies" of "between the two agencies" or "between our two agencies", outside quotations. */
    private static Optional<AnnotatedSentences.Word> reference(DocumentState state, Sentence s) {
        for (AnnotatedSentences.Word word : state.linguistics.words(s)) {
            if (Phrases.quoted(s.text(), word.begin())) continue;
            // The parse hangs "between" on the noun it bounds or on the verb before it ("deepen cooperation between").
            List<AnnotatedSentences.Word> between = new ArrayList<>(state.linguistics.dependents(s, word, "nmod:between"));
            between.addAll(state.linguistics.dependents(s, word, "obl:between"));
            for (AnnotatedSentences.Word bodies : between) {
                if (BODIES.matcher(bodies.word()).matches() && state.linguistics.dependents(s, bodies, "nummod").stream()
                        .anyMatch(n -> n.word().equalsIgnoreCase("two"))) return Optional.of(bodies);
            }
        }
        return Optional.empty();
    }
}
