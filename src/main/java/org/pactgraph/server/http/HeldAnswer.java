package org.pactgraph.server.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * An answer kept aside until it is complete, so that a tag can be computed from its bytes and a
 * 304 sent in its place; past {@code limit} bytes it is let through as it is written.
 */
final class HeldAnswer extends HttpServletResponseWrapper {
    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private ServletOutputStream passThrough;
    private PrintWriter writer;
    private final ServletOutputStream out = new ServletOutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (passThrough == null && kept.size() + len > limit) {
                passThrough = HeldAnswer.super.getOutputStream();
                kept.writeTo(passThrough);
                kept.reset();
            }
            if (passThrough != null) {
                passThrough.write(b, off, len);
            } else {
                kept.write(b, off, len);
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("a held answer is written blocking");
        }
    };

    HeldAnswer(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return out;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) writer = new PrintWriter(new OutputStreamWriter(out, Charset.forName(getCharacterEncoding())));
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) writer.flush();
        if (passThrough != null) super.flushBuffer();
    }

    /** True while the whole answer is still kept aside. */
    boolean isHeld() {
        if (writer != null) writer.flush();
        return passThrough == null;
    }

    /** The bytes kept aside. */
    byte[] bytes() {
        return kept.toByteArray();
    }

    /** Sends what was kept aside on to the client. */
    void release() throws IOException {
        if (writer != null) writer.flush();
        if (passThrough == null && kept.size() > 0) {
            getResponse().getOutputStream().write(kept.toByteArray());
            kept.reset();
        }
    }
}
