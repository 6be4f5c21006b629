package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.model.Pact;

/**
 * The subjects a list of items names after a sentence that announces them and ends on a colon:
 * "The parties may work jointly in the following activities:", "... in the areas of:", "drawing
 * on combined expertise in:", "Topics of recent cooperative efforts include:". Each item is one
 * theme, whole, as the list's author cut it ("Levee design and protection", "Economic evaluation
 * of the policies for X, Y and Z"): its commas belong to it. An item that opens on a short name
 * and goes on to describe it ("Standards - The program works to ...") gives the name. Items that
 * say how the parties work rather than on what ("Collaboration in research", "Exchange of
 * information"), that open on a verb ("Providing technical support") or that are clauses, name
 * no subject.
 */
final class BulletedThemes {
    private BulletedThemes() {}

    /** A theme and the list item that names it. */
    record Item(Gazetteer.Entry theme, Sentence evidence) {}

    /** A sentence whose closing colon introduces subject areas, by the noun or the verb of working before it. */
    private static final Pattern ANNOUNCES_AREAS = Pattern.compile("(?i)(?:"
            + "\\b(?:in|on)\\s+(?:the\\s+)?(?:following\\s+)?(?:areas|fields|topics|activities|disciplines|subjects)(?:\\s+of)?"
            + "|\\b(?:expertise|cooperat\\w*|collaborat\\w*|partner\\w*|work\\w*)\\s+(?:[\\w.()-]+\\s+){0,4}?(?:in|on)"
            + "|^(?:[\\w-]+\\s+)?(?:areas|fields|topics|themes|priorities)\\b[^:]*\\binclude[ds]?"
            + ")\\s*:$");
    /** Where an item's name ends and its description starts: a dash between blanks, or a colon. */
    private static final Pattern DESCRIPTION = Pattern.compile("\\s+-\\s+|:\\s");
    /** What closes an item inside the list's sentence: "X, and", "Y;", "Z." */
    private static final Pattern CLOSING = Pattern.compile("[\\s,;.]*(?:\\b(?:and|or))?[\\s,;.]*$");
    /** A name of letters, blanks, hyphens, commas, slashes and brackets: no figures, no sentence. */
    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L} ,/()'-]*");
    /** Nouns of the way parties work together, not of what about: "Exchange of technical information". */
    private static final Set<String> WAYS_OF_WORKING = Set.of("collaboration", "cooperation", "coordination", "exchange", "partnership",
            "sharing", "participation", "support", "assistance");
    /** More words than this make a sentence, not a name, even without a verb the parse could see. */
    private static final int LONGEST = 20;

    /** The themes of the list that follows the sentence, when the sentence announces subject areas; none otherwise. */
    static List<Item> after(DocumentState state, Sentence s) {
        if (!announcesAreas(s.text()) || Phrases.quoted(s.text(), s.text().length() - 1)) return List.of();
        List<Item> found = new ArrayList<>();
        // An item that announces a list of its own ends this one: each item is read once, however many items announce.
        for (ListItems.Line line : state.listItems.after(s, BulletedThemes::announcesAreas)) {
            Sentence item = line.sentence();
            name(item, line.from(), line.to()).flatMap(span -> theme(state, item, span)).ifPresent(t -> found.add(new Item(t, item)));
        }
        return found;
    }

    private static boolean announcesAreas(String text) {
        return ANNOUNCES_AREAS.matcher(text.strip()).find();
    }

    /** The offsets of the item's name in its line: after its bullet, before its description and closing punctuation. */
    private static Optional<int[]> name(Sentence item, int lineFrom, int lineTo) {
        String text = item.text();
        int from = lineFrom;
        while (from < lineTo && (Character.isWhitespace(text.charAt(from)) || text.charAt(from) == '\u2022')) from++;
        int to = lineTo;
        Matcher described = DESCRIPTION.matcher(text).region(from, to);
        if (described.find()) to = described.start();
        Matcher closing = CLOSING.matcher(text).region(from, to);
        if (closing.find()) to = closing.start();
        if (from >= to) return Optional.empty();
        String name = text.substring(from, to);
        if (!NAME.matcher(name).matches() || name.split("\\s+").length > LONGEST) return Optional.empty();
        return Optional.of(new int[] {from, to});
    }

    /** The theme the item names: a known theme when its name is the whole item, else a new one; none for a way of working or a clause. */
    private static Optional<Gazetteer.Entry> theme(DocumentState state, Sentence item, int[] span) {
        List<AnnotatedSentences.Word> words = state.linguistics.words(item).stream()
                .filter(w -> w.begin() >= span[0] && w.end() <= span[1]).toList();
        if (!words.isEmpty() && WAYS_OF_WORKING.contains(lemma(words.get(0)))) return Optional.empty();
        // "Providing technical support": an item that opens on a verb is an activity, not its subject.
        if (!words.isEmpty() && opensOnAVerb(state, words.get(0))) return Optional.empty();
        // "The program works with ...": a finite verb makes the item a clause, not a name.
        if (words.stream().anyMatch(w -> w.pos() != null && w.pos().matches("VBZ|VBD|VBP|MD"))) return Optional.empty();
        // The markup's capitals ("Food Safety") often read as an organisation's name: only the plain tests count here.
        if (NoSubject.is(state, item, span, true)) return Optional.empty();
        Optional<Gazetteer.Entry> known = state.mentionsOf(item).stream()
                .filter(m -> m.begin() == span[0] && m.end() == span[1])
                .flatMap(m -> Phrases.entityOf(m, Pact.ResearchTheme.getURI()).stream())
                .findFirst();
        return known.or(() -> Optional.of(ThemeList.newTheme(state, item.text().substring(span[0], span[1]).replaceAll("\\s*\\([^()]*\\)", ""))));
    }

    /** A verb that heads the item; a participle that modifies a noun of it is an adjective ("Emerging infectious disease detection"). */
    private static boolean opensOnAVerb(DocumentState state, AnnotatedSentences.Word first) {
        return first.pos() != null && first.pos().startsWith("VB")
                && state.linguistics.headsOf(first.index()).stream().noneMatch(d -> d.relation().equals("amod") || d.relation().equals("compound"));
    }

    private static String lemma(AnnotatedSentences.Word w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    }
}
