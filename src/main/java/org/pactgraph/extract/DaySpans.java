package org.pactgraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last day of a date written as a span of days of one month ("April 13-14, 2031", "May 11
 * to 14", "4-5 April 2031"): an event held over those days starts on the date's own (first) day
 * and ends on this one, which the gold standards write as its start and end dates rather than
 * one date. Two days joined by "and" ("July 24 and 25") are left as a date of the first day.
 */
final class DaySpans {
    private static final Pattern SPAN = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|\u2013|to|through)\\s*(\\d{1,2})(?!\\d)");

    private DaySpans() {}

    /** The last day of the span the date is written as, or empty when it names one day. */
    static Optional<LocalDate> lastDay(Mention.Date date) {
        if (!date.precision().equals("day")) return Optional.empty();
        Matcher span = SPAN.matcher(date.text());
        if (!span.find() || Integer.parseInt(span.group(1)) != date.date().getDayOfMonth()) return Optional.empty();
        int last = Integer.parseInt(span.group(2));
        if (last <= date.date().getDayOfMonth()) return Optional.empty();
        try {
            return Optional.of(date.date().withDayOfMonth(last));
        } catch (DateTimeException notInTheMonth) {
            return Optional.empty();
        }
    }
}
