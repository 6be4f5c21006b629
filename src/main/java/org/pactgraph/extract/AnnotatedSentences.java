package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pactgraph.annotate.Annotation;

/**
 * The linguistic layer's annotation of a document seen sentence by sentence: its entity mentions
 * and tokens at offsets of the sentence's text (which has its runs of white space made single),
 * and the dependency edges between them. Empty when no linguistic layer read the document.
 *
 * <p>The rules ask for the same sentence's words and a word's edges many times over, so each is
 * worked out once per document: a sentence's words and mentions on first asking, in one pass over
 * its text, and the edges indexed by head and by dependent. One instance serves one document's
 * extraction, on one thread; the lists it returns are not to be changed.
 */
final class AnnotatedSentences {
    /** An entity mention of the linguistic layer, at offsets in the sentence's text. */
    record Named(int begin, int end, String text, String type) {}

    /** A token at offsets in the sentence's text; {@code index} is its index in the annotation. */
    record Word(int index, int begin, int end, String word, String lemma, String pos) {}

    private final Annotation annotation;
    private final String clean;
    private final Map<Sentence, SentenceLayer> bySentence = new HashMap<>();
    private final Map<String, Set<String>> namesByType = new HashMap<>();
    private Map<Integer, List<Annotation.Dependency>> byHead;
    private Map<Integer, List<Annotation.Dependency>> byDependent;

    AnnotatedSentences(Annotation annotation) {
        this.annotation = annotation;
        this.clean = annotation.text();
    }

    static AnnotatedSentences none(String text) {
        return new AnnotatedSentences(Annotation.empty(text));
    }

    Annotation annotation() {
        return annotation;
    }

    /** The entity mentions that lie within the sentence. */
    List<Named> entities(Sentence s) {
        return layer(s).entities();
    }

    /**
     * The names the linguistic layer tagged with this type anywhere in the document ("Singapore"
     * as COUNTRY): a name keeps its sense through one document, so an occurrence the layer left
     * untagged (in a headline, a hyphenated compound) is read as the tagged ones.
     */
    Set<String> namesTagged(String type) {
        return namesByType.computeIfAbsent(type, t -> {
            Set<String> names = new LinkedHashSet<>();
            for (Annotation.Entity e : annotation.entities()) {
                if (e.type().equals(t)) names.add(e.text().replaceAll("\\s+", " "));
            }
            return Collections.unmodifiableSet(names);
        });
    }

    /** The tokens that lie within the sentence. */
    List<Word> words(Sentence s) {
        return layer(s).words();
    }

    /** The words of the sentence that depend on {@code head} by a relation starting with {@code relation} ("nsubj", "obl"). */
    List<Word> dependents(Sentence s, Word head, String relation) {
        SentenceLayer layer = layer(s);
        List<Word> found = new ArrayList<>();
        for (Annotation.Dependency d : dependentsOf(head.index())) {
            if (!d.relation().startsWith(relation)) continue;
            Word w = layer.byIndex().get(d.dependent());
            if (w != null) found.add(w);
        }
        return found;
    }

    /** The word of the sentence that {@code word} depends on, if it depends on one. */
    Optional<Word> head(Sentence s, Word word) {
        SentenceLayer layer = layer(s);
        for (Annotation.Dependency d : headsOf(word.index())) {
            Word head = layer.byIndex().get(d.head());
            if (head != null) return Optional.of(head);
        }
        return Optional.empty();
    }

    /** A word and the words joined to it by "and" or commas ("A, B and C"). */
    List<Word> withConjuncts(Sentence s, Word word) {
        List<Word> all = new ArrayList<>(List.of(word));
        all.addAll(dependents(s, word, "conj"));
        return all;
    }

    /** The edges whose dependent is the given token, in the annotation's order ({@link Annotation#headsOf}). */
    List<Annotation.Dependency> headsOf(int token) {
        if (byDependent == null) byDependent = index(false);
        return byDependent.getOrDefault(token, List.of());
    }

    /** The edges whose head is the given token, in the annotation's order ({@link Annotation#dependentsOf}). */
    List<Annotation.Dependency> dependentsOf(int token) {
        if (byHead == null) byHead = index(true);
        return byHead.getOrDefault(token, List.of());
    }

    private Map<Integer, List<Annotation.Dependency>> index(boolean byHeadToken) {
        Map<Integer, List<Annotation.Dependency>> index = new HashMap<>();
        for (Annotation.Dependency d : annotation.dependencies()) {
            index.computeIfAbsent(byHeadToken ? d.head() : d.dependent(), k -> new ArrayList<>(2)).add(d);
        }
        return index;
    }

    /** A sentence's words and mentions at offsets in its text, and its words by token index. */
    private record SentenceLayer(List<Word> words, List<Named> entities, Map<Integer, Word> byIndex) {}

    private SentenceLayer layer(Sentence s) {
        SentenceLayer layer = bySentence.get(s);
        if (layer == null) {
            layer = build(s);
            bySentence.put(s, layer);
        }
        return layer;
    }

    private SentenceLayer build(Sentence s) {
        int[] offsets = sentenceOffsets(s);
        List<Word> words = new ArrayList<>();
        Map<Integer, Word> byIndex = new HashMap<>();
        for (Annotation.Token t : annotation.tokensIn(s.begin(), s.end())) {
            int b = offset(offsets, s, t.begin());
            int e = offset(offsets, s, t.end());
            if (b < 0 || e > s.text().length() || b >= e) continue;
            Word w = new Word(t.index(), b, e, t.word(), t.lemma(), t.pos());
            words.add(w);
            byIndex.putIfAbsent(w.index(), w);
        }
        List<Named> entities = new ArrayList<>();
        for (Annotation.Entity e : annotation.entitiesIn(s.begin(), s.end())) {
            int b = offset(offsets, s, e.span().begin());
            int end = offset(offsets, s, e.span().end());
            if (b < 0 || end > s.text().length() || b >= end) continue;
            entities.add(new Named(b, end, s.text().substring(b, end), e.type()));
        }
        return new SentenceLayer(Collections.unmodifiableList(words), Collections.unmodifiableList(entities),
                byIndex);
    }

    /**
     * For each offset {@code c} of the clean text from the sentence's start to its end, the length
     * of {@code clean[begin, c)} with each run of white space made one space (the sentence's text
     * is made so); null when the clean text is shorter than the sentence.
     */
    private int[] sentenceOffsets(Sentence s) {
        if (clean.length() < s.end() || s.end() < s.begin()) return null;
        int[] lengths = new int[s.end() - s.begin() + 1];
        for (int i = s.begin(); i < s.end(); i++) {
            boolean continuesRun = i > s.begin() && isSpace(clean.charAt(i)) && isSpace(clean.charAt(i - 1));
            lengths[i - s.begin() + 1] = lengths[i - s.begin()] + (continuesRun ? 0 : 1);
        }
        return lengths;
    }

    /** The offset in the sentence's text of an offset of the clean document text, or -1. */
    private static int offset(int[] lengths, Sentence s, int cleanOffset) {
        if (lengths == null || cleanOffset < s.begin() || cleanOffset - s.begin() >= lengths.length) return -1;
        return lengths[cleanOffset - s.begin()];
    }

    /** White space as the pattern {@code \s} reads it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
