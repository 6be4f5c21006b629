package org.pactgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the linguistic layer says of one text: its tokens, sentences, named-entity mentions,
 * dependency edges and quotations. Offsets {@code begin}/{@code end} are UTF-16 offsets in the
 * annotated text; {@code rawBegin}/{@code rawEnd} are Unicode code points of the document as
 * stored, as RFC 5147 spans count. Token indices run over the whole text.
 */
public record Annotation(String text, List<Token> tokens, List<Span> sentences, List<Entity> entities,
                         List<Dependency> dependencies, List<Span> quotations) {
    public Annotation {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        dependencies = List.copyOf(dependencies);
        quotations = List.copyOf(quotations);
    }

    /** An annotation that says nothing, for a text no linguistic layer read. */
    public static Annotation empty(String text) {
        return new Annotation(text, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * A token: its index, where it lies, its word, lemma, part of speech (Penn Treebank), its
     * named-entity tag ("O" outside any) and the sentence it belongs to.
     */
    public record Token(int index, int begin, int end, int rawBegin, int rawEnd, String word, String lemma,
                        String pos, String ner, int sentence) {}

    /** A stretch of text covering tokens {@code firstToken} to {@code lastToken} inclusive. */
    public record Span(int begin, int end, int rawBegin, int rawEnd, int firstToken, int lastToken) {}

    /**
     * A named-entity mention: its span, its words, and its type as CoreNLP names it
     * (ORGANIZATION, PERSON, TITLE, MONEY, DATE, LOCATION, CITY, COUNTRY, ...).
     */
    public record Entity(Span span, String text, String type) {}

    /** A dependency edge (Universal Dependencies): head token, dependent token, relation ("nsubj", "obl:from"). */
    public record Dependency(int head, int dependent, String relation) {}

    /** The tokens whose offsets fall within {@code [begin, end)} of the annotated text. */
    public List<Token> tokensIn(int begin, int end) {
        List<Token> in = new ArrayList<>();
        for (Token t : tokens) {
            if (t.begin() >= begin && t.end() <= end) in.add(t);
        }
        return in;
    }

    /** The entity mentions within {@code [begin, end)} of the annotated text. */
    public List<Entity> entitiesIn(int begin, int end) {
        return entities.stream().filter(e -> e.span().begin() >= begin && e.span().end() <= end).toList();
    }

    /** The edges whose dependent is the given token. */
    public List<Dependency> headsOf(int token) {
        return dependencies.stream().filter(d -> d.dependent() == token).toList();
    }

    /** The edges whose head is the given token. */
    public List<Dependency> dependentsOf(int token) {
        return dependencies.stream().filter(d -> d.head() == token).toList();
    }
}
