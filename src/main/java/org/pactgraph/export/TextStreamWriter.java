package org.pactgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.system.StreamRDF;

/**
 * The common part of PactGraph's streaming writers: UTF-8 text to a buffered stream, and the
 * parts of {@link StreamRDF} they do not need (base, prefixes and version come from elsewhere).
 */
abstract class TextStreamWriter implements StreamRDF {
    private final Writer out;

    TextStreamWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Writes what closes the document; called once, before the flush. */
    abstract void end();

    @Override
    public final void finish() {
        end();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void base(String base) {}

    @Override
    public void prefix(String prefix, String iri) {}

    @Override
    public void version(String version) {}

    final void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
