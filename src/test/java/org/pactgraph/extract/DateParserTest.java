package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateParserTest {
    private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.parse("2031-03-07")); // a Friday

    private static List<String> dates(String text) {
        return DateParser.find(text, PUBLISHED).stream().map(d -> d.date() + "/" + d.precision()).toList();
    }

    @Test
    void readsWrittenOutDates() {
        assertEquals(List.of("2030-06-12/day"), dates("on June 12, 2030, they met"));
        assertEquals(List.of("2030-06-12/day"), dates("on 12 June 2030 they met"));
        assertEquals(List.of("2030-06-01/month"), dates("since June 2030, when"));
        assertEquals(List.of("2029-01-01/year"), dates("founded in 2029"));
    }

    @Test
    void aDayWrittenByItsMonthAloneHasNoYearOfItsOwnUnlessAWeekdayOrTheLastWeekTellsIt() {
        List<Mention.Date> found = DateParser.find("signed on May 1 and met on Friday, March 7, then on March 3, 2030, today and on March 4", PUBLISHED);
        assertEquals(List.of(true, false, false, false, false), found.stream().map(d -> DateParser.withoutItsYear(d, PUBLISHED)).toList());
    }

    @Test
    void readsADateInFiguresMonthFirst() {
        assertEquals(List.of("2004-06-24/day"), DateParser.find("Date Signed: 06/24/2004", Optional.empty()).stream()
                .map(d -> d.date() + "/" + d.precision()).toList());
        assertEquals(List.of(), dates("form 13/45/2031 and share 1/2"));
    }

    @Test
    void daysThatSpanABeforeTheYearBeginOnTheFirstOfThatYear() {
        List<Mention.Date> found = DateParser.find("held April 13-14, 2023 in the hall", Optional.empty());
        assertEquals(List.of("2023-04-13/day"), found.stream().map(d -> d.date() + "/" + d.precision()).toList());
        assertEquals("April 13-14, 2023", found.get(0).text());
        assertEquals(List.of("2008-07-24/day"), dates("met on July 24 and 25, 2008."));
    }

    @Test
    void aDayWithoutAYearIsInThePublicationYear() {
        assertEquals(List.of("2031-03-04/day"), dates("signed on Tuesday, March 4."));
    }

    @Test
    void readsDatesRelativeToThePublicationDate() {
        assertEquals(List.of("2030-01-01/year"), dates("Last year, they signed"));
        assertEquals(List.of("2031-03-07/day"), dates("Today, the minister announced"));
        assertEquals(List.of("2031-03-03/day"), dates("signed on Monday at noon"));
        assertEquals(List.of("2031-03-07/day"), dates("announced on Friday"));
    }

    @Test
    void relativeDatesNeedAPublicationDate() {
        assertEquals(List.of(), DateParser.find("Last year, on Monday, today", Optional.empty()));
    }

    @Test
    void refusesADayThatIsNotInTheCalendar() {
        ImpossibleValueException e = assertThrows(ImpossibleValueException.class, () -> dates("signed on February 30, 2031"));
        assertTrue(e.getMessage().contains("February has 28 days in 2031"), e.getMessage());
    }

    @Test
    void aNumberPastThirtyOneAfterAMonthNameIsNoDate() {
        assertEquals(List.of(), dates("in May 45 people joined"));
    }
}
