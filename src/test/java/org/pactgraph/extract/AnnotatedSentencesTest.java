package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.annotate.Annotation;
import org.junit.jupiter.api.Test;

/**
 * The sentence-by-sentence view of a document's annotation, which the rules ask for many times
 * per sentence and which is therefore worked out once per sentence: its offsets must be those of
 * the sentence's text (white space runs made single), whatever white space the clean text has,
 * and its edges those the annotation lists, in the annotation's order.
 */
class AnnotatedSentencesTest {
    /** Two sentences; the first has runs of spaces, a line break and a tab inside it. */
    private static final String CLEAN = "NASA  and\n the \t University of Arizona   signed an agreement.  Nothing else.";

    private final Annotation annotation = annotationOf(CLEAN);
    private final Sentence first = sentence(0, CLEAN, 0, CLEAN.indexOf("  Nothing"));
    private final Sentence second = sentence(1, CLEAN, CLEAN.indexOf("Nothing"), CLEAN.length());

    @Test
    void wordsLieAtTheirOffsetsInTheSentencesText() {
        AnnotatedSentences layer = new AnnotatedSentences(annotation);
        List<AnnotatedSentences.Word> words = layer.words(first);
        assertEquals(List.of("NASA", "and", "the", "University", "of", "Arizona", "signed", "an", "agreement", "."),
                words.stream().map(AnnotatedSentences.Word::word).toList());
        for (AnnotatedSentences.Word w : words) {
            assertEquals(w.word(), first.text().substring(w.begin(), w.end()), "word " + w);
            Annotation.Token t = annotation.tokens().get(w.index());
            assertEquals(CLEAN.substring(first.begin(), t.begin()).replaceAll("\\s+", " ").length(), w.begin(), "word " + w);
        }
        assertEquals(List.of("Nothing", "else", "."), layer.words(second).stream().map(AnnotatedSentences.Word::word).toList());
        assertEquals(0, layer.words(second).get(0).begin(), "the second sentence's offsets start at its own start");
    }

    @Test
    void entityMentionsGiveTheSentencesWordingOfTheirSpan() {
        AnnotatedSentences.Named university = new AnnotatedSentences(annotation).entities(first).get(1);
        assertEquals("University of Arizona", university.text());
        assertEquals("ORGANIZATION", university.type());
        assertEquals(first.text().indexOf("University"), university.begin());
        assertEquals(List.of(), new AnnotatedSentences(annotation).entities(second));
    }

    @Test
    void dependentsAndHeadsFollowTheEdgesWithinTheSentence() {
        AnnotatedSentences layer = new AnnotatedSentences(annotation);
        AnnotatedSentences.Word signed = word(layer, first, "signed");
        assertEquals(List.of("NASA", "University"), layer.dependents(first, signed, "nsubj").stream().map(AnnotatedSentences.Word::word).toList());
        assertEquals(List.of("agreement"), layer.dependents(first, signed, "obj").stream().map(AnnotatedSentences.Word::word).toList());
        assertEquals("signed", layer.head(first, word(layer, first, "agreement")).orElseThrow().word());
        assertEquals(List.of("NASA", "University"), layer.withConjuncts(first, word(layer, first, "NASA")).stream()
                .map(AnnotatedSentences.Word::word).toList());
        // An edge to a token of another sentence is not one of this sentence's words.
        assertEquals(List.of(), layer.dependents(second, word(layer, second, "Nothing"), "dep"));
        assertTrue(layer.head(first, signed).isEmpty(), "the root has no head");
    }

    @Test
    void indexedEdgesAreTheAnnotationsInItsOrder() {
        AnnotatedSentences layer = new AnnotatedSentences(annotation);
        for (Annotation.Token t : annotation.tokens()) {
            assertEquals(annotation.headsOf(t.index()), layer.headsOf(t.index()), "heads of " + t.word());
            assertEquals(annotation.dependentsOf(t.index()), layer.dependentsOf(t.index()), "dependents of " + t.word());
        }
    }

    @Test
    void aSentencesViewIsWorkedOutOnceAndCannotBeChanged() {
        AnnotatedSentences layer = new AnnotatedSentences(annotation);
        assertSame(layer.words(first), layer.words(first));
        assertSame(layer.namesTagged("ORGANIZATION"), layer.namesTagged("ORGANIZATION"));
        assertEquals(List.of("NASA", "University of Arizona"), List.copyOf(layer.namesTagged("ORGANIZATION")));
        assertThrows(UnsupportedOperationException.class, () -> layer.words(first).clear());
        assertThrows(UnsupportedOperationException.class, () -> layer.entities(first).clear());
    }

    @Test
    void noLayerGivesNoWords() {
        AnnotatedSentences none = AnnotatedSentences.none(CLEAN);
        assertEquals(List.of(), none.words(first));
        assertEquals(List.of(), none.entities(first));
        assertEquals(List.of(), none.headsOf(0));
    }

    private static AnnotatedSentences.Word word(AnnotatedSentences layer, Sentence s, String word) {
        return layer.words(s).stream().filter(w -> w.word().equals(word)).findFirst().orElseThrow();
    }

    private static Sentence sentence(int index, String clean, int begin, int end) {
        return new Sentence(index, 0, clean.substring(begin, end).replaceAll("\\s+", " "), begin, end, begin, end);
    }

    /** Tokens where the words and the full stop are, two mentions, and a parse of the first sentence. */
    private static Annotation annotationOf(String clean) {
        List<Annotation.Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("\\w+|\\.").matcher(clean);
        int sentence = 0;
        while (m.find()) {
            tokens.add(new Annotation.Token(tokens.size(), m.start(), m.end(), m.start(), m.end(), m.group(), m.group().toLowerCase(),
                    m.group().equals(".") ? "." : "NN", "O", sentence));
            if (m.group().equals(".")) sentence++;
        }
        Annotation.Span nasa = span(tokens, 0, 0);
        Annotation.Span university = span(tokens, 3, 5);
        List<Annotation.Dependency> edges = List.of(
                new Annotation.Dependency(6, 0, "nsubj"),
                new Annotation.Dependency(0, 3, "conj:and"),
                new Annotation.Dependency(6, 3, "nsubj"),
                new Annotation.Dependency(6, 8, "obj"),
                new Annotation.Dependency(8, 7, "det"),
                new Annotation.Dependency(3, 5, "nmod:of"),
                new Annotation.Dependency(10, 6, "dep"));
        return new Annotation(clean, tokens, List.of(span(tokens, 0, 9), span(tokens, 10, 12)),
                List.of(new Annotation.Entity(nasa, "NASA", "ORGANIZATION"),
                        new Annotation.Entity(university, "University of Arizona", "ORGANIZATION")),
                edges, List.of());
    }

    private static Annotation.Span span(List<Annotation.Token> tokens, int first, int last) {
        Annotation.Token a = tokens.get(first);
        Annotation.Token b = tokens.get(last);
        return new Annotation.Span(a.begin(), b.end(), a.begin(), b.end(), first, last);
    }
}
