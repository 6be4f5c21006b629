package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.pactgraph.model.Pact;

/**
 * The research themes of partnerships: "partnerships in X between ...", "will partner on X", "the
 * partnership for X", "will focus on X, Y and Z", "will focus on three areas: X, Y and Z", a list
 * in the sentence after one that ends "... will focus on specific research themes:", and the
 * subject areas a sentence lists ("covers joint activities including X, Y and Z", "science
 * programs in X, Y and Z"), and the fields a sentence about a pact names ("work in partnership
 * in the areas of X, Y and Z", kept as themes even when no partnership is found). A list the
 * sentence does not bind by its own words goes to the partnership the sentence names, else to
 * the one its section is about, as sure as that binding. {@link ThemeList} reads the items. A partnership keeps its themes at the most
 * specific level known: a theme broader than another that the document or the reference data
 * gives the same partnership ("partnerships in a field" beside a narrower theme of that field) is
 * dropped, so that counts per theme are not inflated and questions roll up by skos:broader.
 */
final class ThemeRule implements Rule {
    private static final Pattern IN_THEME = Pattern.compile(
            "(?i)\\b(?:(?:partnerships?|collaborations?|partner|collaborate|research|work|working)\\s+(?:in|on|into)|to\\s+(?:study|research|develop|advance))"
                    + "\\s+(.+?)(?=\\s+(?:between|with|on|at|and will|that|which|to|together|jointly|for)\\b|[,.;:]|$)");
    /** "focus on X", "focusing on X", "focus collaborative efforts on X": the efforts are the partnership's own. */
    private static final Pattern FOCUS = Pattern.compile("(?i)\\bfocus(?:es|ed|ing)?\\s+(?:(?:[\\w-]+\\s+){0,2}(?:efforts|work|attention)\\s+)?on\\s+(.*?)(?=[.;]\\s|[.;]?$|:)(:?)");
    /** Not before a determiner or quantifier: "in many areas of ...", "for the future" name no subject. */
    private static final String NO_DETERMINER = "(?!(?:many|several|all|some|various|other|a|an|the|this|these|those|both|each|which|their|its|our)\\b)";
    private static final Pattern SUBJECT_AREAS = Pattern.compile(
            "(?i)\\b(?:activities|areas|fields|topics|disciplines|programs|priorities)(?:\\s+(?:including|such\\s+as|in)|,\\s+including:"
                    + "|\\s+include,?(?:\\s+but\\s+are\\s+not\\s+limited\\s+to,)?)\\s+"
                    + NO_DETERMINER + "(.+?)"
                    + "(?=,\\s+(?:among|with|especially|in\\s+order|to)\\b|[.]\\s|[.;]?$|:)");
    private static final Pattern PARTNERSHIP_FOR = Pattern.compile(
            "(?i)\\b(?:partnership|collaboration)\\s+for\\s+" + NO_DETERMINER + "(.+?)(?=\\s+(?:between|with|at|and will|that|which|to|together|jointly)\\b|[,.;:]|$)");
    /** Words by which a sentence speaks of a partnership, joint work, the agreement that makes one or the partners' talks. */
    private static final Pattern SPEAKS_OF_A_PACT = Pattern.compile("(?i)\\b(?:partner\\w*|collaborat\\w*|cooperat\\w*|joint\\w*|together|"
            + "bilateral|binational|talks|discussions|dialogues?|" + PactNouns.AGREEMENT + ")\\b");
    /** A sentence that opens on the areas it lists: "Specific areas include", "Research topics of interest include". */
    private static final Pattern OPENS_ON_AREAS = Pattern.compile("^(?:\\p{Lu}\\p{Ll}+\\s+){0,2}(?:areas|topics|fields|priorities)\\b");
    private static final Pattern AREAS = Pattern.compile("(?i)^(?:the\\s+)?(?:\\w+\\s+)?(?:specific\\s+)?(?:research\\s+)?(?:areas|themes|topics|fields|priorities)$");

    @Override
    public String name() {
        return "partnership-themes";
    }

