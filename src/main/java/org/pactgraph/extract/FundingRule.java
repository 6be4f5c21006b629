package org.pactgraph.extract;

import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.pactgraph.model.Iris;
import org.pactgraph.model.Pact;

/**
 * Money given by named organisations: "supported by $N ... from A, B and C". The funding
 * supports the document's initiative when the sentence speaks of the partnerships together,
 * otherwise the partnership it names or last named. The amount is combined when the sentence
 * says so or names several funders.
 */
final class FundingRule implements Rule {
    @Override
    public String name() {
        return "funding-from";
    }

    @Override
    public void apply(DocumentState state) {
        for (Sentence s : state.sentences) {
            List<Mention> mentions = state.mentionsOf(s);
            Optional<Mention.Money> money = mentions.stream()
                    .filter(m -> m instanceof Mention.Money)
                    .map(m -> (Mention.Money) m)
                    .findFirst();
            if (money.isEmpty()) continue;
            int from = s.text().indexOf(" from ", money.get().end());
            if (from < 0) continue;
            List<Gazetteer.Entry> funders = mentions.stream()
                    .filter(m -> m.begin() > from)
                    .map(m -> Phrases.entityOf(m, Pact.Organization.getURI()))
                    .flatMap(Optional::stream)
                    .toList();
            List<String> items = fundedItems(state, s);
            if (funders.isEmpty() || items.isEmpty()) continue;
            record(state, s, money.get(), funders, items);
        }
    }

    private static List<String> fundedItems(DocumentState state, Sentence s) {
        boolean together = s.text().toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(these|the|both)\\s+([a-z]+\\s+)?partnerships\\b.*");
        if (together && state.initiative != null) return List.of(state.initiative);
        List<String> named = state.partnershipsIn(s);
        if (!named.isEmpty()) return named;
        return state.lastPartnershipBefore(s).map(List::of).orElse(List.of());
    }

    private void record(DocumentState state, Sentence s, Mention.Money money, List<Gazetteer.Entry> funders, List<String> items) {
        String funding = Iris.id(Iris.Kind.FUNDING, state.document.slug() + "-" + Iris.digest(s.text(), money.text()));
        String amount = funding + "#amount";
        state.type(funding, Pact.Funding, s, name());
        items.forEach(item -> state.link(funding, Pact.fundedItem, item, s, name()));
        funders.forEach(f -> state.link(funding, Pact.funder, f.iri(), s, name()));
        state.link(funding, Pact.amount, amount, s, name());
        state.type(amount, Pact.MonetaryAmount, s, name());
        state.literal(amount, Pact.value, money.value().toPlainString(), XSDDatatype.XSDdecimal, s, name());
        state.literal(amount, Pact.currency, money.currency(), XSDDatatype.XSDstring, s, name());
        boolean combined = s.mentions("combined") || funders.size() > 1;
        state.literal(funding, Pact.isCombined, Boolean.toString(combined), XSDDatatype.XSDboolean, s, name());
    }
}
