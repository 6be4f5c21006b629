package org.pactgraph.server.limits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 read strictly: a byte sequence that is not UTF-8 is an error naming its offset, never
 * replaced with U+FFFD nor taken as the end of the text. A request body is decoded once this way
 * and the text handed on is what every later step (the write scope, the parser) reads: two
 * decoders that disagree about one byte let a request be checked as one text and run as another.
 */
public final class StrictUtf8 {
    private StrictUtf8() {}

    /** A body that is not UTF-8; its message says where and what to do. */
    public static final class MalformedException extends IOException {
        private final long offset;

        MalformedException(long offset, int length) {
            super("The request body is not valid UTF-8: " + length + " byte(s) at offset " + offset
                    + " are not a UTF-8 character; send the text encoded as UTF-8");
            this.offset = offset;
        }

        /** The offset of the first byte that is not part of a UTF-8 character. */
        public long offset() {
            return offset;
        }
    }

    /** The text of the bytes; fails at the first byte that is not UTF-8. */
    public static String decode(byte[] bytes) throws MalformedException {
        CharsetDecoder decoder = newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isUnderflow()) r = decoder.flush(out);
        if (r.isError()) throw new MalformedException(in.position(), r.length());
        return out.flip().toString();
    }

    /** Checks that the bytes are UTF-8, decoding them through a small buffer rather than into one text. */
    public static void check(byte[] bytes) throws MalformedException {
        CharsetDecoder decoder = newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer scratch = CharBuffer.allocate(8192);
        CoderResult r;
        do {
            scratch.clear();
            r = decoder.decode(in, scratch, true);
            if (r.isError()) throw new MalformedException(in.position(), r.length());
        } while (r.isOverflow());
        scratch.clear();
        r = decoder.flush(scratch);
        if (r.isError()) throw new MalformedException(in.position(), r.length());
    }

    /** The stream, failing with {@link MalformedException} as soon as its bytes stop being UTF-8. */
    public static InputStream checking(InputStream in) {
        return new Checking(in);
    }

    private static CharsetDecoder newDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Passes bytes through unchanged and decodes a copy of them, to fail at the first bad one. */
    private static final class Checking extends FilterInputStream {
        private final CharsetDecoder decoder = newDecoder();
        private final CharBuffer scratch = CharBuffer.allocate(8192);
        private ByteBuffer pending = ByteBuffer.allocate(0);
        private long offset;
        private boolean ended;

        Checking(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                check(ByteBuffer.allocate(0), true);
            } else if (n > 0) {
                ByteBuffer next = ByteBuffer.allocate(pending.remaining() + n);
                next.put(pending).put(b, off, n).flip();
                check(next, false);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        private void check(ByteBuffer bytes, boolean end) throws MalformedException {
            if (ended) return;
            if (end) bytes = pending;
            long start = offset;
            CoderResult r;
            do {
                scratch.clear();
                r = decoder.decode(bytes, scratch, end);
                if (r.isError()) throw new MalformedException(start + bytes.position(), r.length());
            } while (r.isOverflow());
            offset = start + bytes.position();
            pending = bytes.slice();
            if (end) {
                ended = true;
                scratch.clear();
                if (decoder.flush(scratch).isError() || pending.hasRemaining()) {
                    throw new MalformedException(offset, pending.remaining());
                }
            }
        }
    }
}
