package org.pactgraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the top of a document says about the document itself, for files whose names say
 * nothing ({@code nsf-india-ai-partnership.md}): its title and its publication date.
 *
 * <p>The date is read, in this order, from YAML front matter ({@code date:}, {@code published:}),
 * then from the first line near the top that is a byline or a date line ("By NAME, June 3,
 * 2032", "Published: June 3, 2032", "Office of the Spokesperson / June 3, 2032", "June 3,
 * 2032" alone), or a dateline that opens a paragraph ("WASHINGTON, June 3, 2032 -",
 * "ARLINGTON, Va. (Jun. 3, 2032) -", "WASHINGTON, June 3, 2032 /Wire/ --"). A line whose date is labelled
 * as another day's ("Last reviewed", "Date signed:") is passed over. Only full dates with a year count: a date inside the
 * prose ("signed on March 4, 2023") is what the text is about, not when it was written, so a
 * long line counts only as a dateline or when it opens with the date (a page whose line breaks
 * were lost: "Mar. 04, 2031 NAME Headquarters, Rosmouth ..."), or where a byline follows the
 * date ("... is seated to the right. June 3, 2032. (by Ann Lee)"). The title is the front matter's {@code title:}, else
 * HTML's {@code <title>} or first {@code <h1>}, else the first line (a Markdown heading without
 * its marks).
 */
