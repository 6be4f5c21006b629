package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pactgraph.annotate.Annotation;

/**
 * Where the dependency parse says what a partnership, an agreement or joint work is about: the
 * noun phrases a partnership word ("partnership", "collaboration", "cooperation", "agreement",
 * "partner", or "research", "activities", "opportunity", "work" made joint by "collaborative",
 * "joint", "cooperative", "together") governs by "in", "on", "into" or "about", or by "related to" and "focused on";
 * through the nouns that only say a subject follows ("a range of activities related to X",
 * "research in all areas of X", "topics such as X"). The span runs from the first subject's
 * first modifier to the end of the last one coordinated with it ("agreements with JAXA in human
 * spaceflight, Earth science, space science, and aeronautics, making ..." gives the four), or,
 * when the subject-announcing noun ends before a colon, over what the colon introduces. The
 * parse may hang the subject on the verb or on the parties instead ("build collaborations between
 * A and B in the areas of X"), or the subject may stand between a joint adjective and the
 * partnership word ("cooperative Earth science agreements"). {@link
 * ThemeList} reads the items of the span.
 */
final class ThemeAnchors {
    private ThemeAnchors() {}

    /** Words that name a partnership or an act of partnering, by lemma. */
    private static final Set<String> PARTNERING = Set.of("partnership", "collaboration", "cooperation", "agreement", "memorandum",
            "arrangement", "partner", "collaborate", "cooperate");
    /** Words that name joint work only when a modifier makes it joint ("collaborative research"). */
    private static final Set<String> WORK = Set.of("research", "activity", "opportunity", "project", "proposal", "work", "program", "programme",
            "mission");
    private static final Set<String> JOINT = Set.of("collaborative", "joint", "cooperative", "bilateral", "binational", "collaboration", "cooperation");
    private static final Set<String> TOGETHER = Set.of("together", "jointly");
    /** Nouns that only announce a subject: the subject is what they govern. */
    private static final Set<String> ANNOUNCING = Set.of("range", "variety", "number", "host", "area", "field", "topic", "issue", "theme",
            "activity", "aspect", "domain", "discipline", "matter", "research", "priority", "subject", "question", "effort");
    /** Quantities too vague to name a subject ("in many areas of science"). */
    private static final Set<String> VAGUE = Set.of("many", "several", "various", "numerous", "other", "some");
    private static final Set<String> SUBJECT_RELATIONS = Set.of("nmod:in", "nmod:on", "nmod:into", "nmod:about", "obl:in", "obl:on",
            "obl:into", "obl:about");
    private static final Set<String> ANNOUNCED_RELATIONS = Set.of("nmod:of", "nmod:in", "nmod:on", "nmod:including", "nmod:such_as",
            "nmod:like", "nmod:about");
    /** Verbs and participles that lead from a word to its subject: "related to", "focused on". */
    private static final Set<String> LEADING = Set.of("relate", "related", "focus", "focused", "dedicate", "dedicated", "concentrate");
    /** Relations that stay inside one subject's noun phrase. */
    private static final Set<String> PHRASE = Set.of("amod", "compound", "flat", "nummod", "nmod:of", "appos", "nmod:npmod");
    private static final int DEPTH = 4;

    /**
     * A span of subjects and whether its partnership word may be one named elsewhere: "a long
     * history of collaboration in X" or "an arrangement on X" introduces a partnership of its
     * own, which only the sentence's own partnership names may stand for.
     */
    record Subjects(int from, int to, boolean indefinite, boolean sure) {}

    /** The spans of a sentence that name what its partnership words are about, in order. */
    static List<Subjects> spans(DocumentState state, Sentence s) {
        List<AnnotatedSentences.Word> words = state.linguistics.words(s);
        List<Subjects> spans = new ArrayList<>();
        for (AnnotatedSentences.Word w : words) {
            if (!isAnchor(state, s, w)) continue;
            boolean indefinite = isIndefinite(state, s, w);
            List<AnnotatedSentences.Word> subjects = subjects(state, s, w);
            boolean sure = !subjects.isEmpty();
            if (!sure) subjects = besideTheParties(state, s, w);
            for (AnnotatedSentences.Word subject : subjects) {
                span(state, s, words, subject).filter(span -> spans.stream().noneMatch(o -> o.from() < span[1] && span[0] < o.to()))
                        .ifPresent(span -> spans.add(new Subjects(span[0], span[1], indefinite, sure)));
            }
            namedBefore(state, s, words, w).filter(span -> spans.stream().noneMatch(o -> o.from() < span[1] && span[0] < o.to()))
                    .ifPresent(span -> spans.add(new Subjects(span[0], span[1], indefinite, true)));
        }
        return spans;
    }

