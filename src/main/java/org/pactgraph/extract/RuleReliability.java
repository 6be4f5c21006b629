package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.pactgraph.model.Iris;
import org.pactgraph.model.RelationType;

/**
 * How often each rule was right, per relation type, on texts no rule was written from (the
 * calibration split): for each reading (rule, relation type, whether the statement rests on a
 * name the document minted) the asserted statements it found and how many of them the gold
 * standard holds. A fact's confidence is capped by its reading's smoothed
 * precision {@code (correct + 3.6) / (found + 4)}, a prior of 0.9 worth four facts, so that one
 * miss on one fact does not condemn a rule but a rule wrong half the time over several facts
 * falls below {@link Confidence#THRESHOLD} and its facts go to review. A reading the table lacks
 * keeps its confidence.
 *
 * <p>The table is the classpath resource {@value #RESOURCE}: a header line
 * {@code rule\trelation\tnames\tfound\tcorrect}, one line per reading, {@code #} lines for provenance.
 */
public final class RuleReliability implements Reliability {
    /** Where the fitted table is read from, on the classpath. */
    public static final String RESOURCE = "org/pactgraph/extract/rule-reliability.tsv";
    /** The table's header line. */
    public static final String HEADER = "rule\trelation\tnames\tfound\tcorrect";
    /** No reading: every fact keeps its binding confidence. */
    public static final RuleReliability NONE = new RuleReliability(Map.of());

    /** The prior, 0.9, in tenths, so that the smoothed precision is one division of two whole numbers. */
    private static final int PRIOR_TENTHS = 9;
    private static final int PRIOR_WEIGHT = 4;

    /** A statement that names nothing the document minted: its resources are in the reference data, or are the item it describes. */
    public static final String KNOWN = "known";
    /** A statement that names an organisation, person, post, place or theme the document minted, or links to a minted item. */
    public static final String NEW = "new";

    /**
     * How a statement was read: the rule that produced it, its relation type, and whether it
     * rests on a name the reference data does not know ({@link #NEW}) or not ({@link #KNOWN}).
     * The same rule is far surer of a partnership between two known bodies than of one with a
     * body it named itself, so the two are fitted apart.
     */
    public record Reading(String rule, String relation, String names) implements Comparable<Reading> {
        private static final Comparator<Reading> ORDER = Comparator.comparing(Reading::rule).thenComparing(Reading::relation)
                .thenComparing(Reading::names);

        public Reading {
            if (!names.equals(KNOWN) && !names.equals(NEW)) throw new IllegalArgumentException("names " + names + ": expected known or new");
        }

        @Override
        public int compareTo(Reading other) {
            return ORDER.compare(this, other);
        }
    }

    private static final List<String> NAME_KINDS = java.util.stream.Stream.of(Iris.Kind.ORG, Iris.Kind.PERSON, Iris.Kind.POST,
            Iris.Kind.PLACE, Iris.Kind.THEME).map(k -> Iris.id(k, "")).toList();

    /**
     * The reading of each fact of one extraction. A fact rests on a new name when its object is a
     * resource the document minted (marked for review), or its subject is a minted organisation,
     * person, post, place or theme; a minted partnership, event or statement the fact describes
     * does not count by itself, since every such item is minted.
     */
    public static Function<Fact, Reading> readings(List<Fact> facts) {
        Set<Node> minted = Confidence.minted(facts);
        return f -> new Reading(f.rule(), RelationType.of(f.triple()), restsOnNewName(f, minted) ? NEW : KNOWN);
    }

    private static boolean restsOnNewName(Fact f, Set<Node> minted) {
        if (f.object().isURI() && minted.contains(f.object())) return true;
        return minted.contains(f.subject()) && NAME_KINDS.stream().anyMatch(f.subject().getURI()::startsWith);
    }

    /** Asserted statements of one reading, and how many of them were right. */
    public record Counts(int found, int correct) {
        public Counts {
            if (found < 1 || correct < 0 || correct > found) {
                throw new IllegalArgumentException("found " + found + ", correct " + correct
                        + ": expected found >= 1 and 0 <= correct <= found (a table lists only readings that asserted something)");
            }
        }
    }

    private final Map<Reading, Counts> counts;

