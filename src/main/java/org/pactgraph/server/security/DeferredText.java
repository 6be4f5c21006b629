package org.pactgraph.server.security;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A request body whose text is made when it is first read. Fuseki reads an update's body inside
 * the update's write transaction, so text made then may depend on the store as that transaction
 * sees it (the graphs {@code DROP ALL} stands for, in {@link WritableUpdate}), and no other write
 * can come between the listing and the update.
 */
final class DeferredText extends InputStream {
    private final Supplier<String> text;
    private ByteArrayInputStream bytes;

    DeferredText(Supplier<String> text) {
        this.text = text;
    }

    private ByteArrayInputStream bytes() {
        if (bytes == null) bytes = new ByteArrayInputStream(text.get().getBytes(StandardCharsets.UTF_8));
        return bytes;
    }

    @Override
    public int read() {
        return bytes().read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
        return bytes().read(b, off, len);
    }
}