    @Override
    public void apply(DocumentState state) {
        for (Sentence s : state.sentences) {
            List<String> partnerships = state.partnershipsIn(s);
            List<int[]> lists = new ArrayList<>();
            Matcher areas = SUBJECT_AREAS.matcher(s.text());
            if (areas.find() && !Phrases.quoted(s.text(), areas.start())) {
                // "Specific areas include X, Y": a sentence opening on the areas lists those of the text's own subject.
                if (OPENS_ON_AREAS.matcher(s.text()).lookingAt()) bindList(state, s, s, areas.start(1), areas.end(1));
                else bindAreasOfAPact(state, s, areas.start(1), areas.end(1));
                lists.add(new int[] {areas.start(1), areas.end(1)});
            }
            Matcher purpose = PARTNERSHIP_FOR.matcher(s.text());
            if (purpose.find() && !Phrases.quoted(s.text(), purpose.start())) {
                bindList(state, s, s, purpose.start(1), purpose.end(1));
                lists.add(new int[] {purpose.start(1), purpose.end(1)});
            }
            // "work in partnership with B in the areas of X, Y and Z": the fields of the work the sentence speaks of.
            for (ThemeAnchors.Fields field : ThemeAnchors.fields(state, s)) {
                if (overlaps(lists, field.from(), field.to()) || Phrases.quoted(s.text(), field.from())) continue;
                if (partnerships.isEmpty() && !SPEAKS_OF_A_PACT.matcher(s.text()).find()) continue;
                // "in the area of crime and criminal justice": one field, however it is worded.
                bindOrKeep(state, s, field.one() ? ThemeList.one(state, s, field.from(), field.to()) : ThemeList.themes(state, s, field.from(), field.to()));
                lists.add(new int[] {field.from(), field.to()});
            }
            // The parse's reading of a list comes before the pattern's ("partnership in X" up to the first comma).
            List<int[]> parsed = new ArrayList<>();
            for (ThemeAnchors.Subjects span : ThemeAnchors.spans(state, s)) {
                // A quotation's words bind only to the partnerships its own sentence names.
                boolean bound = partnerships.isEmpty() ? !span.indefinite() && !Phrases.quoted(s.text(), span.from()) : true;
                if (bound && !overlaps(lists, span.from(), span.to())) {
                    state.fromContext(span.sure() ? Confidence.IN_SENTENCE : Confidence.FROM_CONTEXT, () -> bindList(state, s, s, span.from(), span.to()));
                    parsed.add(new int[] {span.from(), span.to()});
                }
            }
            Matcher in = IN_THEME.matcher(s.text());
            // Only about partnerships the sentence names: "signed partnerships in X" may be others'.
            while (!partnerships.isEmpty() && in.find()) {
                if (Phrases.quoted(s.text(), in.start()) || overlaps(parsed, in.start(1), in.end(1))) continue;
                ThemeList.themes(state, s, in.start(1), in.end(1)).forEach(t -> partnerships.forEach(p -> state.link(p, Pact.hasTheme, t, s, name())));
            }
            Matcher focus = FOCUS.matcher(s.text());
            while (focus.find()) {
                if (!Phrases.quoted(s.text(), focus.start())) focusList(state, s, focus);
            }
            bindItems(state, s, BulletedThemes.after(state, s));
        }
        dropUmbrellaThemes(state);
    }

    /**
     * True when the span overlaps a list another pattern read: that list was read already, and
     * "cooperation on X" as one item of a list is no list of its own.
     */
    private static boolean overlaps(List<int[]> lists, int from, int to) {
        return lists.stream().anyMatch(l -> l[0] < to && from < l[1]);
    }

