package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * The research themes a list of a sentence names: each item is a theme of the reference data
 * when one of its names is the whole item or the item's last words ("robotics-related
 * research"); otherwise a short noun phrase is a new theme, marked for review; a long item
 * gives the theme name after its last "of"; "A and B" sharing its words is one theme.
 */
final class ThemeList {
    private ThemeList() {}

    /** The themes of the list written between two offsets of a sentence. */
    static List<Gazetteer.Entry> themes(DocumentState state, Sentence s, int from, int to) {
        String text = s.text();
        int end = to;
        while (end > from && ".;:".indexOf(text.charAt(end - 1)) >= 0) end--;
        List<Gazetteer.Entry> found = new ArrayList<>();
        for (int[] item : items(state, s, from, end)) {
            List<Gazetteer.Entry> known = Phrases.entities(state.mentionsOf(s), Pact.ResearchTheme.getURI(), item[0], item[1]);
            Optional<Mention> last = state.mentionsOf(s).stream()
                    .filter(m -> m.end() == item[1] && m.begin() >= item[0] && Phrases.entityOf(m, Pact.ResearchTheme.getURI()).isPresent())
                    .findFirst();
            if (last.isPresent()) {
                found.add(Phrases.entityOf(last.get(), Pact.ResearchTheme.getURI()).orElseThrow());
            } else if (isThemeName(text.substring(item[0], item[1])) && !opensWithVerb(state, s, item[0])) {
                found.add(newTheme(state, text.substring(item[0], item[1])));
            } else {
                Optional<Integer> tail = tailAfterOf(state, s, item);
                if (tail.isPresent()) found.add(newTheme(state, text.substring(tail.get(), item[1])));
                else found.addAll(known);
            }
        }
        return found.stream().distinct().toList();
    }

    private static Gazetteer.Entry newTheme(DocumentState state, String words) {
        String name = Phrases.capitalized(words.strip());
        return state.gazetteer.newEntry(Iris.id(Iris.Kind.THEME, Iris.slug(name)), name, Pact.ResearchTheme.getURI());
    }

    /**
     * Where the subject of a long item starts: after its last "of" when the words after it are
     * a theme name ("new knowledge in all aspects of semiconductor research").
     */
    private static Optional<Integer> tailAfterOf(DocumentState state, Sentence s, int[] item) {
        int of = s.text().substring(item[0], item[1]).lastIndexOf(" of ");
        if (of < 0) return Optional.empty();
        int start = item[0] + of + 4;
        String tail = s.text().substring(start, item[1]);
        return isThemeName(tail) && !opensWithVerb(state, s, start) ? Optional.of(start) : Optional.empty();
    }

    /**
     * The list's items; "A and B" alone is one theme when the two sides share words: a last
     * single word after several ("quantum information science and engineering", "space
     * operations and exploration") or a first word the layer reads as an adjective ("wired and
     * wireless networking"). "robotics and machine learning" stays two.
     */
    private static List<int[]> items(DocumentState state, Sentence s, int from, int to) {
        List<int[]> items = Phrases.listItemSpans(s.text(), from, to);
        if (items.size() != 2 || s.text().substring(from, to).contains(",")) return items;
        String first = s.text().substring(items.get(0)[0], items.get(0)[1]);
        String second = s.text().substring(items.get(1)[0], items.get(1)[1]);
        boolean sharedHead = first.contains(" ") && !second.contains(" ")
                && Phrases.entities(state.mentionsOf(s), Pact.ResearchTheme.getURI(), items.get(1)[0], items.get(1)[1]).isEmpty();
        boolean sharedModifier = !first.contains(" ") && state.linguistics.words(s).stream()
                .anyMatch(w -> w.begin() == items.get(0)[0] && "JJ".equals(w.pos()));
        return sharedHead || sharedModifier ? List.of(new int[] {items.get(0)[0], items.get(1)[1]}) : items;
    }

    /** Whether the linguistic layer read the item's first word as a verb: "promoting scientific discoveries" is a purpose, not a theme. */
    private static boolean opensWithVerb(DocumentState state, Sentence s, int begin) {
        return state.linguistics.words(s).stream().anyMatch(w -> w.begin() == begin && w.pos() != null && w.pos().startsWith("VB"));
    }

    /** A short noun phrase: a few words, no verb-like ending, no digits or quotes. */
    private static boolean isThemeName(String item) {
        String[] words = item.strip().split("\\s+");
        return words.length >= 1 && words.length <= 5 && item.matches("[\\p{L} -]+")
                && !item.matches("(?i).*\\b(the|will|is|are|was|were|be|has|have|this|that|which|whose|our|their|its|we)\\b.*");
    }
}