    /** Nouns that name a field of work: "in the areas of X". */
    private static final Set<String> FIELDS = Set.of("area", "field", "domain");

    /** The span of the fields a sentence names, and whether one field is named ("the area of X and Y") or several. */
    record Fields(int from, int to, boolean one) {}

    /**
     * The spans a sentence names as the fields its work is done in: "in the field of X", "in the
     * areas of X, Y and Z". Whose work it is, the sentence must say; "in areas of mutual interest"
     * (no article) names no field, nor does a title's "in the Field of X".
     */
    static List<Fields> fields(DocumentState state, Sentence s) {
        List<AnnotatedSentences.Word> words = state.linguistics.words(s);
        List<Fields> spans = new ArrayList<>();
        for (AnnotatedSentences.Word w : words) {
            if (!FIELDS.contains(lemma(w)) || !Character.isLowerCase(w.word().charAt(0)) || !introducedByIn(state, w)
                    || dependents(state, s, w, "det").stream().noneMatch(d -> lemma(d).equals("the"))) continue;
            for (AnnotatedSentences.Word subject : governed(state, s, w, Set.of("nmod:of"))) {
                if (!isVerb(subject)) span(state, s, words, subject).ifPresent(span -> spans.add(new Fields(span[0], span[1], "NN".equals(w.pos()))));
            }
        }
        return spans;
    }

    /**
     * True when "in" introduces the field, not on the parties a partnership is between
     * ("collaborations between the universities in the areas of X"): that may say where they are,
     * which {@link #besideTheParties} leaves to review.
     */
    private static boolean introducedByIn(DocumentState state, AnnotatedSentences.Word w) {
        return state.linguistics.headsOf(w.index()).stream().anyMatch(d -> (d.relation().equals("obl:in") || d.relation().equals("nmod:in"))
                && state.linguistics.headsOf(d.head()).stream().noneMatch(p -> p.relation().equals("nmod:between")));
    }

    /**
     * The subject written between a joint adjective and the partnership word: "two cooperative
     * Earth science agreements", "a collaborative ocean acoustics program". Only plain nouns
     * count: a name ("cooperative Space Act agreements") or a word of partnering or work is none.
     */
    private static Optional<int[]> namedBefore(DocumentState state, Sentence s, List<AnnotatedSentences.Word> words, AnnotatedSentences.Word anchor) {
        Optional<AnnotatedSentences.Word> joint = dependents(state, s, anchor, "amod").stream()
                .filter(m -> JOINT.contains(lemma(m)) && m.index() < anchor.index()).findFirst();
        if (joint.isEmpty()) return Optional.empty();
        List<AnnotatedSentences.Word> between = words.stream().filter(x -> x.index() > joint.get().index() && x.index() < anchor.index()).toList();
        if (between.isEmpty()) return Optional.empty();
        boolean plainNouns = between.stream().allMatch(x -> x.pos() != null && x.pos().startsWith("NN")
                && !PARTNERING.contains(lemma(x)) && !WORK.contains(lemma(x)) && !ANNOUNCING.contains(lemma(x)));
        boolean named = between.stream().anyMatch(x -> isNamedNonSubject(state, s, x))
                || state.linguistics.entities(s).stream().anyMatch(e -> e.begin() <= between.get(0).begin() && between.get(0).begin() < e.end());
        boolean compounds = between.stream().allMatch(x -> state.linguistics.headsOf(x.index()).stream().allMatch(d -> d.relation().equals("compound")));
        return plainNouns && !named && compounds ? Optional.of(new int[] {between.get(0).begin(), between.get(between.size() - 1).end()}) : Optional.empty();
    }

    /** "a partnership", or a partnership word governed by "a history of", "an opportunity for". */
    private static boolean isIndefinite(DocumentState state, Sentence s, AnnotatedSentences.Word w) {
        if (dependents(state, s, w, "det").stream().anyMatch(d -> Set.of("a", "an").contains(lemma(d)))) return true;
        for (Annotation.Dependency d : state.linguistics.headsOf(w.index())) {
            if (!d.relation().startsWith("nmod")) continue;
            Optional<AnnotatedSentences.Word> head = word(state, s, d.head());
            if (head.isPresent() && dependents(state, s, head.get(), "det").stream().anyMatch(x -> Set.of("a", "an").contains(lemma(x)))) return true;
        }
        return false;
    }

