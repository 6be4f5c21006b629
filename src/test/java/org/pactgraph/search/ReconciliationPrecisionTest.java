package org.pactgraph.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/**
 * Measures the precision of the top reconciliation candidate on the hand-written name variants
 * of src/test/resources/reconcile/name-variants.tsv (misspellings, acronyms, Japanese names,
 * other word orders...) against the reference data and the real corpus's gold entities, and
 * prints it overall and by kind of variant, with every miss. The README quotes the figure.
 */
class ReconciliationPrecisionTest {
    static final Path VARIANTS = Path.of("src/test/resources/reconcile/name-variants.tsv");
    /** The least overall precision accepted: below the measured figure, so that a change that loses several variants fails. */
    static final double FLOOR = 0.85;

    record Variant(int line, String text, String expected, String kind) {}

    static List<Variant> variants() throws IOException {
        List<String> lines = Files.readAllLines(VARIANTS);
        List<Variant> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("#") || l.isBlank() || l.startsWith("variant\t")) continue;
            String[] f = l.split("\t", -1);
            if (f.length != 3 || f[0].isBlank() || !f[1].startsWith("https://")) {
                throw new IllegalArgumentException(VARIANTS + ":" + (i + 1) + ": expected variant, IRI and kind separated by tabs, found '" + l + "'");
            }
            out.add(new Variant(i + 1, f[0], f[1], f[2]));
        }
        return out;
    }

    @Test
    void theTopCandidateIsTheEntityMeantForMostVariants() throws IOException {
        DatasetGraph dataset = ProjectData.dataset(true);
        LiveEntityIndex index = new LiveEntityIndex(dataset);
        Reconciler reconciler = new Reconciler(dataset, index);
        List<Variant> variants = variants();
        assertTrue(variants.size() >= 200, "the list must hold at least 200 variants, it has " + variants.size());
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int right = 0;
        int sureMatches = 0;
        int wrongSureMatches = 0;
        int equalToAName = 0;
        int rightNotAName = 0;
        for (Variant v : variants) {
            Entity meant = index.current().entity(v.expected()).orElseThrow(() -> new AssertionError(
                    VARIANTS + ":" + v.line() + ": " + v.expected() + " is not an entity of the reference data or the gold"));
            boolean isAName = meant.names().stream().anyMatch(n -> SearchNameKey.key(n.text()).equals(SearchNameKey.key(v.text())));
            if (isAName) equalToAName++;
            List<Reconciliation.Candidate> top = reconciler.reconcile(new Reconciliation(v.text(), List.of(), List.of(), 1));
            boolean hit = !top.isEmpty() && top.get(0).entity().id().equals(v.expected());
            int[] counts = byKind.computeIfAbsent(v.kind(), k -> new int[2]);
            counts[1]++;
            if (hit) {
                right++;
                if (!isAName) rightNotAName++;
                counts[0]++;
            } else {
                misses.add(v.kind() + "\t" + v.text() + "\t-> " + (top.isEmpty() ? "nothing" : top.get(0).entity().id()) + "\t(meant " + v.expected() + ")");
            }
            if (!top.isEmpty() && top.get(0).match()) {
                sureMatches++;
                if (!hit) wrongSureMatches++;
            }
        }
        double precision = right / (double) variants.size();
        System.out.printf("Reconciliation precision@1 on %d name variants (%d equal to a name once folded): %.3f (%d right)%n",
                variants.size(), equalToAName, precision, right);
        System.out.printf("  on the %d that are no name of the entity once folded: %.3f%n", variants.size() - equalToAName,
                rightNotAName / (double) (variants.size() - equalToAName));
        byKind.forEach((kind, c) -> System.out.printf("  %-13s %3d/%3d  %.3f%n", kind, c[0], c[1], c[0] / (double) c[1]));
        System.out.printf("  sure matches (\"match\": true): %d, of which wrong: %d%n", sureMatches, wrongSureMatches);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertTrue(precision >= FLOOR, "precision " + precision + " fell below " + FLOOR);
        assertTrue(wrongSureMatches == 0, "a sure match must never be wrong: " + wrongSureMatches + " were");
    }
}
