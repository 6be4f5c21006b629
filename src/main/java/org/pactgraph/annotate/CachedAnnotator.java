package org.pactgraph.annotate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Annotates each text once: the annotation of a text is kept in a folder under the SHA-256 of
 * the annotator's version and the text, and read from there the next time, by this process or
 * any other. A file is written under a temporary name and moved into place, so processes that
 * share the folder (or one killed while writing) never read half a file; an unreadable file is
 * annotated again. Only the annotation is cached, not the facts: the rules and the reference data
 * that turn annotations into facts are cheap to run and may change between loads.
 */
public final class CachedAnnotator implements Annotator {
    private static final int FORMAT = 1;
    private final Annotator inner;
    private final Path folder;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    public CachedAnnotator(Annotator inner, Path folder) {
        this.inner = inner;
        this.folder = folder;
    }

    @Override
    public String version() {
        return inner.version();
    }

    /** The folder the annotations are kept in. */
    public Path folder() {
        return folder;
    }

    /** Texts found in the cache so far. */
    public long hits() {
        return hits.get();
    }

    /** Texts annotated so far because the cache lacked them. */
    public long misses() {
        return misses.get();
    }

    @Override
    public Annotation annotate(String text, RawOffsets raw) {
        Path file = folder.resolve(key(text) + ".ann");
        try {
            Annotation cached = read(Files.readAllBytes(file), text, raw);
            hits.incrementAndGet();
            return cached;
        } catch (NoSuchFileException e) {
            // not annotated yet
        } catch (IOException | RuntimeException e) {
            // unreadable: annotate again and replace it
        }
        misses.incrementAndGet();
        Annotation annotation = inner.annotate(text, raw);
        write(file, annotation);
        return annotation;
    }

    private String key(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((FORMAT + "\n" + inner.version() + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(Path file, Annotation a) {
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, ".ann-", ".tmp");
            Files.write(tmp, bytes(a));
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the annotation cache in " + folder + ": " + e.getMessage()
                    + " (give a writable folder with --cache)", e);
        }
    }

    /** Offsets are kept in the annotated text only; raw ones are worked out again on reading. */
    static byte[] bytes(Annotation a) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(a.tokens().size());
            for (Annotation.Token t : a.tokens()) {
                out.writeInt(t.begin());
                out.writeInt(t.end());
                out.writeUTF(t.word());
                out.writeUTF(t.lemma() == null ? "" : t.lemma());
                out.writeUTF(t.pos() == null ? "" : t.pos());
                out.writeUTF(t.ner());
                out.writeInt(t.sentence());
            }
            writeSpans(out, a.sentences());
            out.writeInt(a.entities().size());
            for (Annotation.Entity e : a.entities()) {
                out.writeInt(e.span().firstToken());
                out.writeInt(e.span().lastToken());
                out.writeUTF(e.text());
                out.writeUTF(e.type());
            }
            out.writeInt(a.dependencies().size());
            for (Annotation.Dependency d : a.dependencies()) {
                out.writeInt(d.head());
                out.writeInt(d.dependent());
                out.writeUTF(d.relation());
            }
            writeSpans(out, a.quotations());
        }
        return buffer.toByteArray();
    }

    private static void writeSpans(DataOutputStream out, List<Annotation.Span> spans) throws IOException {
        out.writeInt(spans.size());
        for (Annotation.Span s : spans) {
            out.writeInt(s.firstToken());
            out.writeInt(s.lastToken());
        }
    }

    static Annotation read(byte[] bytes, String text, RawOffsets raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int n = in.readInt();
            List<Annotation.Token> tokens = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int begin = in.readInt();
                int end = in.readInt();
                tokens.add(new Annotation.Token(i, begin, end, raw.begin(begin), raw.end(end), in.readUTF(), in.readUTF(),
                        in.readUTF(), in.readUTF(), in.readInt()));
            }
            List<Annotation.Span> sentences = readSpans(in, tokens);
            int m = in.readInt();
            List<Annotation.Entity> entities = new ArrayList<>(m);
            for (int i = 0; i < m; i++) {
                Annotation.Span span = CoreNlpAnnotator.span(tokens, in.readInt(), in.readInt());
                entities.add(new Annotation.Entity(span, in.readUTF(), in.readUTF()));
            }
            int d = in.readInt();
            List<Annotation.Dependency> edges = new ArrayList<>(d);
            for (int i = 0; i < d; i++) edges.add(new Annotation.Dependency(in.readInt(), in.readInt(), in.readUTF()));
            return new Annotation(text, tokens, sentences, entities, edges, readSpans(in, tokens));
        }
    }

    private static List<Annotation.Span> readSpans(DataInputStream in, List<Annotation.Token> tokens) throws IOException {
        int n = in.readInt();
        List<Annotation.Span> spans = new ArrayList<>(n);
        for (int i = 0; i < n; i++) spans.add(CoreNlpAnnotator.span(tokens, in.readInt(), in.readInt()));
        return spans;
    }
}
