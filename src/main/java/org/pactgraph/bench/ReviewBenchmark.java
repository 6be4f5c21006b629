package org.pactgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pactgraph.review.QueuePage;
import org.pactgraph.review.ReviewQueue;
import org.pactgraph.store.TdbStore;

/**
 * {@code bench review}: on a store loaded with a generated corpus, the time to build one page of
 * the review queue (the first, one in the middle, the last) against building the whole queue, as
 * every request did before the queue had pages, and finding the item a decision is about by its
 * key alone and by its key and graph; the same store, the same run, medians of
 * {@code rounds} after as many warm-up rounds.
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
     */
    public record Result(int documents, int items, int facts, int pageSize, double wholeMillis, double firstMillis, double middleMillis,
                         double lastMillis, double findMillis, double findInGraphMillis) {}

    /** Loads a generated corpus of {@code documents} announcements and times the queue on it. */
    public Result run(Path ontology, int documents, long seed, int rounds) {
        try (BenchFiles files = new BenchFiles(ontology)) {
            var settings = files.settings(files.corpus(documents, seed), "store");
            BenchFiles.load(settings);
            DatasetGraph dsg = TdbStore.at(settings.storeDir()).open();
            try {
                return Txn.calculateRead(dsg, () -> measure(dsg, documents, rounds));
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
                median(rounds, () -> ReviewQueue.find(dsg, lastItem.key(), lastItem.graph()).map(c -> 1).orElseThrow()));
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