public record DocumentHeader(Optional<String> title, Optional<LocalDate> published, int frontMatterEnd) {
    /** Lines looked at for a byline or dateline: the top of the document, not its body. */
    private static final int HEAD_LINES = 15;
    /** A line this short that holds a full date is a byline or a date line, not prose. */
    private static final int SHORT_LINE = 100;
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\r?\\n(.*?)\\r?\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL);
    private static final Pattern YAML_FIELD = Pattern.compile("(?m)^(title|date|published|pubdate|publishdate|publish_date)[ \\t]*:[ \\t]*(.+?)[ \\t]*$");
    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?"
            + "|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    /** Month first, in any case: a release line is often all capitals ("FOR IMMEDIATE RELEASE: MONDAY, NOV. 14, 2031"). */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern PROSE_DATE = Pattern.compile("(?i)\\bon\\s+(?:\\p{L}+day,?\\s+)?" + MONTH + "\\s+\\d{1,2}\\b");
    private static final Pattern PUBLICATION_LABEL = Pattern.compile("(?i)\\b(?:published|posted|updated|released|issued)\\b");
    private static final Pattern DEADLINE = Pattern.compile("(?i)\\b(?:deadlines?|due|closes|closing|window)\\b.*:$");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** A date in figures: {@link DateParser#NUMERIC}. */
    private static final Pattern NUMERIC = DateParser.NUMERIC;
    /**
     * A label that dates something other than the text's writing: the page's upkeep ("Page Last
     * Reviewed/Updated", "Last edited"), the agreement it presents ("Date Signed:", "Effective"),
     * a deadline on the same line ("Full Proposal Deadline: May 10, 2032", "Due Date:") or a
     * photograph ("Photo taken June 3, 2032", "Image credit: ... June 3, 2032").
     */
    private static final Pattern OTHER_DAY = Pattern.compile("(?i)\\b(?:last\\s+(?:reviewed|updated|modified|edited)|reviewed|modified|edited|signed|effective|expir\\w*"
            + "|deadlines?|due|clos(?:es|ing)|photo\\w*|image|credit)\\b");
    /** What may open a line before the day it was written: "Today, May 19, 2023, the two ...". */
    private static final Pattern TODAY = Pattern.compile("(?i)today,?\\s+(?:\\p{L}+day,?\\s+)?");
    /** A dateline opens with a place in capitals ("WASHINGTON", "ARLINGTON, Va."). */
    private static final Pattern DATELINE_PLACE = Pattern.compile("^\\p{Lu}{2,}[\\p{Lu} .'-]*[,(]");
    /** How far into a line a dateline's date may end: a place, its state and the date. */
    private static final int DATELINE_LENGTH = 70;
    /** What closes a dateline after its date: a dash, perhaps after a closing bracket or a wire service's name ("/PR Wire/ --"). */
    private static final Pattern DATELINE_DASH = Pattern.compile("\\)?\\s*(?:/[^/]{1,40}/\\s*)?-");
    private static final Pattern HTML_TITLE = Pattern.compile("(?is)<(title|h1)\\b[^>]{0,500}>(.{1,500}?)</\\1>");

    /** Reads the header of a document's raw text. Dates not in the calendar are not dates. */
    public static DocumentHeader read(String raw) {
        Matcher front = FRONT_MATTER.matcher(raw);
        Optional<String> title = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        int bodyStart = 0;
        if (front.lookingAt()) {
            bodyStart = front.end();
            Matcher field = YAML_FIELD.matcher(front.group(1));
            while (field.find()) {
                String value = unquoted(field.group(2));
                if (field.group(1).equals("title")) {
                    if (title.isEmpty() && !value.isEmpty()) title = Optional.of(value);
                } else if (date.isEmpty()) {
                    date = fullDate(value).map(Dated::date);
                }
            }
        }
        String body = raw.substring(bodyStart);
        if (date.isEmpty()) date = dateNearTop(body);
        if (title.isEmpty()) title = heading(body);
        return new DocumentHeader(title, date, bodyStart);
    }

    /** Where the text after YAML front matter starts: 0 without front matter. */
    static int frontMatterEnd(String raw) {
        Matcher front = FRONT_MATTER.matcher(raw);
        return front.lookingAt() ? front.end() : 0;
    }

    private static Optional<LocalDate> dateNearTop(String body) {
        int seen = 0;
        String previous = "";
        for (String rawLine : body.split("\\r?\\n", -1)) {
            String line = plain(rawLine);
            if (line.isEmpty()) continue;
            if (++seen > HEAD_LINES) break;
            Optional<Dated> d = fullDate(line);
            boolean deadline = DEADLINE.matcher(previous).find();
            previous = line;
            // "Full Proposal Deadline(s):" above "May 10, 2023": a deadline, not the day of publication.
            if (d.isEmpty() || deadline) continue;
            // "Page Last Reviewed/Updated Friday, January 27, 2023", "Date Signed: Oct. 13, 2016": another day than the text's.
            if (OTHER_DAY.matcher(line.substring(0, d.get().start())).find()) continue;
            // "... to the agency's headquarters on Wednesday, July 10, 2013, in Washington": the day of an event told in prose.
            boolean prose = PROSE_DATE.matcher(line).find() && !PUBLICATION_LABEL.matcher(line).find();
            if (line.length() <= SHORT_LINE && !prose) return Optional.of(d.get().date());
            boolean dateline = DATELINE_PLACE.matcher(line).lookingAt() && d.get().end() <= DATELINE_LENGTH
                    && DATELINE_DASH.matcher(line).region(d.get().end(), line.length()).lookingAt();
            boolean opens = d.get().start() == 0 || TODAY.matcher(line.substring(0, d.get().start())).matches();
            if (dateline || opens && !prose) return Optional.of(d.get().date());
            Optional<LocalDate> signed = bylineDate(line);
            if (signed.isPresent()) return signed;
        }
        return Optional.empty();
    }

    /** A full date that a byline follows ("June 3, 2032. (by Ann Lee)"), wherever it stands in the line: when the text was written. */
    private static Optional<LocalDate> bylineDate(String line) {
        Matcher m = DATE_THEN_BYLINE.matcher(line);
        return m.find() ? date(m.group(3), month(m.group(1)), m.group(2), m.start(), m.end()).map(Dated::date) : Optional.empty();
    }

    private static final Pattern DATE_THEN_BYLINE = Pattern.compile(MONTH_DAY_YEAR.pattern() + "\\.?\\s+\\(?[Bb]y\\s+\\p{Lu}");

    /** A date and where its writing starts and ends in the line. */
    private record Dated(LocalDate date, int start, int end) {}

    /** The first full date written in the text (month and day in either order, ISO, or figures month first). */
    private static Optional<Dated> fullDate(String text) {
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        if (mdy.find()) return date(mdy.group(3), month(mdy.group(1)), mdy.group(2), mdy.start(), mdy.end());
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        if (dmy.find()) return date(dmy.group(3), month(dmy.group(2)), dmy.group(1), dmy.start(), dmy.end());
        Matcher iso = ISO.matcher(text);
        if (iso.find()) return date(iso.group(1), Integer.parseInt(iso.group(2)), iso.group(3), iso.start(), iso.end());
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.find()) return date(numeric.group(3), Integer.parseInt(numeric.group(1)), numeric.group(2), numeric.start(), numeric.end());
        return Optional.empty();
    }

    private static Optional<Dated> date(String year, int month, String day, int start, int end) {
        try {
            return Optional.of(new Dated(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)), start, end));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int month(String written) {
        String prefix = written.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(prefix)) return m.getValue();
        }
        throw new IllegalArgumentException(written);
    }

    private static Optional<String> heading(String body) {
        Matcher html = HTML_TITLE.matcher(body);
        if (html.find()) {
            String t = plain(html.group(2));
            if (!t.isEmpty()) return Optional.of(t);
        }
        for (String line : body.split("\\r?\\n")) {
            String t = plain(line);
            if (!t.isEmpty()) return Optional.of(t.length() > 200 ? t.substring(0, 197) + "..." : t);
        }
        return Optional.empty();
    }

    /** A line without its markup, blanks squeezed. */
    private static String plain(String line) {
        return new TextNormalizer().normalize(line).text().replaceAll("\\s+", " ").strip();
    }

    private static String unquoted(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
