package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.pactgraph.annotate.Annotation;

/**
 * The linguistic layer's annotation of a document seen sentence by sentence: its entity mentions
 * and tokens at offsets of the sentence's text (which has its runs of white space made single),
 * and the dependency edges between them. Empty when no linguistic layer read the document.
 */
final class AnnotatedSentences {
    /** An entity mention of the linguistic layer, at offsets in the sentence's text. */
    record Named(int begin, int end, String text, String type) {}

    /** A token at offsets in the sentence's text; {@code index} is its index in the annotation. */
    record Word(int index, int begin, int end, String word, String lemma, String pos) {}

    private final Annotation annotation;
    private final String clean;

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
        List<Named> found = new ArrayList<>();
        for (Annotation.Entity e : annotation.entitiesIn(s.begin(), s.end())) {
            int b = offset(s, e.span().begin());
            int end = offset(s, e.span().end());
            if (b < 0 || end > s.text().length() || b >= end) continue;
            found.add(new Named(b, end, s.text().substring(b, end), e.type()));
        }
        return found;
    }

    /**
     * The names the linguistic layer tagged with this type anywhere in the document ("Singapore"
     * as COUNTRY): a name keeps its sense through one document, so an occurrence the layer left
     * untagged (in a headline, a hyphenated compound) is read as the tagged ones.
     */
    java.util.Set<String> namesTagged(String type) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Annotation.Entity e : annotation.entities()) {
            if (e.type().equals(type)) names.add(e.text().replaceAll("\\s+", " "));
        }
        return names;
    }

    /** The tokens that lie within the sentence. */
    List<Word> words(Sentence s) {
        List<Word> found = new ArrayList<>();
        for (Annotation.Token t : annotation.tokensIn(s.begin(), s.end())) {
            int b = offset(s, t.begin());
            int e = offset(s, t.end());
            if (b < 0 || e > s.text().length() || b >= e) continue;
            found.add(new Word(t.index(), b, e, t.word(), t.lemma(), t.pos()));
        }
        return found;
    }

    /** The words of the sentence that depend on {@code head} by a relation starting with {@code relation} ("nsubj", "obl"). */
    List<Word> dependents(Sentence s, Word head, String relation) {
        List<Word> words = words(s);
        List<Word> found = new ArrayList<>();
        for (Annotation.Dependency d : annotation.dependentsOf(head.index())) {
            if (!d.relation().startsWith(relation)) continue;
            words.stream().filter(w -> w.index() == d.dependent()).findFirst().ifPresent(found::add);
        }
        return found;
    }

    /** The word of the sentence that {@code word} depends on, if it depends on one. */
    java.util.Optional<Word> head(Sentence s, Word word) {
        List<Word> words = words(s);
        for (Annotation.Dependency d : annotation.headsOf(word.index())) {
            java.util.Optional<Word> head = words.stream().filter(w -> w.index() == d.head()).findFirst();
            if (head.isPresent()) return head;
        }
        return java.util.Optional.empty();
    }

    /** A word and the words joined to it by "and" or commas ("A, B and C"). */
    List<Word> withConjuncts(Sentence s, Word word) {
        List<Word> all = new ArrayList<>(List.of(word));
        all.addAll(dependents(s, word, "conj"));
        return all;
    }

    /** The offset in the sentence's text of an offset of the clean document text. */
    private int offset(Sentence s, int cleanOffset) {
        if (clean.length() < s.end() || cleanOffset < s.begin()) return -1;
        return clean.substring(s.begin(), cleanOffset).replaceAll("\\s+", " ").length();
    }
}
