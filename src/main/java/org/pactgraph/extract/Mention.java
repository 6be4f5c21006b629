package org.pactgraph.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Something named in a sentence: an entity (known to the reference data or recognised by
 * pattern), a sum of money, a date, or the title of a post that no reference data knows.
 * Offsets are within the sentence's clean text.
 */
public sealed interface Mention {
    /** Offset of the first character in the sentence. */
    int begin();

    /** Offset after the last character in the sentence. */
    int end();

    /** The words of the sentence that make the mention. */
    String text();

    /** A name of one or more entities. */
    record Entity(int begin, int end, String text, List<Gazetteer.Entry> entries) implements Mention {
        public Entity {
            entries = List.copyOf(entries);
        }

        /** The first entry of the given class, if any. */
        public Optional<Gazetteer.Entry> as(String classIri) {
            return entries.stream().filter(e -> e.is(classIri)).findFirst();
        }
    }

    /**
     * Whether an amount is exact, a ceiling or a floor ("over", "at least"). A ceiling is either
     * a cap, the most that may be given ("up to", "no more than"), or a sum just below the figure
     * ("nearly", "almost"); both are upper bounds, but only the latter says money was given.
     */
    enum Bound {
        EXACT, CAP, UPPER, LOWER;

        /** Whether the figure is a ceiling of the sum, as pact:isUpperBound says. */
        boolean ceiling() {
            return this == CAP || this == UPPER;
        }
    }

    /**
     * A sum of money: a value in currency units (scale applied), an ISO 4217 code, whether it
     * is a bound, whether the text says it is combined or given by each funder, and the years
     * it is spread over when the text says so.
     */
    record Money(int begin, int end, String text, BigDecimal value, String currency, Bound bound,
                 boolean combined, boolean each, Optional<Integer> years) implements Mention {}

    /**
     * A date; {@code precision} is "day", "month" or "year", and the date holds the first day of
     * the month or year when it is less than a day.
     */
    record Date(int begin, int end, String text, LocalDate date, String precision) implements Mention {}

    /**
     * The title of a post as written ("vice president for research at the University of Utah"),
     * with the organisation it names when there is one; {@code label} is the post's name.
     */
    record Title(int begin, int end, String text, String title, String label, Optional<Gazetteer.Entry> org) implements Mention {}
}
