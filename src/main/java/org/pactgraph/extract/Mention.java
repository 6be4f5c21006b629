package org.pactgraph.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Something named in a sentence: a known entity, a sum of money or a date. Offsets are within
 * the sentence's clean text.
 */
public sealed interface Mention {
    /** Offset of the first character in the sentence. */
    int begin();

    /** Offset after the last character in the sentence. */
    int end();

    /** The words of the sentence that make the mention. */
    String text();

    /** A name of one or more entities of the reference data. */
    record Entity(int begin, int end, String text, List<Gazetteer.Entry> entries) implements Mention {
        /** The first entry of the given class, if any. */
        public java.util.Optional<Gazetteer.Entry> as(String classIri) {
            return entries.stream().filter(e -> e.is(classIri)).findFirst();
        }
    }

    /** A sum of money: a value in currency units (scale applied) and an ISO 4217 code. */
    record Money(int begin, int end, String text, BigDecimal value, String currency) implements Mention {}

    /**
     * A date; {@code precision} is "day", "month" or "year", and the date holds the first day of
     * the month or year when it is less than a day.
     */
    record Date(int begin, int end, String text, LocalDate date, String precision) implements Mention {}
}
