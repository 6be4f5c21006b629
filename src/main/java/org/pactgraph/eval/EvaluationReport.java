package org.pactgraph.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.pactgraph.extract.RuleReliability;

/**
 * Scores as tables: precision, recall and F1 per relation type for each document, then for all
 * documents together, and optionally the statements each document missed or added.
 */
public final class EvaluationReport {
    private final PrefixMapping prefixes;
    private final Matching matching;

    /** A report of scores made with strict matching. */
    public EvaluationReport(PrefixMapping prefixes) {
        this(prefixes, Matching.STRICT);
    }

    /** A report of scores made with the given matching; with aligned matching it says how many nodes were renamed. */
    public EvaluationReport(PrefixMapping prefixes, Matching matching) {
        this.prefixes = prefixes;
        this.matching = matching;
    }

    /** A split's document scores. */
    public record SplitScores(Split split, List<Evaluator.DocumentScore> scores) {}

    /**
     * The report of several splits in one run: each split's report under a line naming it and
     * its folders (with its asserted statements per rule after its tables when asked), then one
     * line per split with its overall figures.
     */
    public String renderSplits(List<SplitScores> splits, boolean showErrors, boolean byRule) {
        StringBuilder out = new StringBuilder();
        for (SplitScores s : splits) {
            out.append("== split ").append(s.split().name()).append(": ").append(s.scores().size()).append(" documents, gold ")
                    .append(s.split().gold()).append(", texts ").append(s.split().documents()).append("\n\n");
            out.append(render(s.scores(), showErrors)).append('\n');
            if (byRule) out.append(renderByRule(s.scores())).append('\n');
        }
        out.append(String.format("%-10s %9s %8s %8s %8s %9s %7s %5s %10s %7s %17s%n", "split", "documents", "expected", "found", "correct",
                "precision", "recall", "F1", "candidates", "right", "recall with them"));
        for (SplitScores s : splits) {
            Score sc = s.scores().stream().map(Evaluator.DocumentScore::overall).reduce(Score.EMPTY, Score::plus);
            Score cand = candidates(s.scores());
            int expected = sc.truePositives() + sc.falseNegatives();
            out.append(String.format("%-10s %9d %8d %8d %8d %9.3f %7.3f %5.3f %10d %7d %17.3f%n", s.split().name(), s.scores().size(),
                    expected, sc.truePositives() + sc.falsePositives(), sc.truePositives(),
                    sc.precision(), sc.recall(), sc.f1(), cand.truePositives() + cand.falsePositives(), cand.truePositives(),
                    expected == 0 ? 1.0 : (double) (sc.truePositives() + cand.truePositives()) / expected));
        }
        return out.toString();
    }

    /** The report of the given document scores. */
    public String render(List<Evaluator.DocumentScore> scores, boolean showErrors) {
        StringBuilder out = new StringBuilder();
        Score overall = documentsAndTotal(out, scores, showErrors);
        Score cand = candidates(scores);
        int expected = overall.truePositives() + overall.falseNegatives();
        out.append(String.format("  candidates for review (not scored above): %d, %d of them expected; recall with them %.3f%n",
                cand.truePositives() + cand.falsePositives(), cand.truePositives(),
                expected == 0 ? 1.0 : (double) (overall.truePositives() + cand.truePositives()) / expected));
        perDocument(out, scores);
        return out.toString();
    }

    /**
     * The report of two folders' agreement: B's statements scored against A's, per relation and
     * document, then the files that only one folder has.
     */
    public String renderAgreement(Agreement.Result result, boolean showErrors) {
        StringBuilder out = new StringBuilder("== agreement of ").append(result.b()).append(" (found) with ").append(result.a())
                .append(" (gold): ").append(result.scores().size()).append(" documents in both, ").append(matching.label()).append(" matching\n\n");
        documentsAndTotal(out, result.scores(), showErrors);
        perDocument(out, result.scores());
        out.append('\n');
        out.append("only in ").append(result.a()).append(" (not scored): ").append(listed(result.onlyInA())).append('\n');
        out.append("only in ").append(result.b()).append(" (not scored): ").append(listed(result.onlyInB())).append('\n');
        return out.toString();
    }

    private static String listed(List<String> files) {
        return files.isEmpty() ? "none" : String.join(", ", files);
    }

