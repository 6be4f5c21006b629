package org.pactgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactgraph.extract.RuleReliability;

/**
 * Fits the table of rule reliability on a split scored with the raw rules
 * ({@link RuleReliability#NONE}): each reading (rule, relation, known or new names) that asserted at least one
 * statement, with how many were right, under comment lines saying how, when and on what it was
 * fitted (the command, the time, the split's document count and a SHA-256 of its gold files).
 */
public final class ReliabilityFit {
    private ReliabilityFit() {}

    /** The table of the split's asserted statements per rule and relation type. */
    public static RuleReliability table(List<Evaluator.DocumentScore> scores) {
        Map<RuleReliability.Reading, RuleReliability.Counts> counts = new LinkedHashMap<>();
        EvaluationReport.byRule(scores).forEach((reading, sc) ->
                counts.put(reading, new RuleReliability.Counts(sc.truePositives() + sc.falsePositives(), sc.truePositives())));
        return RuleReliability.of(counts);
    }

    /** The table's text with its provenance: the command that fitted it, when, on which linguistic layer, and the split's documents and gold. */
    public static String write(String command, Instant when, String layer, Split split, List<Evaluator.Case> cases,
            RuleReliability table) {
        List<String> comments = List.of(
                "Rule reliability, fitted on the " + split.name() + " split; confidence = min(binding, (correct + 3.6) / (found + 4)).",
                "command: " + command,
                "date: " + when.truncatedTo(ChronoUnit.SECONDS),
                "linguistic layer: " + layer,
                "split: " + split.name() + ", " + cases.size() + " documents, gold " + split.gold(),
                "gold SHA-256 (file names and bytes, by name): " + goldDigest(cases));
        return table.toTsv(comments);
    }

    /** Writes a fitted table or model to a file, failing with the file, the reason and the option that named it. */
    public static void writeTo(Path file, String text, String option) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvaluationException("Cannot write " + file + ": " + e.getMessage(), "give " + option + " a file in a folder you can write to");
        }
    }

    /** A SHA-256 over the gold files of the cases, in order of name: each file's name, then its bytes. */
    static String goldDigest(List<Evaluator.Case> cases) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path gold : cases.stream().map(Evaluator.Case::gold).sorted().toList()) {
                sha.update(gold.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(gold));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new EvaluationException("Cannot read a gold file to digest it: " + e.getMessage(), "check the gold folder");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
