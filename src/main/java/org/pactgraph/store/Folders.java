package org.pactgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Folders of the file system that PactGraph makes and removes: store generations, bench corpora, test scratch. */
public final class Folders {
    private Folders() {}

    /**
     * Deletes a folder and everything in it, as far as it can: what cannot be deleted (a file
     * another process still holds) is left for whoever makes the next one, and nothing is thrown.
     */
    public static void deleteQuietly(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (var walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left behind, as said above
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // as above
        }
    }
}
