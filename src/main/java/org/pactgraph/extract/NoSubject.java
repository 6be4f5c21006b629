package org.pactgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pactgraph.model.Pact;

/**
 * List items that name no research subject, however the list was introduced: a lone modifier
 * ("diverse, responsible, and innovative supply chains"), a letter, the name of an
 * organisation, a person, a place or a date, and a noun of partnering, joint work or of a list
 * itself with only adjectives before it ("appropriate partnerships", "use-inspired research",
 * "areas"), such a noun announcing the list after it ("strategic priorities, including ..."), such a noun framing another ("science programs in astrophysics"), and a means of
 * working ("a research framework", "tests"). "exoplanet research" names its subject in its
 * first word and stays a theme.
 */
final class NoSubject {
    private NoSubject() {}

    /** Nouns that say how people work together or that a list follows, not what about. */
    private static final Set<String> EMPTY_HEADS = Set.of("partnership", "collaboration", "cooperation", "agreement", "arrangement",
            "research", "activity", "opportunity", "project", "proposal", "work", "program", "programme", "mission", "effort",
            "area", "field", "topic", "issue", "theme", "priority", "aspect", "domain", "range", "variety", "number",
            // What a pact answers to, not its subject: "matters of mutual interest", "environmental challenges".
            "interest", "challenge", "problem", "concern", "need", "matter");

    /** Nouns that name a means of working, never a subject, whatever modifies them ("a space weather framework"). */
    private static final Set<String> MEANS = Set.of("framework", "plan", "strategy", "approach", "mechanism", "guidance", "capability",
            "test", "principle", "guideline", "specification", "model",
            // Which party or aspect, not what about: "working together on the industry side".
            "side");
    /** What follows a noun that announces a list: ", including", "such as", a colon. */
    private static final java.util.regex.Pattern ANNOUNCES_A_LIST = java.util.regex.Pattern.compile("\\s*(?:,\\s*)?(?:including|such\\s+as|like|:)");
    private static final Set<String> FRAMING = Set.of("in", "on", "for", "of");
    private static final int SHORT = 6;

    /**
     * True when the item between the offsets names no subject; a name that runs across the items
     * of the list ({@code nameRunsOn}) is the layer's misreading and does not count as one.
     */
    static boolean is(DocumentState state, Sentence s, int[] item, boolean nameRunsOn) {
        String words = s.text().substring(item[0], item[1]);
        if (words.replaceAll("[^\\p{L}]", "").length() < 2) return true;
        boolean knownTheme = state.mentionsOf(s).stream().anyMatch(m -> m.begin() <= item[0] && item[1] <= m.end()
                && Phrases.entityOf(m, Pact.ResearchTheme.getURI()).isPresent());
        if (knownTheme) return false;
        List<AnnotatedSentences.Word> inside = state.linguistics.words(s).stream()
                .filter(w -> w.begin() >= item[0] && w.end() <= item[1]).toList();
        if (inside.isEmpty()) return false;
        if (inside.size() == 1 && inside.get(0).pos() != null && inside.get(0).pos().matches("JJ.?|RB.?")) return true;
        if (!nameRunsOn && isNamed(state, s, item)) return true;
        AnnotatedSentences.Word head = inside.get(inside.size() - 1);
        if (MEANS.contains(lemma(head))) return true;
        // "strategic conservation priorities, including X and Y": a frame that announces the list after it.
        if (EMPTY_HEADS.contains(lemma(head)) && ANNOUNCES_A_LIST.matcher(s.text().substring(item[1])).lookingAt()) return true;
        // "science programs in astrophysics": a frame whose subject another reading of the list gives.
        // A long item is read for the subject after its last "of" instead ("in all aspects of semiconductor research").
        boolean isShort = inside.stream().filter(w -> !"HYPH".equals(w.pos())).count() <= SHORT;
        for (int i = 0; i + 1 < inside.size() && isShort; i++) {
            if (EMPTY_HEADS.contains(lemma(inside.get(i))) && FRAMING.contains(lemma(inside.get(i + 1)))) return true;
        }
        List<AnnotatedSentences.Word> before = inside.subList(0, inside.size() - 1);
        return EMPTY_HEADS.contains(lemma(head)) && java.util.stream.IntStream.range(0, before.size())
                .allMatch(i -> isModifierOnly(before, i));
    }

    /** An adjective, participle, article, or a word joined by a hyphen to the next ("use-inspired"). */
    private static boolean isModifierOnly(List<AnnotatedSentences.Word> words, int i) {
        String pos = words.get(i).pos() == null ? "" : words.get(i).pos();
        boolean hyphenated = i + 1 < words.size() && "HYPH".equals(words.get(i + 1).pos());
        return hyphenated || pos.matches("JJ.?|VBN|VBG|HYPH|DT|PRP\\$");
    }

    /** Whether a name of something other than a theme covers the whole item. */
    private static boolean isNamed(DocumentState state, Sentence s, int[] original) {
        // "Orbit- and KFA-sponsored programs": the name before a hyphen.
        int[] item = s.text().charAt(original[1] - 1) == '-' ? new int[] {original[0], original[1] - 1} : original;
        boolean entity = state.linguistics.entities(s).stream()
                .anyMatch(e -> e.begin() <= item[0] && item[1] <= e.end() && !"MISC".equals(e.type()));
        return entity || state.mentionsOf(s).stream()
                .anyMatch(m -> m.begin() <= item[0] && item[1] <= m.end() && Phrases.institution(m).isPresent());
    }

    private static String lemma(AnnotatedSentences.Word w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    }
}
