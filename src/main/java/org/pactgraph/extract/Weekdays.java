package org.pactgraph.extract;

import java.time.DayOfWeek;
import java.util.Locale;

/** schema.org's days of the week (schema:Monday ... schema:Sunday), the objects of pact:dayOfWeek. */
final class Weekdays {
    private Weekdays() {}

    /** The schema.org IRI of a day of the week, such as https://schema.org/Tuesday. */
    static String iri(DayOfWeek day) {
        String name = day.name().toLowerCase(Locale.ROOT);
        return "https://schema.org/" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The English names of the days of the week, as a pattern. */
    static final String PATTERN = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b";

    /** True when the text names a day of the week ("Tuesday, Sept. 26"). */
    static boolean named(String text) {
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT);
            if (text.contains(name)) return true;
        }
        return false;
    }
}
