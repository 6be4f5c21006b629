package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * The research themes of partnerships: "partnerships in X between ...", "will partner on X", "the
 * partnership for X",
 * "will focus on X, Y and Z", "will focus on three areas: X, Y and Z", and a list in the
 * sentence after one that ends "... will focus on specific research themes:". Each list item is
 * a theme of the reference data when one of its names is the whole item or the item's last
 * words ("robotics-related research"); otherwise the item is a new theme, marked for review.
 * The subject areas a sentence lists ("covers joint activities including X, Y and Z", "science
 * programs in X, Y and Z") are themes too, of the partnership the sentence names or else of the
 * one its section is about.
 */
final class ThemeRule implements Rule {
    private static final Pattern IN_THEME = Pattern.compile(
            "(?i)\\b(?:(?:partnerships?|collaborations?|partner|collaborate|research|work|working)\\s+(?:in|on|into)|to\\s+(?:study|research|develop|advance))"
                    + "\\s+(.+?)(?=\\s+(?:between|with|on|at|and will|that|which|to|together|jointly|for)\\b|[,.;:]|$)");
    private static final Pattern FOCUS = Pattern.compile("(?i)\\bfocus(?:es|ed)?\\s+on\\s+(.*?)(?=[.;]\\s|[.;]?$|:)(:?)");
    /** Not before a determiner or quantifier: "in many areas of ...", "for the future" name no subject. */
    private static final String NO_DETERMINER = "(?!(?:many|several|all|some|various|other|a|an|the|this|these|those|both|each|which|their|its|our)\\b)";
    private static final Pattern SUBJECT_AREAS = Pattern.compile(
            "(?i)\\b(?:activities|areas|fields|topics|disciplines|programs)\\s+(?:including|such\\s+as|in)\\s+"
                    + NO_DETERMINER + "(.+?)"
                    + "(?=,\\s+(?:among|with|especially|in\\s+order|to)\\b|[.;]\\s|[.;]?$|:)");
    private static final Pattern PARTNERSHIP_FOR = Pattern.compile(
            "(?i)\\b(?:partnership|collaboration)\\s+for\\s+" + NO_DETERMINER + "(.+?)(?=\\s+(?:between|with|at|and will|that|which|to|together|jointly)\\b|[,.;:]|$)");
    private static final Pattern AREAS = Pattern.compile("(?i)^(?:the\\s+)?(?:\\w+\\s+)?(?:specific\\s+)?(?:research\\s+)?(?:areas|themes|topics|fields|priorities)$");

    @Override
    public String name() {
        return "partnership-themes";
    }

    @Override
    public void apply(DocumentState state) {
        for (Sentence s : state.sentences) {
            List<String> partnerships = state.partnershipsIn(s);
            Matcher in = IN_THEME.matcher(s.text());
            // Only about partnerships the sentence names: "signed partnerships in X" may be others'.
            while (!partnerships.isEmpty() && in.find()) {
                if (Phrases.quoted(s.text(), in.start())) continue;
                themes(state, s, in.start(1), in.end(1)).forEach(t -> partnerships.forEach(p -> state.link(p, Pact.hasTheme, t, s, name())));
            }
            Matcher areas = SUBJECT_AREAS.matcher(s.text());
            if (areas.find() && !Phrases.quoted(s.text(), areas.start())) bindList(state, s, s, areas.start(1), areas.end(1));
            Matcher purpose = PARTNERSHIP_FOR.matcher(s.text());
            if (purpose.find() && !Phrases.quoted(s.text(), purpose.start())) bindList(state, s, s, purpose.start(1), purpose.end(1));
            Matcher focus = FOCUS.matcher(s.text());
            while (focus.find()) {
                if (!Phrases.quoted(s.text(), focus.start())) focusList(state, s, focus);
            }
        }
    }

    /** The list after one "focus on" of the sentence: in its own words, after a colon, or in the next sentence. */
    private void focusList(DocumentState state, Sentence s, Matcher focus) {
        Sentence evidence = s;
        int from = focus.start(1);
        int to = focus.end(1);
        String head = focus.group(1).strip();
        if (AREAS.matcher(head).matches() || head.isEmpty()) {
            int colon = s.text().indexOf(':', focus.end(1));
            if (colon >= 0 && colon + 1 < s.text().length()) {
                from = colon + 1;
                to = s.text().length();
            } else if (s.index() + 1 < state.sentences.size()) {
                evidence = state.sentences.get(s.index() + 1);
                from = 0;
                to = evidence.text().length();
            } else {
                return;
            }
        }
        bindList(state, s, evidence, from, to);
    }

    /**
     * The themes listed between two offsets of the evidence sentence, given to the partnerships
     * sentence {@code s} names, or else to the one its section is about, as sure as that binding.
     */
    private void bindList(DocumentState state, Sentence s, Sentence evidence, int from, int to) {
        List<String> partnerships = state.partnershipsIn(s);
        List<String> targets = !partnerships.isEmpty() ? partnerships : state.lastPartnershipBefore(s).map(List::of).orElse(List.of());
        if (targets.isEmpty()) return;
        List<Gazetteer.Entry> themes = themes(state, evidence, from, to);
        state.fromContext(Confidence.ofBinding(state, s, targets), () -> themes.forEach(t -> targets.forEach(p -> state.link(p, Pact.hasTheme, t, evidence, name()))));
    }

    /** The themes of the list written between two offsets of a sentence. */
    private List<Gazetteer.Entry> themes(DocumentState state, Sentence s, int from, int to) {
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