    private static boolean isAnchor(DocumentState state, Sentence s, AnnotatedSentences.Word w) {
        String lemma = lemma(w);
        // "partners" names organisations, not an act of partnering.
        if (lemma.equals("partner")) return !w.word().equalsIgnoreCase("partners");
        if (PARTNERING.contains(lemma)) return true;
        if (!WORK.contains(lemma)) return false;
        // "work together on X", "research jointly on X"
        if (dependents(state, s, w, "advmod").stream().anyMatch(m -> TOGETHER.contains(lemma(m)))) return true;
        return modifiers(state, s, w).stream().anyMatch(m -> JOINT.contains(lemma(m)));
    }

    /** The heads of the subjects a word governs, directly, through a leading participle, or through nouns that announce them. */
    private static List<AnnotatedSentences.Word> subjects(DocumentState state, Sentence s, AnnotatedSentences.Word anchor) {
        List<AnnotatedSentences.Word> found = new ArrayList<>();
        List<AnnotatedSentences.Word> governed = governed(state, s, anchor, SUBJECT_RELATIONS);
        if (governed.isEmpty()) governed = attachedElsewhere(state, s, anchor);
        for (AnnotatedSentences.Word t : governed) descend(state, s, t, found, 0);
        return found;
    }

    /**
     * The subjects the parse hung on a neighbour of the partnership word rather than on the word:
     * on the verb whose object it is ("build research collaborations between A and B in the areas
     * of X", "coordinate and cooperate in X" with "in" on the first verb) or on the parties it is
     * between ("cooperation between the two countries in X"). Only words after the partnership
     * word count, so the verb's own setting before it ("In 2015 they signed ...") is not read; on
     * the verb whose object the word is, only a noun that announces subjects ("areas", "fields")
     * counts, as the verb's "in" may say where or how ("signed an agreement in a ceremony").
     */
    private static List<AnnotatedSentences.Word> attachedElsewhere(DocumentState state, Sentence s, AnnotatedSentences.Word anchor) {
        List<AnnotatedSentences.Word> out = new ArrayList<>();
        for (Annotation.Dependency d : state.linguistics.headsOf(anchor.index())) {
            Optional<AnnotatedSentences.Word> head = word(state, s, d.head());
            if (head.isEmpty() || !isVerb(head.get())) continue;
            if (d.relation().equals("obj")) {
                after(anchor, governed(state, s, head.get(), SUBJECT_RELATIONS)).stream().filter(w -> ANNOUNCING.contains(lemma(w))).forEach(out::add);
            } else if (d.relation().startsWith("conj") && isVerb(anchor)) {
                out.addAll(after(anchor, governed(state, s, head.get(), SUBJECT_RELATIONS)));
            }
        }
        return out;
    }

    /**
     * The subjects the parse hung on the parties a partnership word is between ("cooperation
     * between the two countries in X"): as often where the parties are ("researchers in coastal
     * towns"), so they are only candidates.
     */
    private static List<AnnotatedSentences.Word> besideTheParties(DocumentState state, Sentence s, AnnotatedSentences.Word anchor) {
        List<AnnotatedSentences.Word> found = new ArrayList<>();
        for (Annotation.Dependency d : state.linguistics.dependentsOf(anchor.index())) {
            if (!d.relation().equals("nmod:between")) continue;
            Optional<AnnotatedSentences.Word> party = word(state, s, d.dependent());
            if (party.isPresent()) after(anchor, governed(state, s, party.get(), SUBJECT_RELATIONS)).forEach(t -> descend(state, s, t, found, 0));
        }
        return found;
    }

    private static List<AnnotatedSentences.Word> after(AnnotatedSentences.Word anchor, List<AnnotatedSentences.Word> words) {
        return words.stream().filter(w -> w.begin() > anchor.end()).toList();
    }

    private static boolean isVerb(AnnotatedSentences.Word w) {
        return w.pos() != null && w.pos().startsWith("VB");
    }

