package org.pactgraph.extract;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Triple;

/**
 * What was extracted from one document: the sentences the rules read, their mentions, the
 * facts, the candidates among them (below {@link Confidence#THRESHOLD}) kept for review only,
 * and the sentences too long for the rules ({@link ReadableSentences}), left unread.
 */
public record Extraction(Document document, List<Sentence> sentences, List<List<Mention>> mentions, List<Fact> facts,
                         List<Sentence> unread) {
    public Extraction {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        facts = surestOfEach(facts);
        unread = List.copyOf(unread);
    }

    /** An extraction that left no sentence unread. */
    public Extraction(Document document, List<Sentence> sentences, List<List<Mention>> mentions, List<Fact> facts) {
        this(document, sentences, mentions, facts, List.of());
    }

    /**
     * One line for each sentence left unread, naming the document and where the sentence begins
     * in its raw text (line:column from 1, and the character offset from 0 that evidence
     * fragments use), for the commands to show.
     */
    public List<String> unreadNotes() {
        String raw = document.rawText();
        return unread.stream().map(s -> document.path() + ":" + Document.lineAndColumn(raw, raw.offsetByCodePoints(0, s.rawBegin()))
                + ": the sentence at character " + s.rawBegin() + " " + ReadableSentences.whyUnread(s.text())
                + "; it was left unread and the rest of the document extracted. Break it with punctuation or paragraph breaks to have it read.").toList();
    }

    /**
     * One fact for each statement, sentence and rule, the surest of them, where the first was
     * found: a rule that reads a statement twice from one sentence (in two contexts, at two
     * confidences) gives it one piece of evidence with one confidence.
     */
    private static List<Fact> surestOfEach(List<Fact> facts) {
        Map<List<Object>, Fact> kept = new LinkedHashMap<>();
        for (Fact f : facts) {
            kept.merge(List.of(f.triple(), f.evidence().rawBegin(), f.evidence().rawEnd(), f.rule()), f,
                    (first, later) -> later.confidence() > first.confidence() ? later : first);
        }
        return List.copyOf(kept.values());
    }

    /** The distinct asserted statements, without evidence, in the order first found. */
    public Set<Triple> triples() {
        Set<Triple> triples = new LinkedHashSet<>();
        facts.stream().filter(f -> !f.isCandidate()).forEach(f -> triples.add(f.triple()));
        return triples;
    }

    /** The distinct statements kept as candidates for review that are not also asserted. */
    public Set<Triple> candidateTriples() {
        Set<Triple> asserted = triples();
        Set<Triple> candidates = new LinkedHashSet<>();
        facts.stream().filter(Fact::isCandidate).map(Fact::triple).filter(t -> !asserted.contains(t)).forEach(candidates::add);
        return candidates;
    }
}
