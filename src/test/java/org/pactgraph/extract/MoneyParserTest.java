package org.pactgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoneyParserTest {
    private static Mention.Money only(String text) {
        List<Mention.Money> found = MoneyParser.find(text);
        assertEquals(1, found.size(), text + " -> " + found);
        return found.get(0);
    }

    @Test
    void readsAmountScaleAndCurrency() {
        Mention.Money m = only("backed by US$ 2.5 billion from them");
        assertEquals(0, new BigDecimal("2500000000").compareTo(m.value()));
        assertEquals("USD", m.currency());
        assertEquals("JPY", only("a grant of ¥10 billion").currency());
        assertEquals("EUR", only("some 3 million euros in kind").currency());
        assertEquals(0, new BigDecimal("1250000").compareTo(only("$1,250,000 in cash").value()));
    }

    @Test
    void tellsCeilingsFloorsTotalsAndShares() {
        assertEquals(Mention.Bound.CAP, only("up to $50 million").bound());
        assertEquals(Mention.Bound.UPPER, only("a nearly $430 million investment").bound());
        assertEquals(Optional.of(5), only("a five-year, nearly $430 million investment").years());
        assertEquals(Mention.Bound.LOWER, only("over $60 million").bound());
        assertEquals(Mention.Bound.LOWER, only("more than $60 million").bound());
        assertEquals(Mention.Bound.EXACT, only("$60 million").bound());
        assertTrue(only("invested a combined $20 million").combined());
        assertTrue(only("$20 million in combined investment").combined());
        assertTrue(only("A and B each pledged $5 million").each());
        assertTrue(only("$5 million each").each());
    }

    @Test
    void aTotalOfOneGiversGrantsIsNotCombined() {
        assertFalse(only("the agency is providing a total of $3.1 million in grants").combined());
        assertFalse(only("with $5 million in total funding from the agency").combined());
    }

    @Test
    void readsTheYearsOfTheAgreementAFigureComesWith() {
        assertEquals(Optional.of(5), only("The five-year agreement, with $5 million in funding").years());
    }

    @Test
    void readsTheYearsAnAmountIsSpreadOver() {
        assertEquals(Optional.of(5), only("up to $12 million over five years from X").years());
        assertEquals(Optional.of(10), only("$100 million for 10 years").years());
        assertEquals(Optional.empty(), only("$100 million, and years later").years());
    }

    @Test
    void ignoresNumbersWithoutCurrency() {
        assertEquals(List.of(), MoneyParser.find("In 2031, 12 universities and 300 students took part."));
    }
}