    private static void descend(DocumentState state, Sentence s, AnnotatedSentences.Word t, List<AnnotatedSentences.Word> found, int depth) {
        if (depth > DEPTH || dependents(state, s, t, "det").stream().anyMatch(d -> VAGUE.contains(lemma(d)))
                || modifiers(state, s, t).stream().anyMatch(d -> VAGUE.contains(lemma(d)))) return;
        // "cooperation on integrating supply chains": an activity, not a subject; "an agreement on Monday": a date.
        if (t.pos() != null && t.pos().startsWith("VB") || isNamedNonSubject(state, s, t)) return;
        if (!ANNOUNCING.contains(lemma(t))) {
            // "an arrangement on research cooperation": partnering or joint work is no subject.
            if (!PARTNERING.contains(lemma(t)) && !WORK.contains(lemma(t))) found.add(t);
            return;
        }
        Optional<AnnotatedSentences.Word> participle = listingParticiple(state, s, t);
        if (participle.isPresent()) {
            found.add(participle.get());
            return;
        }
        List<AnnotatedSentences.Word> next = governed(state, s, t, ANNOUNCED_RELATIONS);
        if (next.isEmpty() && followedByColon(s, t)) found.add(t);
        for (AnnotatedSentences.Word n : next) descend(state, s, n, found, depth + 1);
    }

    /** "research activities advancing X, Y and Z": a participle right after the noun that lists its subjects. */
    private static Optional<AnnotatedSentences.Word> listingParticiple(DocumentState state, Sentence s, AnnotatedSentences.Word t) {
        return state.linguistics.words(s).stream()
                .filter(w -> w.index() == t.index() + 1 && "VBG".equals(w.pos()) && LISTING.contains(lemma(w)))
                .findFirst();
    }

    private static final Set<String> LISTING = Set.of("advance", "advancing", "include", "including", "cover", "covering", "span",
            "spanning", "involve", "involving");

    /** The words a word governs by one of the relations, or through "related to" / "focused on". */
    private static List<AnnotatedSentences.Word> governed(DocumentState state, Sentence s, AnnotatedSentences.Word w, Set<String> relations) {
        List<AnnotatedSentences.Word> out = new ArrayList<>();
        for (Annotation.Dependency d : state.linguistics.dependentsOf(w.index())) {
            Optional<AnnotatedSentences.Word> dep = word(state, s, d.dependent());
            if (dep.isEmpty() || dep.get().begin() < w.begin()) continue;
            if (relations.contains(d.relation())) {
                out.add(dep.get());
            } else if ((d.relation().startsWith("amod") || d.relation().startsWith("acl")) && LEADING.contains(lemma(dep.get()))) {
                for (Annotation.Dependency e : state.linguistics.dependentsOf(d.dependent())) {
                    if (e.relation().equals("obl:to") || e.relation().equals("obl:on")) word(state, s, e.dependent()).ifPresent(out::add);
                }
            }
        }
        out.removeIf(x -> out.stream().anyMatch(y -> y != x && isConjunctOf(state, x, y)));
        return out;
    }

    /** True when {@code x} is coordinated under {@code y}: only the first of a list is followed. */
    private static boolean isConjunctOf(DocumentState state, AnnotatedSentences.Word x, AnnotatedSentences.Word y) {
        return state.linguistics.headsOf(x.index()).stream()
                .anyMatch(d -> d.head() == y.index() && d.relation().startsWith("conj"));
    }

    /**
     * The span of the list a subject heads: from its first modifier to the end of the last
     * subject coordinated with it; after the colon when the subject is a noun that announces a
     * list ("a whole range of issues: in space, ...").
     */
    private static Optional<int[]> span(DocumentState state, Sentence s, List<AnnotatedSentences.Word> words, AnnotatedSentences.Word head) {
        if (LISTING.contains(lemma(head)) && "VBG".equals(head.pos())) {
            int to = listGoesOn(words, head.end());
            int from = head.end() + 1;
            return from < to ? Optional.of(new int[] {from, to}) : Optional.empty();
        }
        if (ANNOUNCING.contains(lemma(head))) {
            int colon = s.text().indexOf(':', head.end());
            int from = colon + 1;
            while (from < s.text().length() && s.text().charAt(from) == ' ') from++;
            java.util.regex.Matcher lead = java.util.regex.Pattern.compile("^(?:in|on)\\s+").matcher(s.text().substring(from));
            if (lead.find()) from += lead.end();
            return from < s.text().length() ? Optional.of(new int[] {from, s.text().length()}) : Optional.empty();
        }
        Set<Integer> seen = new HashSet<>();
        int from = leftmost(state, s, head, seen);
        // "cooperation on integrating supply chains": an activity, not a subject.
        if (words.stream().anyMatch(w -> w.begin() == from && w.pos() != null && w.pos().startsWith("VB"))) return Optional.empty();
        int to = head.end();
        List<AnnotatedSentences.Word> items = new ArrayList<>(List.of(head));
        for (Annotation.Dependency d : state.linguistics.dependentsOf(head.index())) {
            if (d.relation().startsWith("conj")) word(state, s, d.dependent()).ifPresent(items::add);
        }
        for (AnnotatedSentences.Word item : items) to = Math.max(to, rightmost(state, s, item, new HashSet<>()));
        to = listGoesOn(words, to);
        return from < to ? Optional.of(new int[] {from, to}) : Optional.empty();
    }

