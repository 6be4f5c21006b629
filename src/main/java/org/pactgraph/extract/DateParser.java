package org.pactgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written out ("March 7, 2031", "7 March 2031", "Friday, March 7", "June 2030", "in 2029")
 * or in figures ("03/07/2031"), or relative to the document's publication date ("today", "on Wednesday", "last year"). A date
 * without a year takes the publication year; relative dates need a publication date and are
 * skipped without one.
 */
final class DateParser {
    private static final String MONTHS =
            "(January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String WEEKDAYS = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    /**
     * "March 7, 2031", and days that span two or more before the year ("April 13-14, 2031",
     * "July 24 and 25, 2031"), which begin on the first: the year after the span is the first day's.
     */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?:" + WEEKDAYS + ",?\\s+)?" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)"
                    + "(?:(?:\\s*(?:-|\u2013|and|to|through)\\s*\\d{1,2}(?!\\d))?,?\\s+(\\d{4})\\b)?");
    /** "16 May 2031", and days that span two ("on 4 and 5 April 2031"), which begin on the first. */
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:(\\d{1,2})\\s+(?:and|to|-)\\s+)?(\\d{1,2})\\s+" + MONTHS + "(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTHS + ",?\\s+(\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|during|from|by|until)\\s+((?:19|20)\\d{2})\\b");
    /**
     * A date in figures, month first as American pages write it, with the whole year of this
     * century or the last: "06/24/2004" (not a form's number "01/15/0001", nor a fraction "1/2").
     */
    static final Pattern NUMERIC = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})\\b");
    private static final Pattern RELATIVE_YEAR = Pattern.compile("\\b(last|this|next)\\s+year\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(today|yesterday|tomorrow)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on|last|this)\\s+" + WEEKDAYS + "\\b(?!,?\\s+" + MONTHS + ")(?!,?\\s+\\d)");

    /** A weekday written without "on" before what happened on it: "Charles Bolden Thursday signed", "space Wednesday at X". */
    private static final Pattern BARE_WEEKDAY = Pattern.compile("\\b" + WEEKDAYS + "(?=\\s+(?:[a-z]+ed|at|in)\\b)");

    private DateParser() {}

    private static final List<String> MONTH_NAMES = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final List<String> WEEKDAY_NAMES = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    static List<Mention.Date> find(String text, Optional<LocalDate> published) {
        List<Mention.Date> out = new ArrayList<>();
        // Cheap checks first: most sentences name no month, weekday or year, and the patterns cost more.
        boolean months = MONTH_NAMES.stream().anyMatch(text::contains) || ABBREVIATED.matcher(text).find();
        boolean digits = text.chars().anyMatch(Character::isDigit);
        if (months) monthDates(text, published, out);
        if (digits) {
            if (text.indexOf('/') >= 0) numericDates(text, out);
            Matcher y = YEAR.matcher(text);
            while (y.find()) {
                add(out, y.start(1), y.end(1), text, LocalDate.of(Integer.parseInt(y.group(1)), 1, 1), "year");
            }
        }
        if (published.isEmpty()) return sorted(out);
        LocalDate pub = published.get();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("year")) relativeYears(text, pub, out);
        if (lower.contains("today") || lower.contains("yesterday") || lower.contains("tomorrow")) relativeDays(text, pub, out);
        if (WEEKDAY_NAMES.stream().anyMatch(text::contains)) {
            Matcher wd = WEEKDAY.matcher(text);
            while (wd.find()) {
                DayOfWeek dow = DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT));
                add(out, wd.start(), wd.end(), text, pub.with(TemporalAdjusters.previousOrSame(dow)), "day");
            }
            Matcher bare = BARE_WEEKDAY.matcher(text);
            while (bare.find()) {
                DayOfWeek dow = DayOfWeek.valueOf(bare.group(1).toUpperCase(Locale.ROOT));
                add(out, bare.start(), bare.end(), text, pub.with(TemporalAdjusters.previousOrSame(dow)), "day");
            }
        }
        return sorted(out);
    }

    private static void monthDates(String text, Optional<LocalDate> published, List<Mention.Date> out) {
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            day(out, m.start(), m.end(), text, month(m.group(2)), m.group(3), m.group(4), published);
        }
        Matcher dm = DAY_MONTH.matcher(text);
        while (dm.find()) {
            String first = dm.group(1) != null && Integer.parseInt(dm.group(1)) < Integer.parseInt(dm.group(2)) ? dm.group(1) : dm.group(2);
            day(out, dm.start(), dm.end(), text, month(dm.group(3)), first, dm.group(4), published);
        }
        Matcher my = MONTH_YEAR.matcher(text);
        while (my.find()) {
            add(out, my.start(), my.end(), text, LocalDate.of(Integer.parseInt(my.group(2)), month(my.group(1)), 1), "month");
        }
    }

    /** Dates in figures; a number that is no day of its month ("13/45/2031") is no date. */
    private static void numericDates(String text, List<Mention.Date> out) {
        Matcher n = NUMERIC.matcher(text);
        while (n.find()) {
            int month = Integer.parseInt(n.group(1));
            int day = Integer.parseInt(n.group(2));
            int year = Integer.parseInt(n.group(3));
            if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) continue;
            add(out, n.start(), n.end(), text, LocalDate.of(year, month, day), "day");
        }
    }

    private static void relativeYears(String text, LocalDate pub, List<Mention.Date> out) {
        Matcher ry = RELATIVE_YEAR.matcher(text);
        while (ry.find()) {
            int shift = switch (ry.group(1).toLowerCase(Locale.ROOT)) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            add(out, ry.start(), ry.end(), text, LocalDate.of(pub.getYear() + shift, 1, 1), "year");
        }
    }

    private static void relativeDays(String text, LocalDate pub, List<Mention.Date> out) {
        Matcher rd = RELATIVE_DAY.matcher(text);
        while (rd.find()) {
            int shift = switch (rd.group(1).toLowerCase(Locale.ROOT)) {
                case "yesterday" -> -1;
                case "tomorrow" -> 1;
                default -> 0;
            };
            add(out, rd.start(), rd.end(), text, pub.plusDays(shift), "day");
        }
    }

    private static void day(List<Mention.Date> out, int begin, int end, String text, Month month, String day, String year,
                            Optional<LocalDate> published) {
        Optional<Integer> y = year != null ? Optional.of(Integer.parseInt(year)) : published.map(LocalDate::getYear);
        int d = Integer.parseInt(day);
        if (y.isPresent() && d >= 1 && d <= month.length(Year.isLeap(y.get()))) {
            add(out, begin, end, text, LocalDate.of(y.get(), month, d), "day");
        } else if (y.isPresent() && d <= 31 && (d >= 1 || year != null)) {
            // "February 30" is a slip, not a date; a number past 31 after a month name ("May 45 people") is no date at all.
            String name = month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            throw new ImpossibleValueException(begin, "'" + text.substring(begin, end) + "' is not a date: "
                    + (d == 0 ? "there is no day 0" : name + " has " + month.length(Year.isLeap(y.get())) + " days in " + y.get())
                    + "; expected a day from 1 to " + month.length(Year.isLeap(y.get())),
                    "correct the date in the announcement");
        }
    }

    /** A year written in figures. */
    private static final Pattern WRITTEN_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    /**
     * Whether a day is written by its month and number alone ("on May 1", "November 8") and is not
     * of the week before the release: its year is then the release's guess, not the text's, so it
     * dates nothing the text reports. A weekday written with it ("Thursday, April 25") tells which
     * week of a dated release it is, a relative day ("today", "on Monday") is the release's own,
     * and a release reports its last days' news ("signed on November 13" in a release of November 14).
     */
    static boolean withoutItsYear(Mention.Date day, Optional<LocalDate> published) {
        boolean byMonth = MONTH_NAMES.stream().anyMatch(day.text()::contains) || ABBREVIATED.matcher(day.text()).find();
        boolean ofTheLastWeek = published.filter(p -> !day.date().isAfter(p) && !day.date().isBefore(p.minusDays(7))).isPresent();
        return byMonth && !ofTheLastWeek && !WRITTEN_YEAR.matcher(day.text()).find() && WEEKDAY_NAMES.stream().noneMatch(day.text()::contains);
    }

    private static final Pattern ABBREVIATED = Pattern.compile("\\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\\.");

    /** A month by its name or its abbreviation ("Sept."): the first three letters tell them apart. */
    private static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        return java.util.Arrays.stream(Month.values()).filter(m -> m.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static void add(List<Mention.Date> out, int begin, int end, String text, LocalDate date, String precision) {
        if (out.stream().noneMatch(o -> o.begin() < end && begin < o.end())) {
            out.add(new Mention.Date(begin, end, text.substring(begin, end), date, precision));
        }
    }

    private static List<Mention.Date> sorted(List<Mention.Date> out) {
        out.sort(java.util.Comparator.comparingInt(Mention.Date::begin));
        return out;
    }
}
