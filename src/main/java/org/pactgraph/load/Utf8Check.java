package org.pactgraph.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks that an input file is UTF-8 text before a parser sees it: parsers quietly turn bad
 * bytes into U+FFFD, and a UTF-16 file or a binary file then fails somewhere far from its cause.
 * Reads in blocks, so a large file costs no more memory than a small one.
 */
final class Utf8Check {
    private static final int BLOCK = 64 * 1024;

    private Utf8Check() {}

    /** Fails naming the line and byte of the first NUL byte or invalid UTF-8 sequence. */
    static void check(Path file, String name) {
        try (InputStream stream = Files.newInputStream(file)) {
            Scan scan = new Scan(name, BLOCK, false);
            byte[] block = new byte[BLOCK];
            boolean first = true;
            int n;
            while ((n = stream.read(block)) >= 0) {
                if (first) utf16(name, block, n);
                first = false;
                scan.feed(block, n, false);
            }
            scan.feed(block, 0, true);
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read (" + e.getMessage() + ")", "check the file's permissions", e);
        }
    }

    /** The text of an announcement's bytes, failing as {@link #check} does. */
    static String decode(String name, byte[] bytes) {
        utf16(name, bytes, bytes.length);
        Scan scan = new Scan(name, bytes.length, true);
        scan.feed(bytes, bytes.length, true);
        String text = scan.text.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void utf16(String name, byte[] bytes, int n) {
        if (n >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new InputException(name + ": starts with a UTF-16 byte order mark; PactGraph reads UTF-8 only",
                    "save the file as UTF-8 (for example: iconv -f utf-16 -t utf-8)");
        }
        int window = Math.min(n, 64) & ~1;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < window; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) evenZeros++;
                else oddZeros++;
            }
        }
        int half = window / 2;
        // ASCII text in UTF-16 has a NUL in every other byte and none in between.
        if (window >= 8 && (evenZeros == 0 && oddZeros * 5 >= half * 4 || oddZeros == 0 && evenZeros * 5 >= half * 4)) {
            throw new InputException(name + ": every other byte is NUL: this is UTF-16 text without a byte order mark; PactGraph reads UTF-8 only",
                    "save the file as UTF-8 (for example: iconv -f utf-16le -t utf-8)");
        }
    }

    /** A strict UTF-8 decoder that counts lines and bytes, to say where it stopped. */
    private static final class Scan {
        private final String name;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer in;
        private final CharBuffer out;
        private final StringBuilder text;
        private long line = 1;
        private long offset;

        Scan(String name, int block, boolean keep) {
            this.name = name;
            this.in = ByteBuffer.allocate(block + 8);
            this.out = CharBuffer.allocate(Math.min(block, BLOCK) + 8);
            this.text = keep ? new StringBuilder(block) : null;
        }

        void feed(byte[] block, int n, boolean end) {
            nul(block, n);
            in.put(block, 0, n).flip();
            while (true) {
                int start = in.position();
                CoderResult r = decoder.decode(in, out, end);
                count(start, in.position());
                if (r.isError()) {
                    throw new InputException(name + ":" + line + ": invalid UTF-8 at byte " + offset
                            + (end && in.remaining() == r.length() && r.isMalformed() && in.remaining() < 4 ? " (a character cut off at the end of the file)" : ""),
                            "save the file as UTF-8 (for example: iconv -f latin1 -t utf-8)");
                }
                drain();
                if (r.isUnderflow()) break;
            }
            in.compact();
            if (end) {
                decoder.flush(out);
                drain();
            }
        }

        /** A NUL byte says "binary file" more plainly than the invalid UTF-8 that usually comes first. */
        private void nul(byte[] block, int n) {
            long nulLine = line;
            for (int i = 0; i < n; i++) {
                if (block[i] == 0) {
                    long at = offset + in.position() + i;
                    throw new InputException(name + ":" + nulLine + ": byte " + at
                            + " is a NUL byte; this looks like a binary file, not UTF-8 text",
                            "give reference data as UTF-8 RDF text and announcements as UTF-8 .md, .txt or .html");
                }
                if (block[i] == '\n') nulLine++;
            }
        }

        private void count(int from, int to) {
            byte[] bytes = in.array();
            for (int i = from; i < to; i++) {
                if (bytes[i] == '\n') line++;
                offset++;
            }
        }

        private void drain() {
            out.flip();
            if (text != null) text.append(out);
            out.clear();
        }
    }
}
