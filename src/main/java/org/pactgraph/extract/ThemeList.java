package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        int end = beforeExamples(text, from, to);
        while (end > from && ".;:, ".indexOf(text.charAt(end - 1)) >= 0) end--;
        // "in areas such as X, Y and Z, Jane Doe said": the reporting clause closes the sentence, not the list.
        Matcher reported = REPORTING_TAIL.matcher(text).region(from, end);
        if (reported.find()) end = reported.start();
        Matcher announced = ANNOUNCING_HEAD.matcher(text).region(from, end);
        if (announced.lookingAt()) from = announced.end();
        List<int[]> items = sharingTheirHead(state, s, items(state, s, from, end));
        List<String> shared = SharedHead.distributed(state, s, items);
        if (!shared.isEmpty()) return shared.stream().map(name -> newTheme(state, name)).toList();
        // "focused on assessing X, people and communities": the items are what a verb acts on.
        if (items.size() > 1 && opensWithVerb(state, s, items.get(0)[0])) return List.of();
        List<Gazetteer.Entry> found = new ArrayList<>();
        for (int[] spanned : items) {
            int[] item = withoutTrailingBrackets(text, spanned);
            Optional<Integer> participle = participleInside(state, s, item);
            if (participle.isPresent()) item = new int[] {item[0], participle.get()};
            if (!NoSubject.is(state, s, item, runsAcross(state, s, item, items))) found.addAll(themesOf(state, s, item));
            // "semiconductor chips supporting communications, sensing and control": the rest is what the chips support.
            if (participle.isPresent()) break;
        }
        return found.stream().distinct().toList();
    }

    /** The one theme written between two offsets of a sentence, read as one item of a list. */
    static List<Gazetteer.Entry> one(DocumentState state, Sentence s, int from, int to) {
        int end = to;
        while (end > from && ".;:, ".indexOf(s.text().charAt(end - 1)) >= 0) end--;
        int[] item = withoutTrailingBrackets(s.text(), new int[] {from, end});
        return NoSubject.is(state, s, item, false) ? List.of() : themesOf(state, s, item);
    }

    /**
     * True when a name the linguistic layer found over the item runs on into another item of the
     * list: "in the areas of Materials Science, Physics and Human Performance" written in title
     * case reads as one organisation's name, but the list's commas and "and" split it.
     */
    private static boolean runsAcross(DocumentState state, Sentence s, int[] item, List<int[]> items) {
        return state.linguistics.entities(s).stream()
                .filter(e -> e.begin() <= item[0] && item[1] <= e.end())
                .anyMatch(e -> items.stream().anyMatch(o -> (o[1] <= item[0] || item[1] <= o[0]) && e.begin() <= o[0] && o[1] <= e.end()));
    }

    /** The theme one item names: a known theme it ends with, itself as a new theme, the subject after its last "of", or the known themes in it. */
    private static List<Gazetteer.Entry> themesOf(DocumentState state, Sentence s, int[] item) {
        String text = s.text();
        Optional<Mention> last = state.mentionsOf(s).stream()
                .filter(m -> m.end() == item[1] && m.begin() >= item[0] && Phrases.entityOf(m, Pact.ResearchTheme.getURI()).isPresent())
                .filter(m -> !NARROWING.matcher(text.substring(item[0], m.begin())).find())
                .findFirst();
        if (last.isPresent()) return List.of(Phrases.entityOf(last.get(), Pact.ResearchTheme.getURI()).orElseThrow());
        String words = withoutBrackets(text.substring(item[0], item[1]));
        if (isThemeName(words) && !opensWithVerb(state, s, item[0]) && !cutShort(state, s, item)) return List.of(newTheme(state, words));
        Optional<Integer> tail = tailAfterOf(state, s, item);
        if (tail.isPresent()) return List.of(newTheme(state, text.substring(tail.get(), item[1])));
        return Phrases.entities(state.mentionsOf(s), Pact.ResearchTheme.getURI(), item[0], item[1]);
    }

    /**
     * An item that is no noun phrase of its own: one ending on an adjective, whose noun the list
     * shares with the items after it ("management of chemical, biological and radiological
     * incidents"), or one with an adverb in it, where a clause goes on ("programs specifically focusing").
     */
    private static boolean cutShort(DocumentState state, Sentence s, int[] item) {
        List<AnnotatedSentences.Word> words = state.linguistics.words(s).stream()
                .filter(w -> w.begin() >= item[0] && w.end() <= item[1] && w.pos() != null).toList();
        return !words.isEmpty() && (words.get(words.size() - 1).pos().startsWith("JJ") || words.stream().anyMatch(w -> w.pos().startsWith("RB")));
    }

    /** Where a list's examples start ("spanning (1) application domain (e.g., AI, ...)"): they are no themes of their own. */
    private static int beforeExamples(String text, int from, int to) {
        Matcher examples = EXAMPLES.matcher(text).region(from, to);
        return examples.find() ? examples.start() : to;
    }

    /** A reporting clause at a list's end: ", Doe said", ", the minister added". */
    private static final Pattern REPORTING_TAIL = Pattern.compile(
            ",\\s+(?:the\\s+)?(?:[\\p{L}.'-]+\\s+){1,3}(?:said|says|added|adds|noted|notes|explained|explains)$");

    private static final Pattern EXAMPLES = Pattern.compile("\\(?\\be\\.g\\.|\\((?:1|i|a)\\)");

    /**
     * The offset of a participle inside an item that opens a clause of its own ("chips supporting
     * communications"), trimmed of blanks; one that ends the item is its noun ("quantum sensing").
     */
    private static Optional<Integer> participleInside(DocumentState state, Sentence s, int[] item) {
        return state.linguistics.words(s).stream()
                .filter(w -> w.begin() > item[0] && w.end() < item[1] && "VBG".equals(w.pos())
                        && state.linguistics.headsOf(w.index()).stream().anyMatch(d -> d.relation().startsWith("acl")))
                .map(w -> s.text().substring(0, w.begin()).stripTrailing().length())
                .findFirst();
    }

    /** A participle the parse reads as modifying the very next word: "emerging technologies". */
    static boolean isAdjectival(DocumentState state, AnnotatedSentences.Word w) {
        return state.linguistics.headsOf(w.index()).stream()
                .anyMatch(d -> d.relation().equals("amod") && d.head() == w.index() + 1);
    }

    /** What a pact seeks in its subject, after the subject's name: "water quality improvements" is about water quality. */
    private static final Pattern OUTCOME = Pattern.compile("(?<=\\p{L})\\s+(?:improvements?|enhancements?)$");

    /** A compound modifier before a known theme's name makes a narrower theme: "next-generation semiconductors". */
    private static final Pattern NARROWING = Pattern.compile("\\p{L}-\\p{L}+\\s+$");
    /**
     * "a list of areas such as X, Y": the list starts after the noun that announces it. Before
     * "such as" or "including" the noun may carry a few modifiers and a comma ("important maritime
     * environmental issues such as X", "strategic conservation priorities, including X"): the
     * examples are the themes, the announcing noun phrase only says what kind they are.
     */
    private static final Pattern ANNOUNCING_HEAD = Pattern.compile(
            "(?i)(?:(?:[\\w-]+\\s+){0,3}(?:areas|fields|topics|themes|issues|priorities|disciplines|aspects|matters),?\\s+(?:like|such\\s+as|including)"
                    + "|(?:[\\w-]+\\s+)?(?:areas|fields|topics|themes|issues|priorities|disciplines|aspects|science|collaborations?|cooperation|partnerships?|research)"
                    + "\\s+(?:like|such\\s+as|including|of|in|on))\\s+");
    private static final Pattern TITLE_WORD = Pattern.compile("\\b(\\p{Lu})(\\p{Ll}+)\\b");

    /** The item without a bracketed acronym at its end: "artificial intelligence (AI)". */
    private static int[] withoutTrailingBrackets(String text, int[] item) {
        String words = text.substring(item[0], item[1]);
        int open = words.lastIndexOf(" (");
        return words.endsWith(")") && open > 0 ? new int[] {item[0], item[0] + open} : item;
    }

    /** The words without bracketed asides: "Internet-of-Things (IoT) devices". */
    private static String withoutBrackets(String words) {
        return words.replaceAll("\\s*\\([^()]*\\)", "");
    }

    /**
     * A new theme named by the words; a name written in title case, as in a headline ("Smart and
     * Connected Communities"), keeps only its first capital, and its acronyms.
     */
    static Gazetteer.Entry newTheme(DocumentState state, String words) {
        String name = Phrases.capitalized(OUTCOME.matcher(words.strip()).replaceFirst(""));
        if (name.contains(" ") && name.matches("(?:(?:\\p{Lu}[\\p{L}-]*|and|or|of|for|in|the)[\\s/]*)+")) {
            name = name.substring(0, 1) + TITLE_WORD.matcher(name.substring(1)).replaceAll(m -> m.group(1).toLowerCase(java.util.Locale.ROOT) + m.group(2));
        }
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
        if (s.text().substring(from, to).contains(";")) return semicolonItems(s.text(), from, to);
        List<int[]> items = lastAndJoinsOne(s.text(), from, Phrases.listItemSpans(s.text(), from, to));
        if (items.size() != 2 || s.text().substring(from, to).contains(",")) return items;
        String first = s.text().substring(items.get(0)[0], items.get(0)[1]);
        String second = s.text().substring(items.get(1)[0], items.get(1)[1]);
        boolean sharedHead = first.contains(" ") && !second.contains(" ")
                && Phrases.entities(state.mentionsOf(s), Pact.ResearchTheme.getURI(), items.get(1)[0], items.get(1)[1]).isEmpty();
        boolean sharedModifier = !first.contains(" ") && state.linguistics.words(s).stream()
                .anyMatch(w -> w.begin() == items.get(0)[0] && "JJ".equals(w.pos()));
        return sharedHead || sharedModifier ? List.of(new int[] {items.get(0)[0], items.get(1)[1]}) : items;
    }

    /**
     * Items the parse reads as one phrase: an item that ends on an adjective of a noun in a later
     * item ("management of chemical, biological and radiological incidents") runs on to that item.
     */
    private static List<int[]> sharingTheirHead(DocumentState state, Sentence s, List<int[]> items) {
        List<AnnotatedSentences.Word> words = state.linguistics.words(s);
        if (items.size() < 2 || words.isEmpty()) return items;
        List<int[]> joined = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int[] item = items.get(i);
            int last = i;
            Optional<AnnotatedSentences.Word> end = words.stream().filter(w -> w.end() == item[1]).findFirst();
            Optional<AnnotatedSentences.Word> head = end.flatMap(w -> state.linguistics.head(s, w))
                    .filter(h -> relationOf(state, s, end.get(), h).equals("amod"));
            if (head.isPresent()) {
                for (int j = i + 1; j < items.size(); j++) {
                    if (items.get(j)[0] <= head.get().begin() && head.get().end() <= items.get(j)[1]) last = j;
                }
            }
            joined.add(new int[] {item[0], items.get(last)[1]});
            i = last;
        }
        return joined;
    }

    private static String relationOf(DocumentState state, Sentence s, AnnotatedSentences.Word dependent, AnnotatedSentences.Word head) {
        return state.linguistics.annotation().headsOf(dependent.index()).stream()
                .filter(d -> d.head() == head.index()).map(d -> d.relation()).findFirst().orElse("");
    }

    /** The items of a list whose items are closed by semicolons ("X; Y and Z; and W"): each one whole. */
    private static List<int[]> semicolonItems(String text, int from, int to) {
        List<int[]> items = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i < to && text.charAt(i) != ';') continue;
            Matcher lead = LEADING_AND.matcher(text).region(start, i);
            int b = lead.lookingAt() ? lead.end() : start;
            int e = i;
            while (e > b && text.charAt(e - 1) == ' ') e--;
            if (b < e) items.add(new int[] {b, e});
            start = i + 1;
        }
        return items;
    }

    private static final Pattern LEADING_AND = Pattern.compile("\\s*(?:(?:and|or)\\s+)?");

    /**
     * After the last comma of a list, only the first "and" separates: "global climate change and
     * Earth and space science" closes with one item, "Earth and space science".
     */
    private static List<int[]> lastAndJoinsOne(String text, int from, List<int[]> items) {
        int lastComma = text.lastIndexOf(',', items.isEmpty() ? from : items.get(items.size() - 1)[0]);
        List<int[]> tail = items.stream().filter(i -> i[0] > Math.max(lastComma, from)).toList();
        if (lastComma < from || tail.size() < 3) return items;
        List<int[]> joined = new ArrayList<>(items.subList(0, items.size() - tail.size() + 1));
        joined.add(new int[] {tail.get(1)[0], tail.get(tail.size() - 1)[1]});
        return joined;
    }

    /** Whether the linguistic layer read the item's first word as a verb: "promoting scientific discoveries" is a purpose, not a theme. */
    static boolean opensWithVerb(DocumentState state, Sentence s, int begin) {
        return state.linguistics.words(s).stream()
                .anyMatch(w -> w.begin() == begin && w.pos() != null && w.pos().startsWith("VB") && !isAdjectival(state, w));
    }

    /**
     * A short noun phrase: a few words, no verb-like ending, no digits or quotes; a slash only
     * between two words ("human performance/biomedical sciences"), "the" only after "of" ("use
     * of the oceans").
     */
    private static boolean isThemeName(String item) {
        String[] words = item.strip().split("\\s+");
        String checked = item.replaceAll("(?i)\\bof the\\b", "of");
        return words.length >= 1 && words.length <= 5 && item.matches("[\\p{L} -]+(?:/[\\p{L}][\\p{L} -]*)?")
                && !checked.matches("(?i).*\\b(the|will|is|are|was|were|be|has|have|this|that|which|whose|our|their|its|we)\\b.*");
    }
}
