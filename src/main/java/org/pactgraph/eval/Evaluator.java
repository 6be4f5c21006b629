package org.pactgraph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.pactgraph.model.RelationType;
import org.pactgraph.extract.Document;
import org.pactgraph.extract.Extraction;
import org.pactgraph.extract.Extractor;
import org.pactgraph.extract.Fact;
import org.pactgraph.extract.RuleReliability;
import org.pactgraph.extract.Gazetteer;
import org.pactgraph.load.DocumentReader;

/**
 * Scores the extractor against gold standards: for each gold file {@code {slug}.ttl}, the
 * document {@code {slug}.md} (or .txt, .html) is looked for in the given folders, extracted,
 * and its statements compared with the gold ones, per relation type. Only what the extractor
 * produced from the text counts: the document's facts, never the reference data.
 */
public final class Evaluator {
    /**
     * A document's score per relation type, with the statements it missed and the ones it added,
     * its candidates, its asserted statements per rule and relation type (a statement counts
     * for every rule that asserted it), and the found nodes aligned matching renamed, each with
     * the gold IRI it was given (none with strict matching).
     */
    public record DocumentScore(String slug, Map<String, Score> byRelation, Set<Triple> missed, Set<Triple> spurious, Score candidates,
            Map<RuleReliability.Reading, Score> byRule, Map<Node, Node> renamed) {
        /** The score over all relation types. */
        public Score overall() {
            return byRelation.values().stream().reduce(Score.EMPTY, Score::plus);
        }
    }

    /** A gold standard and the document it is for. */
    public record Case(Path gold, Path document) {}

    private final Extractor extractor;
    private final Matching matching;

    public Evaluator(Gazetteer gazetteer) {
        this(gazetteer, new Extractor(gazetteer));
    }

    /** An evaluator of the given extractor, which must use the same gazetteer, with strict matching. */
    public Evaluator(Gazetteer gazetteer, Extractor extractor) {
        this(extractor, Matching.STRICT);
    }

    /** An evaluator of the given extractor with the given matching. */
    public Evaluator(Extractor extractor, Matching matching) {
        this.extractor = extractor;
        this.matching = matching;
    }

    /** Scores one document against its gold standard. */
    public DocumentScore score(Case c) {
        Set<Triple> gold = GoldStandard.read(c.gold());
        Document doc = DocumentReader.read(c.document());
        Set<Triple> found = new LinkedHashSet<>();
        Extraction extraction = extractor.extract(doc);
        extraction.triples().forEach(t -> found.add(GoldStandard.canonical(t)));
        Set<Triple> candidates = new LinkedHashSet<>();
        extraction.candidateTriples().forEach(t -> candidates.add(GoldStandard.canonical(t)));
        Set<Triple> marks = new LinkedHashSet<>(found);
        marks.addAll(candidates);
        Alignment alignment = matching.align(c.document().toString(), found, marks, gold);
        return compare(doc.slug(), gold, alignment.rename(found), alignment.rename(candidates), byRule(extraction, alignment, gold), alignment);
    }

    /**
     * Compares found statements, already renamed by the alignment, with the gold ones: per
     * relation type, the statements missed and added, and the candidates on their own (right ones
     * are gold statements the asserted ones missed).
     */
    static DocumentScore compare(String slug, Set<Triple> gold, Set<Triple> found, Set<Triple> candidates,
            Map<RuleReliability.Reading, Score> byRule, Alignment alignment) {
        Map<String, Score> byRelation = new LinkedHashMap<>();
        RelationType.ALL.forEach(r -> byRelation.put(r, Score.EMPTY));
        Set<Triple> missed = new LinkedHashSet<>();
        Set<Triple> spurious = new LinkedHashSet<>();
        for (Triple t : found) {
            boolean right = gold.contains(t);
            byRelation.merge(RelationType.of(t), right ? new Score(1, 0, 0) : new Score(0, 1, 0), Score::plus);
            if (!right) spurious.add(t);
        }
        for (Triple t : gold) {
            if (!found.contains(t)) {
                byRelation.merge(RelationType.of(t), new Score(0, 0, 1), Score::plus);
                missed.add(t);
            }
        }
        int right = (int) candidates.stream().filter(missed::contains).count();
        Score candidateScore = new Score(right, candidates.size() - right, missed.size() - right);
        return new DocumentScore(slug, byRelation, missed, spurious, candidateScore, byRule, alignment.renamed());
    }

    /** The distinct asserted statements of each rule, renamed by the alignment, per relation type, scored against the gold. */
    private static Map<RuleReliability.Reading, Score> byRule(Extraction extraction, Alignment alignment, Set<Triple> gold) {
        Map<RuleReliability.Reading, Set<Triple>> asserted = new TreeMap<>();
        java.util.function.Function<Fact, RuleReliability.Reading> readingOf = RuleReliability.readings(extraction.facts());
        for (Fact f : extraction.facts()) {
            if (f.isCandidate()) continue;
            asserted.computeIfAbsent(readingOf.apply(f), k -> new LinkedHashSet<>()).add(alignment.rename(GoldStandard.canonical(f.triple())));
        }
        Map<RuleReliability.Reading, Score> scores = new TreeMap<>();
        asserted.forEach((reading, triples) -> {
            int right = (int) triples.stream().filter(gold::contains).count();
            scores.put(reading, new Score(right, triples.size() - right, 0));
        });
        return scores;
    }

    /** The gold standards of a folder with their documents, found in the given folders. */
    public static List<Case> cases(Path goldDir, List<Path> documentDirs) {
        if (!Files.isDirectory(goldDir)) {
            throw new EvaluationException("The gold standard folder " + goldDir + " does not exist",
                    "run from the PactGraph folder or give --gold DIR");
        }
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path gold : files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                String slug = gold.getFileName().toString().replaceFirst("\\.ttl$", "");
                Path doc = find(slug, documentDirs).orElseThrow(() -> new EvaluationException(
                        "No document " + slug + ".md (or .txt, .html) for the gold standard " + gold + " in " + documentDirs,
                        "put the document in one of those folders or give its folder with --corpus DIR"));
                cases.add(new Case(gold, doc));
            }
        } catch (IOException e) {
            throw new EvaluationException("Cannot list " + goldDir + ": " + e.getMessage(), "check its permissions");
        }
        return cases;
    }

    private static Optional<Path> find(String slug, List<Path> dirs) throws IOException {
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> walk = Files.walk(dir)) {
                Optional<Path> hit = walk.filter(p -> {
                    String name = p.getFileName().toString();
                    return name.equals(slug + ".md") || name.equals(slug + ".txt") || name.equals(slug + ".html") || name.equals(slug + ".htm");
                }).findFirst();
                if (hit.isPresent()) return hit;
            }
        }
        return Optional.empty();
    }
}