    private RuleReliability(Map<Reading, Counts> counts) {
        this.counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /** A table of the given counts. */
    public static RuleReliability of(Map<Reading, Counts> counts) {
        return new RuleReliability(counts);
    }

    /**
     * The environment variable that chooses what caps the rules' facts: {@code none} (the default since round 9:
     * cross-validated over four calibration batches the table raised held-out precision by less than the 0.02 that
     * was set beforehand as the price of the recall it costs), {@code fitted} (this table) or {@code classifier}
     * ({@link StatementClassifier}).
     */
    public static final String SETTING = "PACTGRAPH_RELIABILITY";

    /** The configured mode, {@code none}, {@code fitted} or {@code classifier}, part of a store's fingerprint. */
    public static String mode() {
        return ModeSetting.read("pactgraph.reliability", SETTING, List.of("none", "fitted", "classifier"),
                "unset it (no cap is the default), set it to fitted to cap each rule's facts by its record on the calibration split, "
                        + "or to classifier to cap each statement by the statement classifier's probability that it is right");
    }

    private static volatile RuleReliability fitted;

    /**
     * The table the build carries ({@value #RESOURCE}), read once. A malformed table fails every
     * call alike, naming the resource and the line, rather than once and then obscurely.
     */
    public static RuleReliability fitted() {
        RuleReliability table = fitted;
        if (table == null) {
            synchronized (RuleReliability.class) {
                if (fitted == null) fitted = fromClasspath(RESOURCE);
                table = fitted;
            }
        }
        return table;
    }

    /** The table's file: its name in messages, its header, and how it is fitted. */
    private static final FittedFile FILE = new FittedFile("the rule reliability table", HEADER, "--fit-reliability",
            "pactgraph eval --split calibration --fit-reliability FILE");

    /**
     * Reads a table from a file (one that {@code eval --fit-reliability} wrote), failing with the
     * file's name when it cannot be read, or with its line when it is malformed.
     */
    public static RuleReliability fromFile(java.nio.file.Path file) {
        return parse(file.toString(), FILE.read(file));
    }

    /** Reads a table from the classpath, failing with the resource's name when it is missing or malformed. */
    static RuleReliability fromClasspath(String resource) {
        return parse(resource, FILE.readResource(resource));
    }

    /** Reads a table, failing with the source, the line and what was expected there. */
    public static RuleReliability parse(String source, String text) {
        Map<Reading, Counts> counts = new TreeMap<>();
        for (FittedFile.Row row : FILE.rows(source, text)) {
            String line = row.text();
            int number = row.number();
            String[] cells = line.split("\t", -1);
            if (cells.length != 5 || cells[0].isBlank() || !RelationType.ALL.contains(cells[1])
                    || !cells[2].equals(KNOWN) && !cells[2].equals(NEW)) {
                throw FILE.malformed(source, number, line, "five tab-separated cells: a rule name, a relation type of "
                        + RelationType.ALL + ", known or new, found, correct");
            }
            Counts c = counts(source, number, line, cells[3], cells[4]);
            if (counts.put(new Reading(cells[0], cells[1], cells[2]), c) != null) {
                throw FILE.malformed(source, number, line, "each (rule, relation, names) reading once");
            }
        }
        return new RuleReliability(counts);
    }

    private static Counts counts(String source, int number, String line, String found, String correct) {
        try {
            int f = Integer.parseInt(found.strip());
            int c = Integer.parseInt(correct.strip());
            if (f >= 1 && c >= 0 && c <= f) return new Counts(f, c);
        } catch (NumberFormatException e) {
            // reported below with what was expected
        }
        throw FILE.malformed(source, number, line, "whole numbers found >= 1 and 0 <= correct <= found");
    }

    /** The readings and their counts, by rule, relation, then names. */
    public Map<Reading, Counts> counts() {
        return counts;
    }

    /** The smoothed precision of a reading, 1 for a reading the table lacks. */
    public double reliabilityOf(Reading reading) {
        Counts c = counts.get(reading);
        return c == null ? 1.0 : smoothed(c.found(), c.correct());
    }

    /**
     * The precision of {@code correct} of {@code found}, drawn towards 0.9 by four facts' worth:
     * {@code (correct + 3.6) / (found + 4)}, computed as {@code (10 correct + 36) / (10 found + 40)},
     * one division of whole numbers, so that a reading exactly on the threshold on paper (23 of 34)
     * is exactly on it here too (0.7, not below it) rather than on one side of it by the rounding of 3.6.
     */
    public static double smoothed(int found, int correct) {
        return (10.0 * correct + PRIOR_TENTHS * PRIOR_WEIGHT) / (10.0 * (found + PRIOR_WEIGHT));
    }

    @Override
    public List<Fact> cap(List<Fact> facts, StatementFeatures features) {
        return apply(facts);
    }

    /** The facts, each with its confidence capped by its rule's reliability for the relation of its statement. */
    List<Fact> apply(List<Fact> facts) {
        if (counts.isEmpty()) return facts;
        List<Fact> capped = new ArrayList<>(facts.size());
        Function<Fact, Reading> reading = readings(facts);
        for (Fact f : facts) {
            double r = reliabilityOf(reading.apply(f));
            capped.add(r < f.confidence() ? f.withConfidence(r) : f);
        }
        return capped;
    }

    /** The table as its resource is written: the comment lines (without their '#'), the header, one line per reading. */
    public String toTsv(List<String> comments) {
        StringBuilder out = new StringBuilder();
        comments.forEach(c -> out.append("# ").append(c).append('\n'));
        out.append(HEADER).append('\n');
        counts.forEach((p, c) -> out.append(p.rule()).append('\t').append(p.relation()).append('\t').append(p.names()).append('\t')
                .append(c.found()).append('\t').append(c.correct()).append('\n'));
        return out.toString();
    }
}
