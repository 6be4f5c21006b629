package org.pactgraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sums of money as press releases write them: "$12 million", "US$ 2.5 billion", "¥10 billion",
 * "EUR 5m", "3 million euros", with what the words around them say: "up to" (a ceiling),
 * "over", "more than", "at least" (a floor), "a combined" or "in combined" (a total of several
 * funders), "each" (every funder gives it), "over five years" (a duration).
 */
final class MoneyParser {
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:\\s*(million|billion|thousand|trillion|mn|bn|m|b)\\b)?";
    private static final Pattern SYMBOL_FIRST = Pattern.compile(
            "(US\\$|A\\$|C\\$|\\$|€|£|¥|USD|EUR|GBP|JPY)\\s?" + NUMBER + SCALE, Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_AFTER = Pattern.compile(
            NUMBER + "\\s*(million|billion|thousand|trillion)?\\s+(dollars|yen|euros|pounds)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("us$", "USD"), Map.entry("$", "USD"), Map.entry("usd", "USD"), Map.entry("dollars", "USD"),
            Map.entry("a$", "AUD"), Map.entry("c$", "CAD"),
            Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("£", "GBP"), Map.entry("gbp", "GBP"), Map.entry("pounds", "GBP"),
            Map.entry("¥", "JPY"), Map.entry("jpy", "JPY"), Map.entry("yen", "JPY"));
    private static final Pattern CAP = Pattern.compile("\\b(up to|as much as|no more than)\\s+(an?\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPPER = Pattern.compile("\\b(nearly|almost|just under|close to)\\s+(an?\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOWER = Pattern.compile("\\b(over|more than|at least|in excess of|upwards of)\\s+(an?\\s+)?$", Pattern.CASE_INSENSITIVE);
    /**
     * Words that make a figure the sum of several givers. "A total of $N" or "$N in total funding"
     * is not among them: it sums a giver's own grants, and one agency's total is not combined.
     */
    private static final Pattern COMBINED_BEFORE = Pattern.compile("\\b(combined|joint)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMBINED_AFTER = Pattern.compile("^\\s+(in (combined|joint)|combined)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EACH_AFTER = Pattern.compile("^\\s*(each|apiece)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EACH_BEFORE = Pattern.compile("\\beach\\s+(?:[a-z]+\\s+){0,2}$");
    private static final Pattern YEARS_AFTER = Pattern.compile(
            "^[^.;$]{0,40}?\\b(?:over|for|across|during)\\s+(?:the\\s+next\\s+|a\\s+period\\s+of\\s+)?(\\w+)\\s+years\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A span written as an adjective before the figure: "a five-year, nearly $430 million
     * investment", or of the thing the figure comes with: "the five-year agreement, with $5 million".
     */
    private static final Pattern YEARS_BEFORE = Pattern.compile(
            "\\b(\\w+)-years?,?\\s+(?:[a-z]+,?\\s+){0,2}(?:an?\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20));

    /** More than any research funding (a quadrillion of any currency): a typo or junk, not a sum. */
    private static final BigDecimal ABSURD = BigDecimal.TEN.pow(15);
    /** A three-letter code before a number and a scale: "XQZ 5 million" means a currency, known or not. */
    private static final Pattern CODE_FIRST = Pattern.compile("\\b([A-Z]{3})\\s?" + NUMBER + "\\s*(million|billion|thousand|trillion)\\b");
    private static final Pattern MINUS_BEFORE = Pattern.compile("(?:^|[\\s(])(?:-|\u2212|minus\\s+)$", Pattern.CASE_INSENSITIVE);

    private MoneyParser() {}

    static List<Mention.Money> find(String text) {
        List<Mention.Money> found = new ArrayList<>();
        if (text.chars().noneMatch(Character::isDigit)) return found;
        Matcher code = CODE_FIRST.matcher(text);
        while (code.find()) {
            if (!CURRENCIES.containsKey(code.group(1).toLowerCase(Locale.ROOT))) {
                throw new ImpossibleValueException(code.start(), "'" + code.group() + "' is in a currency PactGraph does not know ("
                        + code.group(1) + "); expected one of " + new java.util.TreeSet<>(CURRENCIES.values()) + " or $, \u20ac, \u00a3, \u00a5",
                        "write the sum in a known currency, or correct the currency code");
            }
        }
        Matcher m = SYMBOL_FIRST.matcher(text);
        while (m.find()) {
            if (m.group(1).length() > 1 && Character.isLetter(m.group(1).charAt(0)) && m.start() > 0
                    && Character.isLetter(text.charAt(m.start() - 1))) {
                continue; // "...USD" glued to a word is not a currency
            }
            add(found, text, m.start(), m.end(), m.group(2), m.group(3), m.group(1));
        }
        Matcher w = WORD_AFTER.matcher(text);
        while (w.find()) {
            int b = w.start();
            if (found.stream().noneMatch(f -> f.begin() < w.end() && b < f.end())) {
                add(found, text, b, w.end(), w.group(1), w.group(2), w.group(3));
            }
        }
        return found;
    }

    private static void add(List<Mention.Money> out, String text, int begin, int end, String number, String scale, String unit) {
        BigDecimal value;
        try {
            value = new BigDecimal(number.replace(",", "")).multiply(scale(scale)).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return;
        }
        String currency = CURRENCIES.get(unit.toLowerCase(Locale.ROOT));
        if (currency == null) return;
        String before = text.substring(Math.max(0, begin - 30), begin);
        if (MINUS_BEFORE.matcher(before).find()) {
            throw new ImpossibleValueException(begin, "'" + text.substring(begin, end) + "' follows a minus sign: a negative sum of money; expected zero or more",
                    "correct the amount in the announcement");
        }
        if (value.compareTo(ABSURD) > 0) {
            throw new ImpossibleValueException(begin, "'" + text.substring(begin, end) + "' is " + value.toPlainString()
                    + ", larger than " + ABSURD.toPlainString() + "; expected a sum a partnership could be given",
                    "correct the amount in the announcement (a typo in the number or its scale?)");
        }
        String after = text.substring(end);
        Mention.Bound bound = CAP.matcher(before).find() ? Mention.Bound.CAP
                : UPPER.matcher(before).find() ? Mention.Bound.UPPER
                : LOWER.matcher(before).find() ? Mention.Bound.LOWER : Mention.Bound.EXACT;
        boolean combined = COMBINED_BEFORE.matcher(before).find() || COMBINED_AFTER.matcher(after).find();
        boolean each = EACH_AFTER.matcher(after).find() || EACH_BEFORE.matcher(before).find();
        Optional<Integer> years = Optional.empty();
        Matcher y = YEARS_AFTER.matcher(after);
        if (y.find()) years = yearsOf(y.group(1));
        Matcher spanBefore = YEARS_BEFORE.matcher(before);
        if (years.isEmpty() && spanBefore.find()) years = yearsOf(spanBefore.group(1));
        out.add(new Mention.Money(begin, end, text.substring(begin, end), value.compareTo(BigDecimal.ZERO) == 0 ? BigDecimal.ZERO : value,
                currency, bound, combined, each, years));
    }

    private static Optional<Integer> yearsOf(String word) {
        if (word.chars().allMatch(Character::isDigit) && word.length() <= 3) return Optional.of(Integer.parseInt(word));
        return Optional.ofNullable(NUMBER_WORDS.get(word.toLowerCase(Locale.ROOT)));
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
}
