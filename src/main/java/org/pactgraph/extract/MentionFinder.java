package org.pactgraph.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds mentions in a sentence: known entities through the gazetteer, money by its written
 * forms ("$110 million", "US$ 2.5 billion"), dates written out ("April 9, 2024", "Tuesday,
 * April 9", "May 2022") or relative to the document's publication date ("last year").
 */
public final class MentionFinder {
    private static final String MONTHS =
            "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern MONEY = Pattern.compile(
            "(?:US)?\\$\\s?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s*(million|billion|thousand|trillion|mn|bn|m|b)\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_DATE = Pattern.compile(
            MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_DATE = Pattern.compile(MONTHS + "\\s+(\\d{4})\\b");
    private static final Pattern LAST_YEAR = Pattern.compile("\\blast year\\b", Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;

    public MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The mentions of one sentence, in order of position. */
    public List<Mention> find(Sentence sentence, Optional<LocalDate> published) {
        String text = sentence.text();
        List<Mention> mentions = new ArrayList<>();
        for (Gazetteer.Match m : gazetteer.find(text)) {
            mentions.add(new Mention.Entity(m.begin(), m.end(), text.substring(m.begin(), m.end()), m.entries()));
        }
        findMoney(text, mentions);
        findDates(text, published, mentions);
        mentions.sort(Comparator.comparingInt(Mention::begin));
        return List.copyOf(mentions);
    }

    private static void findMoney(String text, List<Mention> out) {
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            BigDecimal number = new BigDecimal(m.group(1).replace(",", ""));
            BigDecimal value = number.multiply(scale(m.group(2)));
            out.add(new Mention.Money(m.start(), m.end(), m.group(), value.stripTrailingZeros(), "USD"));
        }
    }

    private static BigDecimal scale(String word) {
        if (word == null) return BigDecimal.ONE;
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "thousand" -> BigDecimal.valueOf(1_000L);
            case "million", "mn", "m" -> BigDecimal.valueOf(1_000_000L);
            case "billion", "bn", "b" -> BigDecimal.valueOf(1_000_000_000L);
            case "trillion" -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> BigDecimal.ONE;
        };
    }

    private static void findDates(String text, Optional<LocalDate> published, List<Mention> out) {
        Matcher day = DAY_DATE.matcher(text);
        while (day.find()) {
            Month month = Month.valueOf(day.group(1).toUpperCase(Locale.ROOT));
            int d = Integer.parseInt(day.group(2));
            Optional<Integer> year = day.group(3) != null
                    ? Optional.of(Integer.parseInt(day.group(3)))
                    : published.map(LocalDate::getYear);
            if (year.isPresent() && d >= 1 && d <= month.length(java.time.Year.isLeap(year.get()))) {
                out.add(new Mention.Date(day.start(), day.end(), day.group(), LocalDate.of(year.get(), month, d), "day"));
            }
        }
        Matcher monthYear = MONTH_DATE.matcher(text);
        while (monthYear.find()) {
            Month month = Month.valueOf(monthYear.group(1).toUpperCase(Locale.ROOT));
            int year = Integer.parseInt(monthYear.group(2));
            if (overlapsNone(out, monthYear.start(), monthYear.end())) {
                out.add(new Mention.Date(monthYear.start(), monthYear.end(), monthYear.group(), LocalDate.of(year, month, 1), "month"));
            }
        }
        Matcher lastYear = LAST_YEAR.matcher(text);
        while (lastYear.find() && published.isPresent()) {
            LocalDate first = LocalDate.of(published.get().getYear() - 1, 1, 1);
            out.add(new Mention.Date(lastYear.start(), lastYear.end(), lastYear.group(), first, "year"));
        }
    }

    private static boolean overlapsNone(List<Mention> mentions, int begin, int end) {
        return mentions.stream().noneMatch(m -> m.begin() < end && begin < m.end());
    }
}
