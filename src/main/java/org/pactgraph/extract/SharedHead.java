package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list of single modifiers that share the last item's noun: "space, Earth, biological, and
 * physical sciences" names space science, Earth science, biological sciences and physical
 * sciences. Read so only when the modifiers mix nouns and adjectives, which cannot stack on one
 * noun ("diverse, responsible, and innovative supply chains" are adjectives of one noun phrase).
 * A noun modifier takes the noun in the singular, as fields are named ("space science"); an
 * adjective keeps it as written ("biological sciences").
 */
final class SharedHead {
    private SharedHead() {}

    /** The names the list's items give with the shared noun, or none when the list is not of this kind. */
    static List<String> distributed(DocumentState state, Sentence s, List<int[]> items) {
        if (items.size() < 3) return List.of();
        List<AnnotatedSentences.Word> words = state.linguistics.words(s);
        int[] last = items.get(items.size() - 1);
        List<AnnotatedSentences.Word> lastWords = words.stream().filter(w -> w.begin() >= last[0] && w.end() <= last[1]).toList();
        if (lastWords.size() != 2 || !pos(lastWords.get(1)).startsWith("NN")) return List.of();
        List<AnnotatedSentences.Word> modifiers = new ArrayList<>();
        for (int[] item : items.subList(0, items.size() - 1)) {
            List<AnnotatedSentences.Word> in = words.stream().filter(w -> w.begin() >= item[0] && w.end() <= item[1]).toList();
            if (in.size() != 1) return List.of();
            modifiers.add(in.get(0));
        }
        modifiers.add(lastWords.get(0));
        boolean nouns = modifiers.stream().anyMatch(w -> pos(w).startsWith("NN"));
        boolean adjectives = modifiers.stream().anyMatch(w -> pos(w).startsWith("JJ"));
        if (!nouns || !adjectives || modifiers.stream().anyMatch(w -> !pos(w).startsWith("NN") && !pos(w).startsWith("JJ"))) return List.of();
        AnnotatedSentences.Word head = lastWords.get(1);
        String singular = head.lemma() == null ? head.word() : head.lemma();
        List<String> names = new ArrayList<>();
        for (AnnotatedSentences.Word m : modifiers) {
            String modifier = pos(m).equals("NNP") ? m.word() : m.word().toLowerCase(Locale.ROOT);
            names.add(modifier + " " + (pos(m).startsWith("NN") ? singular : head.word()));
        }
        return names;
    }

    private static String pos(AnnotatedSentences.Word w) {
        return w.pos() == null ? "" : w.pos();
    }
}
