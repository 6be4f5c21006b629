package org.pactgraph.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The progress of a bulk load on standard error: documents done of all, triples written, the
 * rate and the time left. On a terminal one bar redrawn in place at most five times a second;
 * otherwise (a log, a pipe) a plain line every ten seconds. {@link #silent()} says nothing.
 */
public final class LoadProgress {
    private static final long TERMINAL_NANOS = 200_000_000L;
    private static final long PLAIN_NANOS = 10_000_000_000L;
    private static final int BAR = 24;

    private final PrintStream out;
    private final boolean terminal;
    private long start;
    private long lastShown;
    private int total;
    private boolean barShown;

    private LoadProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Progress that is never shown. */
    public static LoadProgress silent() {
        return new LoadProgress(null, false);
    }

    /** Progress on standard error, as a bar when it is a terminal. */
    public static LoadProgress onStandardError() {
        return new LoadProgress(System.err, standardErrorIsTerminal());
    }

    /** Progress on the given stream, as a bar or as plain lines. */
    public static LoadProgress to(PrintStream out, boolean terminal) {
        return new LoadProgress(out, terminal);
    }

    /** The load begins, with this many documents to extract. */
    void start(int documents) {
        total = documents;
        start = System.nanoTime();
        lastShown = start;
    }

    /** So many documents are extracted, validated and written, with so many triples in all. */
    void documents(int done, long triples) {
        if (out == null) return;
        long now = System.nanoTime();
        boolean last = done == total;
        if (!last && now - lastShown < (terminal ? TERMINAL_NANOS : PLAIN_NANOS)) return;
        lastShown = now;
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        double rate = done / seconds;
        String left = done == 0 ? "?" : clock((total - done) / Math.max(rate, 1e-9));
        String figures = String.format("%,d/%,d documents  %,d triples  %,.0f documents/s  %,.0f triples/s  %s left",
                done, total, triples, rate, triples / seconds, left);
        if (terminal) {
            int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
            out.print("\r[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + figures + "   ");
            barShown = true;
            if (last) endBar();
        } else {
            out.println("load: " + figures);
        }
        out.flush();
    }

    /** A later stage begins, such as reasoning or building indexes. */
    void stage(String what) {
        if (out == null) return;
        endBar();
        out.println("load: " + what + " (" + clock((System.nanoTime() - start) / 1e9) + " so far)");
        out.flush();
    }

    /** Something the user should know of one document, such as a sentence left unread, on a line of its own. */
    void note(String what) {
        if (out == null) return;
        endBar();
        out.println("load: " + what);
        out.flush();
    }

    private void endBar() {
        if (barShown) out.println();
        barShown = false;
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    /**
     * True when standard error is a terminal. Java 21 has no portable test for one stream (a
     * {@code System.console()} speaks of standard input and output), so this reads where
     * Linux's {@code /proc/self/fd/2} leads; elsewhere it says no, and plain lines are written.
     */
    static boolean standardErrorIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
