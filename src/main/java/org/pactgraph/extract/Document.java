package org.pactgraph.extract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.pactgraph.model.Iris;

/**
 * A source document as read from disk: its slug (the file name without extension), the path it
 * was read from (for messages), its text exactly as stored, and its publication date when known.
 */
public record Document(String slug, String path, String rawText, Optional<LocalDate> published) {
    public Document {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(published, "published");
    }

    /** The document's IRI, on which RFC 5147 fragments name its character spans. */
    public String iri() {
        return Iris.id(Iris.Kind.DOCUMENT, slug);
    }

    /** "line:column" of a char index of a text, both counted from 1, for messages. */
    public static String lineAndColumn(String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return line + ":" + column;
    }

    /** What the top of the text says of the document: its title and, when it gives one, its date. */
    public DocumentHeader header() {
        return DocumentHeader.read(rawText);
    }

    /** The named graph that holds what was extracted from this document. */
    public String graphIri() {
        return Iris.documentGraph(slug);
    }
}
