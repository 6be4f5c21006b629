package org.pactgraph.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactgraph.extract.Document;
import org.pactgraph.extract.DocumentHeader;
import org.pactgraph.model.Iris;

/**
 * Reads an announcement file as strict UTF-8 text. The file name gives the slug, and its
 * leading {@code YYYY-MM-DD-} the publication date that relative dates in the text count from;
 * a file named otherwise takes the date its text gives near the top ({@link DocumentHeader}).
 */
public final class DocumentReader {
    private static final Pattern DATED = Pattern.compile("^(\\d{4,})-(\\d{2})-(\\d{2})-.+");
    /** Larger announcements are refused: no press release comes near it. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /** Longer lines are refused: a paragraph of a press release is a few thousand characters. */
    public static final int MAX_LINE = 100_000;

    private DocumentReader() {}

    /** Reads one document, or fails naming the file and what is wrong with it; its path is the file's as given. */
    public static Document read(Path file) {
        return read(file, InputFiles.display(file));
    }

    /**
     * Reads one document of a data folder. Its path, published as the document's
     * {@code dct:identifier}, is relative to that folder ({@code announcements/x.md}): the
     * folders of the machine that loaded it are nobody's business.
     */
    public static Document read(Path file, Path dataDir) {
        Path relative = dataDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return read(file, relative.toString().replace(java.io.File.separatorChar, '/'));
    }

    /** The slug a file's document gets: its name without the extension, as {@link Iris#slug}. */
    public static String slugOf(Path file) {
        String fileName = file.getFileName().toString();
        return Iris.slug(fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName);
    }

    private static Document read(Path file, String published) {
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
        checkComplete(name, fileName, text);
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        Optional<LocalDate> date = publicationDate(name, stem).or(() -> DocumentHeader.read(text).published());
        return new Document(slugOf(file), published, text, date);
    }

    private static String decode(String name, byte[] bytes) {
        String text = Utf8Check.decode(name, bytes);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - lineStart > MAX_LINE) {
                    throw new InputException(name + ":" + line + ": the line has " + (i - lineStart) + " characters; expected lines of at most "
                            + MAX_LINE + " (no press release has such a paragraph: is this generated or binary data?)",
                            "break the text into paragraphs or remove the file from the data folder");
                }
                line++;
                lineStart = i + 1;
            }
        }
        return text;
    }

    /** An HTML file that ends inside a tag was cut off: its last paragraph would be lost unseen. */
    private static void checkComplete(String name, String fileName, String text) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".html") && !lower.endsWith(".htm")) return;
        int open = text.lastIndexOf('<');
        if (open > text.lastIndexOf('>')) {
            throw new InputException(name + ":" + Document.lineAndColumn(text, open) + ": the file ends inside a tag; expected '>' to close it (the file looks cut off)",
                    "restore the complete file");
        }
    }

    private static Optional<LocalDate> publicationDate(String name, String stem) {
        Matcher m = DATED.matcher(stem);
        if (!m.matches()) return Optional.empty();
        if (m.group(1).length() > 4 || Integer.parseInt(m.group(1)) == 0) {
            throw new InputException(name + ": the file name starts with year " + m.group(1) + "; expected a year from 0001 to 9999",
                    "name announcements YYYY-MM-DD-title.md with their real publication date");
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            throw new InputException(name + ": the file name starts with " + m.group(1) + "-" + m.group(2) + "-" + m.group(3)
                    + ", which is not a date (" + e.getMessage() + ")",
                    "name announcements YYYY-MM-DD-title.md with their real publication date");
        }
    }
}
