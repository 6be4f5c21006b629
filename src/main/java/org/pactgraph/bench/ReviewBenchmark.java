package org.pactgraph.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pactgraph.load.InferenceAfterReview;
import org.pactgraph.review.Candidate;
import org.pactgraph.review.DocumentChanges;
import org.pactgraph.review.QueuePage;
import org.pactgraph.review.ReviewException;
import org.pactgraph.review.ReviewQueue;
import org.pactgraph.review.Reviewer;
import org.pactgraph.store.TdbStore;

/**
 * {@code bench review}: on a store loaded with a generated corpus, the time to build one page of
 * the review queue (the first, one in the middle, the last) against building the whole queue, as
 * every request did before the queue had pages, and finding the item a decision is about by its
 * key alone and by its key and graph; then the time of a decision (an approval in its write
 * transaction) without its inferences, with them and the curated closure read again for each
 * decision, as every decision did before {@link InferenceAfterReview} kept it, and with them and
 * one closure kept across the decisions of the generation, and with that closure after the check
 * against the load's shapes that refuses a decision breaking one (what {@code review approve|merge}
 * and the review API do). The same store, the same run, medians of {@code rounds} after as
 * many warm-up rounds (of four times as many for the decisions); the decisions alternate, each on an item of its own.
 */
public final class ReviewBenchmark {
    /**
     * What was measured.
     *
     * @param documents documents loaded
     * @param items items waiting for review
     * @param facts candidate facts among them
     * @param pageSize the items of a page ({@link QueuePage#DEFAULT_LIMIT})
     * @param wholeMillis building the whole queue, median
     * @param firstMillis the first page, median
     * @param middleMillis the page in the middle of the queue, median
     * @param lastMillis the last page, median
     * @param findMillis finding the last item by its key alone (what a decision from the command line does), median
     * @param findInGraphMillis finding it by its key and its graph (what a decision from the page does), median
     * @param decisionPlainMillis an approval without its inferences ({@code DocumentChanges.NONE}), median
     * @param decisionRereadMillis an approval whose inference reads the ontologies and reference data and reasons over them again, median
     * @param decisionKeptMillis an approval whose inference reuses the closure kept for the generation, median
     * @param decisionCheckedMillis as {@code decisionKeptMillis}, after the check against the shapes, median
     */
    public record Result(int documents, int items, int facts, int pageSize, double wholeMillis, double firstMillis, double middleMillis,
                         double lastMillis, double findMillis, double findInGraphMillis, double decisionPlainMillis, double decisionRereadMillis,
                         double decisionKeptMillis, double decisionCheckedMillis) {}

    /** Loads a generated corpus of {@code documents} announcements and times the queue on it. */
    public Result run(Path ontology, int documents, long seed, int rounds) {
        try (BenchFiles files = new BenchFiles(ontology)) {
            var settings = files.settings(files.corpus(documents, seed), "store");
            BenchFiles.load(settings);
            DatasetGraph dsg = TdbStore.at(settings.storeDir()).open();
            try {
                Result queue = Txn.calculateRead(dsg, () -> measure(dsg, documents, rounds));
                double[] decisions = decisions(dsg, rounds, ontology.resolve(org.pactgraph.load.InputFiles.SHAPES_FILE));
                return new Result(queue.documents(), queue.items(), queue.facts(), queue.pageSize(), queue.wholeMillis(), queue.firstMillis(),
                        queue.middleMillis(), queue.lastMillis(), queue.findMillis(), queue.findInGraphMillis(), decisions[0], decisions[1], decisions[2], decisions[3]);
            } finally {
                TdbStore.close(dsg);
            }
        }
    }

    private static Result measure(DatasetGraph dsg, int documents, int rounds) {
        int limit = QueuePage.DEFAULT_LIMIT;
        QueuePage first = ReviewQueue.page(dsg, 0, limit);
        int total = first.total();
        int middle = total / 2;
        int last = Math.max(0, total - limit);
        int built = ReviewQueue.of(dsg).size();
        if (built != total) {
            throw new IllegalStateException("The queue counted " + total + " items from the review marks but built " + built + ": the pages would be wrong");
        }
        var lastItem = ReviewQueue.page(dsg, total - 1, 1).items().get(0);
        return new Result(documents, total, first.facts(), limit,
                median(rounds, () -> ReviewQueue.of(dsg).size()),
                median(rounds, () -> ReviewQueue.page(dsg, 0, limit).items().size()),
                median(rounds, () -> ReviewQueue.page(dsg, middle, limit).items().size()),
                median(rounds, () -> ReviewQueue.page(dsg, last, limit).items().size()),
                median(rounds, () -> ReviewQueue.find(dsg, lastItem.key()).map(c -> 1).orElseThrow()),
                median(rounds, () -> ReviewQueue.find(dsg, lastItem.key(), lastItem.graph()).map(c -> 1).orElseThrow()), 0, 0, 0, 0);
    }

    /**
     * Approves items of the queue in turn: one without inferences, one with a new
     * {@link InferenceAfterReview} (which reads the curated closure again), one with an instance
     * kept for the run, one with an instance kept for the run that checks the shapes first; the medians of {@code 4 * rounds} of each (a decision varies more than a
     * page: its item's graph, what it changes), in milliseconds, after {@code rounds} of each to
     * warm up (the kept instances read their closure in the first). An item whose approval is
     * refused (it would contradict the ontology or break a shape) is passed over.
     */
    private static double[] decisions(DatasetGraph dsg, int rounds, Path shapes) {
        int wanted = Math.min(QueuePage.MAX_LIMIT, 20 * rounds + 20);
        List<Candidate> items = Txn.calculateRead(dsg, () -> ReviewQueue.page(dsg, 0, wanted).items());
        InferenceAfterReview kept = new InferenceAfterReview();
        InferenceAfterReview checked = new InferenceAfterReview(shapes);
        List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int next = 0;
        for (int i = 0; i < 5 * rounds; i++) {
            for (int mode = 0; mode < 4; mode++) {
                DocumentChanges changes = mode == 0 ? DocumentChanges.NONE : mode == 1 ? new InferenceAfterReview() : mode == 2 ? kept : checked;
                double ms = Double.NaN;
                while (Double.isNaN(ms)) {
                    if (next == items.size()) {
                        throw new IllegalStateException("The queue had " + items.size() + " items whose approval was not refused; "
                                + 20 * rounds + " decisions need as many: give fewer --rounds or more --docs");
                    }
                    ms = approve(dsg, items.get(next++), changes);
                }
                if (i >= rounds) times.get(mode).add(ms);
            }
        }
        return times.stream().mapToDouble(t -> BenchFiles.medianAndP99(t)[0]).toArray();
    }

    /** The milliseconds of one approval, or NaN when it was refused. */
    private static double approve(DatasetGraph dsg, Candidate item, DocumentChanges inference) {
        long t0 = System.nanoTime();
        try {
            new Reviewer(dsg, Clock.systemUTC()).following(inference).within(item.graph()).approve(item.key(), "bench");
        } catch (ReviewException e) {
            return Double.NaN;
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(int rounds, Supplier<Integer> work) {
        for (int i = 0; i < rounds; i++) work.get();
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            work.get();
            samples.add((System.nanoTime() - t0) / 1e6);
        }
        return BenchFiles.medianAndP99(samples)[0];
    }
}
