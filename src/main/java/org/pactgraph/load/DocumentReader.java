package org.pactgraph.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.extract.Document;
import org.pactgraph.model.Iris;

/**
 * Reads an announcement file as strict UTF-8 text. The file name gives the slug, and its
 * leading {@code YYYY-MM-DD-} the publication date that relative dates in the text count from.
 */
public final class DocumentReader {
    private static final Pattern DATED = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})-.+");
    /** Larger announcements are refused: no press release comes near it. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private DocumentReader() {}

    /** Reads one document, or fails naming the file and what is wrong with it. */
    public static Document read(Path file) {
        String name = InputFiles.display(file);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(name + ": " + size + " bytes is larger than the " + MAX_BYTES + "-byte limit for an announcement",
                        "split the file or remove it from the data folder");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read (" + e.getMessage() + ")", "check the file's permissions", e);
        }
        String text = decode(name, bytes);
        String fileName = file.getFileName().toString();
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        return new Document(Iris.slug(stem), name, text, publicationDate(name, stem));
    }

    private static String decode(String name, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(name + ": byte " + i + " is a NUL byte; this looks like a binary file, not text",
                        "announcements must be UTF-8 text (.md, .txt or .html)");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int at = in.position();
            long line = 1;
            for (int i = 0; i < at && i < bytes.length; i++) if (bytes[i] == '\n') line++;
            throw new InputException(name + ":" + line + ": invalid UTF-8 at byte " + at,
                    "save the file as UTF-8 (for example: iconv -f latin1 -t utf-8)");
        }
    }

    private static Optional<LocalDate> publicationDate(String name, String stem) {
        Matcher m = DATED.matcher(stem);
        if (!m.matches()) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            throw new InputException(name + ": the file name starts with " + m.group(1) + "-" + m.group(2) + "-" + m.group(3)
                    + ", which is not a date (" + e.getMessage() + ")",
                    "name announcements YYYY-MM-DD-title.md with their real publication date");
        }
    }
}
