package org.pactgraph.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactgraph.annotate.Annotation;
import org.pactgraph.annotate.Annotator;
import org.pactgraph.annotate.RawOffsets;

/**
 * Whether a store is up to date is told without annotating anything, so that `serve` on an
 * up-to-date store never builds CoreNLP's pipeline; and a store built with one linguistic layer
 * is out of date for another.
 */
class AnnotatorFingerprintTest {
    private record Layer(String version, AtomicInteger calls, boolean refuses) implements Annotator {
        @Override
        public Annotation annotate(String text, RawOffsets raw) {
            calls.incrementAndGet();
            if (refuses) throw new AssertionError("annotated while checking whether the store is up to date");
            return Annotation.empty(text);
        }
    }

    private static LoadSettings settings(Path store, Annotator layer) {
        return new LoadSettings(Path.of("data"), Path.of("ontology"), store, layer);
    }

    @Test
    void anUpToDateStoreIsToldWithoutAnnotatingAndAnotherLayerMakesItStale(@TempDir Path dir) {
        Path store = dir.resolve("store");
        Layer loading = new Layer("layer-a", new AtomicInteger(), false);
        Loader loader = new Loader();
        loader.load(settings(store, loading));
        assertTrue(loading.calls().get() > 0, "the load annotated its documents");
        Layer refusing = new Layer("layer-a", new AtomicInteger(), true);
        assertFalse(loader.isStale(settings(store, refusing)));
        assertTrue(refusing.calls().get() == 0);
        assertTrue(loader.isStale(settings(store, new Layer("layer-b", new AtomicInteger(), true))));
    }
}