    /** Each document's table (with its renamings, misses and additions when asked), then the table of all; returns the overall score. */
    private Score documentsAndTotal(StringBuilder out, List<Evaluator.DocumentScore> scores, boolean showErrors) {
        Map<String, Score> total = new LinkedHashMap<>();
        for (Evaluator.DocumentScore s : scores) {
            out.append(s.slug()).append('\n');
            table(out, s.byRelation(), s.overall());
            s.byRelation().forEach((k, v) -> total.merge(k, v, Score::plus));
            if (showErrors) {
                s.renamed().forEach((from, to) -> out.append("  aligned  ").append(show(from)).append(" as ").append(show(to)).append('\n'));
                s.missed().forEach(t -> out.append("  missed   ").append(show(t)).append('\n'));
                s.spurious().forEach(t -> out.append("  spurious ").append(show(t)).append('\n'));
            }
            out.append('\n');
        }
        out.append("all ").append(scores.size()).append(" documents\n");
        Score overall = total.values().stream().reduce(Score.EMPTY, Score::plus);
        table(out, total, overall);
        if (matching == Matching.ALIGNED) {
            out.append(String.format("  aligned matching: %d minted nodes renamed to the gold's%n", scores.stream().mapToInt(s -> s.renamed().size()).sum()));
        }
        return overall;
    }

    private static void perDocument(StringBuilder out, List<Evaluator.DocumentScore> scores) {
        out.append('\n').append(String.format("%-48s %9s %9s %9s%n", "document", "precision", "recall", "F1"));
        for (Evaluator.DocumentScore s : scores) {
            out.append(String.format("%-48s %9.3f %9.3f %9.3f%n", s.slug(), s.overall().precision(), s.overall().recall(), s.overall().f1()));
        }
    }

    /** The asserted statements of the documents per rule and relation type, summed, by rule then relation. */
    public static Map<RuleReliability.Reading, Score> byRule(List<Evaluator.DocumentScore> scores) {
        Map<RuleReliability.Reading, Score> total = new TreeMap<>();
        scores.forEach(s -> s.byRule().forEach((k, v) -> total.merge(k, v, Score::plus)));
        return total;
    }

    /**
     * The asserted statements per rule and relation type: found, correct, precision, and the
     * reliability a table fitted on these documents would give the reading (the smoothed precision
     * that caps its facts' confidence; below {@link org.pactgraph.extract.Confidence#THRESHOLD} they would go to review).
     */
    public String renderByRule(List<Evaluator.DocumentScore> scores) {
        StringBuilder out = new StringBuilder("asserted statements by rule, ").append(scores.size()).append(" documents\n");
        out.append(String.format("  %-20s %-13s %-6s %8s %8s %9s %11s%n", "rule", "relation", "names", "found", "correct", "precision", "reliability"));
        byRule(scores).forEach((reading, sc) -> {
            int found = sc.truePositives() + sc.falsePositives();
            out.append(String.format("  %-20s %-13s %-6s %8d %8d %9.3f %11.3f%n", reading.rule(), reading.relation(), reading.names(), found, sc.truePositives(),
                    sc.precision(), RuleReliability.smoothed(found, sc.truePositives())));
        });
        return out.toString();
    }

    private static Score candidates(List<Evaluator.DocumentScore> scores) {
        return scores.stream().map(Evaluator.DocumentScore::candidates).reduce(Score.EMPTY, Score::plus);
    }

    private static void table(StringBuilder out, Map<String, Score> byRelation, Score overall) {
        out.append(String.format("  %-13s %8s %8s %8s %9s %7s %5s%n", "relation", "expected", "found", "correct", "precision", "recall", "F1"));
        Function<Score, String> row = sc -> String.format(" %8d %8d %8d %9.3f %7.3f %5.3f%n",
                sc.truePositives() + sc.falseNegatives(), sc.truePositives() + sc.falsePositives(), sc.truePositives(),
                sc.precision(), sc.recall(), sc.f1());
        byRelation.forEach((k, v) -> {
            if (!v.equals(Score.EMPTY)) out.append(String.format("  %-13s", k)).append(row.apply(v));
        });
        out.append(String.format("  %-13s", "overall")).append(row.apply(overall));
    }

    private String show(Triple t) {
        return show(t.getSubject()) + " " + show(t.getPredicate()) + " " + show(t.getObject());
    }

    private String show(Node n) {
        if (n.isURI()) {
            String s = prefixes.shortForm(n.getURI());
            return s.equals(n.getURI()) ? "<" + s + ">" : s;
        }
        return n.toString();
    }
}