    /** Drops each theme of a partnership that is broader than another theme of it, here or in the reference data. */
    private static void dropUmbrellaThemes(DocumentState state) {
        Map<Node, Set<String>> themes = new HashMap<>();
        for (Fact f : state.facts) {
            if (f.predicate().equals(Pact.hasTheme.asNode()) && f.subject().isURI() && f.object().isURI()) {
                themes.computeIfAbsent(f.subject(), p -> new HashSet<>(state.gazetteer.themesOf(p.getURI()))).add(f.object().getURI());
            }
        }
        state.facts.removeIf(f -> f.predicate().equals(Pact.hasTheme.asNode()) && f.object().isURI()
                && themes.getOrDefault(f.subject(), Set.of()).stream()
                        .anyMatch(t -> state.gazetteer.broaderThemesOf(t).contains(f.object().getURI())));
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

    /** True when a sentence before this one in its paragraph names a partnership. */
    private static boolean partnershipEarlierInParagraph(DocumentState state, Sentence s) {
        for (int i = s.index() - 1; i >= 0 && state.sentences.get(i).paragraph() == s.paragraph(); i--) {
            if (!state.partnershipsIn(state.sentences.get(i)).isEmpty()) return true;
        }
        return false;
    }

    /**
     * The subject areas a sentence lists ("in areas such as X, Y"), bound as {@link #bindList} binds
     * them when the sentence names a partnership, speaks of partnering, agreements or the partners'
     * talks, or follows a sentence of its paragraph that names a partnership: "their work has
     * overlapped for decades in areas such as X" lists what the parties did apart.
     */
    private void bindAreasOfAPact(DocumentState state, Sentence s, int from, int to) {
        if (state.partnershipsIn(s).isEmpty() && !SPEAKS_OF_A_PACT.matcher(s.text()).find() && !partnershipEarlierInParagraph(state, s)) return;
        bindList(state, s, s, from, to);
    }

    /**
     * The themes listed between two offsets of the evidence sentence, given to the partnerships
     * sentence {@code s} names, or else to the one its section is about, as sure as that binding.
     */
    private void bindList(DocumentState state, Sentence s, Sentence evidence, int from, int to) {
        List<String> targets = targets(state, s);
        if (!targets.isEmpty()) bind(state, s, evidence, targets, ThemeList.themes(state, evidence, from, to));
    }

    private void bind(DocumentState state, Sentence s, Sentence evidence, List<String> targets, List<Gazetteer.Entry> themes) {
        state.fromContext(Confidence.ofBinding(state, s, targets), () -> themes.forEach(t -> targets.forEach(p -> state.link(p, Pact.hasTheme, t, evidence, name()))));
    }

    /**
     * The themes of a list of the sentence, bound as {@link #bindList} binds them; a list the
     * sentence states as the fields of a pact names themes even when no partnership or initiative
     * is found to bind them to, so they are kept on their own.
     */
    private void bindOrKeep(DocumentState state, Sentence s, List<Gazetteer.Entry> themes) {
        List<String> targets = targets(state, s);
        if (targets.isEmpty()) themes.forEach(t -> state.entity(t, s, name()));
        else bind(state, s, s, targets, themes);
    }

    /**
     * The themes of a list that sentence {@code s} announces, each with its own item as evidence,
     * bound as {@link #bindList} binds; a list announced as subject areas names themes even when
     * no partnership or initiative is found to bind them to, so they are kept on their own.
     */
    private void bindItems(DocumentState state, Sentence s, List<BulletedThemes.Item> items) {
        List<String> targets = targets(state, s);
        state.fromContext(Confidence.ofBinding(state, s, targets), () -> items.forEach(i -> {
            if (targets.isEmpty()) state.entity(i.theme(), i.evidence(), name());
            targets.forEach(p -> state.link(p, Pact.hasTheme, i.theme(), i.evidence(), name()));
        }));
    }

    /** The partnerships sentence {@code s} names, or else the one its section is about, or else the document's initiative. */
    private static List<String> targets(DocumentState state, Sentence s) {
        List<String> partnerships = state.partnershipsIn(s);
        return !partnerships.isEmpty() ? partnerships : state.lastPartnershipBefore(s).map(List::of)
                .or(() -> Optional.ofNullable(state.partnerships.isEmpty() ? state.initiative : null).map(List::of)).orElse(List.of());
    }
}
