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
 * "areas"). "exoplanet research" names its subject in its first word and stays a theme.
 */
final class NoSubject {
    private NoSubject() {}

    /** Nouns that say how people work together or that a list follows, not what about. */
    private static final Set<String> EMPTY_HEADS = Set.of("partnership", "collaboration", "cooperation", "agreement", "arrangement",
            "research", "activity", "opportunity", "project", "proposal", "work", "program", "programme", "mission", "effort",
            "area", "field", "topic", "issue", "theme", "priority", "aspect", "domain", "range", "variety", "number");

    /** True when the item between the offsets names no subject. */
    static boolean is(DocumentState state, Sentence s, int[] item) {
        String words = s.text().substring(item[0], item[1]);
        if (words.replaceAll("[^\\p{L}]", "").length() < 2) return true;
        boolean knownTheme = state.mentionsOf(s).stream().anyMatch(m -> m.begin() <= item[0] && item[1] <= m.end()
                && Phrases.entityOf(m, Pact.ResearchTheme.getURI()).isPresent());
        if (knownTheme) return false;
        List<AnnotatedSentences.Word> inside = state.linguistics.words(s).stream()
                .filter(w -> w.begin() >= item[0] && w.end() <= item[1]).toList();
        if (inside.isEmpty()) return false;
        if (inside.size() == 1 && inside.get(0).pos() != null && inside.get(0).pos().matches("JJ.?|RB.?")) return true;
        if (isNamed(state, s, item)) return true;
        AnnotatedSentences.Word head = inside.get(inside.size() - 1);
        return EMPTY_HEADS.contains(lemma(head)) && inside.subList(0, inside.size() - 1).stream()
                .allMatch(w -> w.pos() != null && w.pos().matches("JJ.?|VBN|VBG|HYPH|DT|PRP\\$"));
    }

    /** Whether a name of something other than a theme covers the whole item. */
    private static boolean isNamed(DocumentState state, Sentence s, int[] item) {
        boolean entity = state.linguistics.entities(s).stream()
                .anyMatch(e -> e.begin() <= item[0] && item[1] <= e.end() && !"MISC".equals(e.type()));
        return entity || state.mentionsOf(s).stream()
                .anyMatch(m -> m.begin() <= item[0] && item[1] <= m.end() && Phrases.institution(m).isPresent());
    }

    private static String lemma(AnnotatedSentences.Word w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    }
}
