package org.pactgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a text holds the pact it speaks of, or only seeks or denies it: "A has an agreement with
 * B" against "A is negotiating / hopes to reach / has no agreement with B" (round 17). Read from
 * the dependency parse, for {@link PartnershipRule}'s agreement nouns and its sentences of partnering.
 */
final class HeldPacts {
    private HeldPacts() {}

    /**
     * Whether the text says the agreement is held, not sought or denied: "no agreement", "is not
     * party to an agreement", and an agreement that a verb takes as its object or passive subject
     * other than one of having or making it ("is negotiating an agreement with B"), or that a verb
     * means to make ("hopes to reach an agreement with B"), is no partnership yet.
     */
    static boolean held(DocumentState state, Sentence s, AnnotatedSentences.Word noun) {
        if (denied(state, s, noun)) return false;
        Optional<AnnotatedSentences.Word> verb = state.linguistics.head(s, noun).filter(h -> h.pos().startsWith("VB"));
        if (verb.isEmpty()) return true;
        // "A hopes to reach / plans to establish an agreement with B": what A means to do, not what it holds.
        if (state.linguistics.head(s, verb.get()).filter(h -> state.linguistics.dependents(s, h, "xcomp").contains(verb.get())).isPresent()) return false;
        boolean taken = state.linguistics.dependents(s, verb.get(), "obj").contains(noun) || state.linguistics.dependents(s, verb.get(), "nsubj:pass").contains(noun);
        return !taken || HOLDING.contains(verb.get().lemma().toLowerCase(Locale.ROOT));
    }

    /** "no agreement / partnership with B", "is not party to an agreement", "will not partner with B". */
    private static boolean denied(DocumentState state, Sentence s, AnnotatedSentences.Word pact) {
        if (state.linguistics.dependents(s, pact, "det").stream().anyMatch(d -> d.word().equalsIgnoreCase("no"))) return true;
        Optional<AnnotatedSentences.Word> verb = verbTaking(state, s, pact);
        return verb.isPresent() && (state.linguistics.dependents(s, verb.get(), "advmod").stream().anyMatch(a -> NOT.matcher(a.word()).matches())
                || !state.linguistics.dependents(s, verb.get(), "neg").isEmpty());
    }

    /**
     * Whether the sentence speaks of partnering only as something denied or not yet held: every
     * partnership noun, agreement noun and verb of partnering in it is denied ({@link #denied}),
     * taken by a verb of seeking ("is negotiating a partnership with B", "explores a
     * collaboration with B") or by a verb that one means, hopes or plans to do ("hopes to form a
     * partnership with B", "plans to partner with B"). Such a sentence states no partnership.
     */
    static boolean onlySoughtOrDenied(DocumentState state, Sentence s) {
        List<AnnotatedSentences.Word> pacts = state.linguistics.words(s).stream().filter(w -> PartnershipRule.COOPERATION.matcher(w.word()).matches()
                || PartnershipRule.AGREEMENT_NOUN.matcher(w.word()).matches() || PartnershipRule.PARTNERING.contains(w.lemma()) && w.pos().startsWith("VB")).toList();
        return !pacts.isEmpty() && pacts.stream().allMatch(p -> denied(state, s, p) || sought(state, s, p));
    }

    private static boolean sought(DocumentState state, Sentence s, AnnotatedSentences.Word pact) {
        Optional<AnnotatedSentences.Word> verb = verbTaking(state, s, pact);
        if (verb.isEmpty()) return false;
        if (SEEKING.contains(verb.get().lemma().toLowerCase(Locale.ROOT))) return true;
        return state.linguistics.head(s, verb.get()).filter(h -> INTENT.contains(h.lemma().toLowerCase(Locale.ROOT)))
                .filter(h -> state.linguistics.dependents(s, h, "xcomp").contains(verb.get())).isPresent();
    }

    /**
     * The verb of partnering itself, or the verb that takes a pact noun as its object or passive
     * subject ("negotiates a partnership", "a partnership is sought"): not one the pact is the
     * subject of, since "the partnership will explore X" or "the agreement does not cover Y" says
     * what a partnership that exists does.
     */
    private static Optional<AnnotatedSentences.Word> verbTaking(DocumentState state, Sentence s, AnnotatedSentences.Word pact) {
        if (pact.pos().startsWith("VB")) return Optional.of(pact);
        return state.linguistics.head(s, pact).filter(h -> h.pos().startsWith("VB"))
                .filter(h -> state.linguistics.dependents(s, h, "obj").contains(pact) || state.linguistics.dependents(s, h, "nsubj:pass").contains(pact));
    }

    private static final Set<String> SEEKING = Set.of("negotiate", "seek", "explore", "discuss", "consider", "pursue", "propose");
    private static final Set<String> INTENT = Set.of("hope", "plan", "aim", "seek", "want", "intend", "wish", "try", "look", "consider", "propose", "explore");
    private static final Pattern NOT = Pattern.compile("(?i)not|n't|never");
    private static final Set<String> HOLDING = Set.of("have", "hold", "establish", "maintain", "announce", "form", "forge", "formalize", "enter",
            "implement", "expand", "strengthen", "launch", "create", "reach");
}
