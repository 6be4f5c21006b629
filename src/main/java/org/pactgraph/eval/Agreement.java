package org.pactgraph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Triple;

/**
 * How far two folders of gold standards for the same documents agree, say two curators' or one
 * curator's two rounds: for each file {@code {document}.ttl} present in both, B's statements are
 * scored against A's (A as the gold, B as what was found) exactly as {@code eval} scores an
 * extraction. Nothing is extracted. Files present in one folder only are named, not scored.
 */
public final class Agreement {
    private Agreement() {}

    /** The scores of the files in both folders, and the files each folder alone has. */
    public record Result(Path a, Path b, List<Evaluator.DocumentScore> scores, List<String> onlyInA, List<String> onlyInB) {
        public Result {
            scores = List.copyOf(scores);
            onlyInA = List.copyOf(onlyInA);
            onlyInB = List.copyOf(onlyInB);
        }
    }

    /** Scores B against A, file by file, with the given matching. */
    public static Result of(Path a, Path b, Matching matching) {
        Set<String> inA = goldFiles(a, "first");
        Set<String> inB = goldFiles(b, "second");
        List<Evaluator.DocumentScore> scores = new ArrayList<>();
        List<String> onlyInA = new ArrayList<>();
        for (String file : inA) {
            if (!inB.contains(file)) {
                onlyInA.add(file);
                continue;
            }
            Set<Triple> gold = GoldStandard.read(a.resolve(file));
            Set<Triple> found = GoldStandard.read(b.resolve(file));
            Alignment alignment = matching.align(b.resolve(file).toString(), found, found, gold);
            scores.add(Evaluator.compare(file.replaceFirst("\\.ttl$", ""), gold, alignment.rename(found), Set.of(), Map.of(), alignment));
        }
        List<String> onlyInB = inB.stream().filter(f -> !inA.contains(f)).toList();
        return new Result(a, b, scores, onlyInA, onlyInB);
    }

    private static Set<String> goldFiles(Path dir, String which) {
        if (!Files.isDirectory(dir)) {
            throw new EvaluationException("The " + which + " folder of --agreement, " + dir + ", does not exist",
                    "give two folders of gold standards, one {document}.ttl each");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ttl")).collect(TreeSet::new, Set::add, Set::addAll);
        } catch (IOException e) {
            throw new EvaluationException("Cannot list " + dir + ": " + e.getMessage(), "check its permissions");
        }
    }
}