    /**
     * Where a list of noun phrases written after the offset ends, when the parse lost its
     * coordination ("in tide physics, coastal ecology, and marine robotics, making ..." read as
     * three clauses): the words go on while they are nouns, adjectives, commas and "and"/"or",
     * and the list ends on a noun.
     */
    private static int listGoesOn(List<AnnotatedSentences.Word> words, int to) {
        int end = to;
        for (AnnotatedSentences.Word w : words) {
            if (w.begin() < to) continue;
            String pos = w.pos() == null ? "" : w.pos();
            if (pos.startsWith("NN")) {
                end = w.end();
            } else if (!(pos.startsWith("JJ") || pos.equals("HYPH") || pos.equals(",") || pos.equals("CC") && LIST_WORDS.contains(lemma(w)))) {
                break;
            }
        }
        return end;
    }

    private static final Set<String> LIST_WORDS = Set.of("and", "or");

    private static int leftmost(DocumentState state, Sentence s, AnnotatedSentences.Word w, Set<Integer> seen) {
        int from = w.begin();
        if (!seen.add(w.index())) return from;
        for (Annotation.Dependency d : state.linguistics.dependentsOf(w.index())) {
            if (!(d.relation().equals("amod") || d.relation().equals("compound") || d.relation().equals("nummod") || d.relation().equals("flat"))) continue;
            Optional<AnnotatedSentences.Word> m = word(state, s, d.dependent());
            if (m.isPresent() && m.get().begin() < from) from = Math.min(from, leftmost(state, s, m.get(), seen));
        }
        return from;
    }

    private static int rightmost(DocumentState state, Sentence s, AnnotatedSentences.Word w, Set<Integer> seen) {
        int to = w.end();
        if (!seen.add(w.index())) return to;
        for (Annotation.Dependency d : state.linguistics.dependentsOf(w.index())) {
            Optional<AnnotatedSentences.Word> m = word(state, s, d.dependent());
            // "quantum sensing" parsed as "quantum" with a participle after it is one name.
            boolean nameGoesOn = d.relation().equals("acl") && m.isPresent() && "VBG".equals(m.get().pos()) && m.get().begin() == to + 1;
            if (!PHRASE.contains(d.relation()) && !d.relation().startsWith("conj") && !nameGoesOn) continue;
            if (nameGoesOn) {
                to = m.get().end();
                continue;
            }
            if (m.isPresent() && m.get().begin() > w.begin()) to = Math.max(to, rightmost(state, s, m.get(), seen));
        }
        int close = s.text().indexOf(')', to);
        if (close > 0 && s.text().substring(to, close).matches("\\s*\\([^()]*")) to = close + 1;
        return to;
    }

    /** A word the layer reads as part of a date, a number, a person, a place or an organisation's name. */
    private static boolean isNamedNonSubject(DocumentState state, Sentence s, AnnotatedSentences.Word w) {
        return state.linguistics.entities(s).stream()
                .anyMatch(e -> e.begin() <= w.begin() && w.end() <= e.end() && !"MISC".equals(e.type()));
    }

    private static boolean followedByColon(Sentence s, AnnotatedSentences.Word w) {
        return s.text().substring(w.end()).stripLeading().startsWith(":");
    }

    private static List<AnnotatedSentences.Word> modifiers(DocumentState state, Sentence s, AnnotatedSentences.Word w) {
        List<AnnotatedSentences.Word> out = new ArrayList<>(dependents(state, s, w, "amod"));
        out.addAll(dependents(state, s, w, "compound"));
        return out;
    }

    private static List<AnnotatedSentences.Word> dependents(DocumentState state, Sentence s, AnnotatedSentences.Word w, String relation) {
        return state.linguistics.dependents(s, w, relation);
    }

    private static Optional<AnnotatedSentences.Word> word(DocumentState state, Sentence s, int index) {
        return state.linguistics.words(s).stream().filter(x -> x.index() == index).findFirst();
    }

    private static String lemma(AnnotatedSentences.Word w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    }
}
