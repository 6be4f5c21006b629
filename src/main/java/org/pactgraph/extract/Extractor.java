package org.pactgraph.extract;

import java.util.List;

/**
 * Turns one announcement into facts with evidence: normalise the text, split it into
 * sentences, find the mentions in each, then run the relation rules in an order where each may
 * use what the earlier ones found (people's posts and partnerships first, then the initiative,
 * the signing and the visit it was part of, the announcement, funding, themes and quotations).
 * An extractor holds no per-document state and may be shared between threads.
 */
public final class Extractor {
    private final TextNormalizer normalizer = new TextNormalizer();
    private final java.util.function.Function<NormalizedText, List<Sentence>> splitter;
    private final MentionFinder mentionFinder;
    private final Gazetteer gazetteer;
    private final List<Rule> rules = List.of(
            new PeopleRule(), new PartnershipRule(), new InitiativeRule(), new EventRule(), new StateVisitRule(),
            new AnnouncementRule(), new FundingRule(), new ThemeRule(), new QuoteRule(), new TranscriptRule());

    public Extractor(Gazetteer gazetteer) {
        this(gazetteer, new SentenceSplitter()::split);
    }

    /** An extractor with another way of splitting sentences, to compare splitters on equal terms. */
    Extractor(Gazetteer gazetteer, java.util.function.Function<NormalizedText, List<Sentence>> splitter) {
        this.splitter = splitter;
        this.gazetteer = gazetteer;
        this.mentionFinder = new MentionFinder(gazetteer);
    }

    /** Extracts the facts of one document. */
    public Extraction extract(Document document) {
        NormalizedText text = normalizer.normalize(document.rawText());
        List<Sentence> sentences = splitter.apply(text);
        List<List<Mention>> mentions;
        try {
            mentions = mentionFinder.find(sentences, document.published());
        } catch (ImpossibleValueException e) {
            throw e.in(document);
        }
        DocumentState state = new DocumentState(document, sentences, mentions, gazetteer);
        state.sections = Sections.of(text, sentences);
        for (Rule rule : rules) {
            rule.apply(state);
        }
        return new Extraction(document, sentences, mentions, Confidence.settle(state.facts));
    }
}
