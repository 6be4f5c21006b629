package org.pactgraph.extract;

import java.util.List;
import org.pactgraph.annotate.Annotation;
import org.pactgraph.annotate.Annotator;
import org.pactgraph.annotate.RawOffsets;

/**
 * Turns one announcement into facts with evidence: normalise the text, split it into
 * sentences (leaving unread any too long for the rules, {@link ReadableSentences}), find the mentions in each, then run the relation rules in an order where each may
 * use what the earlier ones found (people's posts and partnerships first, then the initiative,
 * the signing and the visit it was part of, the announcement, funding, themes and quotations).
 * With the linguistic layer, the candidates a learned model scores high may first be asserted
 * ({@link CandidatePromotion}, off by default). Each fact's confidence is then capped by how reliable
 * such statements proved on unseen texts ({@link Reliability}: per rule and relation type, or by a
 * statement classifier), so what was often wrong there goes to review. An extractor holds no per-document state and may be shared between threads.
 */
public final class Extractor {
    private final TextNormalizer normalizer = new TextNormalizer();
    private final java.util.function.Function<NormalizedText, List<Sentence>> splitter;
    private final MentionFinder mentionFinder;
    private final Gazetteer gazetteer;
    private final Annotator annotator;
    private final Reliability reliability;
    private final CandidatePromotion promotion;
    private final List<Rule> rules = List.of(
            new PeopleRule(), new PartnershipRule(), new InitiativeRule(), new NamedInitiativeRule(), new EventRule(), new StateVisitRule(), new MeetingRule(), new VisitRule(),
            new AnnouncementRule(), new FundingRule(), new ThemeRule(), new QuoteRule(), new TranscriptRule(),
            new OrganisationPlacesRule(), new PlacesWithinRule(), new MentionedEntitiesRule());

    /** An extractor of the rules alone, without a linguistic layer. */
    public Extractor(Gazetteer gazetteer) {
        this(gazetteer, Annotator.NONE);
    }

    /**
     * An extractor whose rules also read what the given linguistic layer says of each text, each
     * fact capped as the configured reliability has it
     * ({@link Reliability#configured()}: nothing unless PACTGRAPH_RELIABILITY=fitted or classifier), and
     * its candidates promoted as the configured promotion has it ({@link CandidatePromotion#configured()}:
     * none unless PACTGRAPH_PROMOTION=model).
     */
    public Extractor(Gazetteer gazetteer, Annotator annotator) {
        this(gazetteer, annotator, Reliability.configured(), CandidatePromotion.configured());
    }

    /**
     * An extractor whose facts are capped by the given reliability: a table of rule reliability
     * ({@link RuleReliability#NONE} for the raw rules) or a statement classifier.
     */
    public Extractor(Gazetteer gazetteer, Annotator annotator, Reliability reliability) {
        this(gazetteer, annotator, reliability, CandidatePromotion.NONE);
    }

    /**
     * An extractor whose candidates for review are first promoted as {@code promotion} says (only
     * with a linguistic layer: without one, nothing is promoted), then capped by the given reliability.
     */
    public Extractor(Gazetteer gazetteer, Annotator annotator, Reliability reliability, CandidatePromotion promotion) {
        this(gazetteer, new SentenceSplitter()::split, annotator, reliability, promotion);
    }

    /** An extractor with another way of splitting sentences, to compare splitters on equal terms. */
    Extractor(Gazetteer gazetteer, java.util.function.Function<NormalizedText, List<Sentence>> splitter) {
        this(gazetteer, splitter, Annotator.NONE, Reliability.configured(), CandidatePromotion.NONE);
    }

    private Extractor(Gazetteer gazetteer, java.util.function.Function<NormalizedText, List<Sentence>> splitter, Annotator annotator,
            Reliability reliability, CandidatePromotion promotion) {
        this.splitter = splitter;
        this.annotator = annotator;
        this.reliability = java.util.Objects.requireNonNull(reliability, "reliability");
        // The promotion's model weighs CoreNLP's verbs and types: without the layer those take values it never saw.
        this.promotion = annotator.isNone() ? CandidatePromotion.NONE : java.util.Objects.requireNonNull(promotion, "promotion");
        this.gazetteer = gazetteer;
        this.mentionFinder = new MentionFinder(gazetteer);
    }

    /** Extracts the facts of one document. */
    public Extraction extract(Document document) {
        NormalizedText text = normalizer.normalize(document.rawText());
        ReadableSentences readable = ReadableSentences.of(splitter.apply(text));
        List<Sentence> sentences = readable.read();
        AnnotatedSentences linguistics = new AnnotatedSentences(annotate(text, readable.masked(text.text())));
        List<List<Mention>> mentions;
        try {
            mentions = mentionFinder.find(sentences, document.published(), linguistics);
        } catch (ImpossibleValueException e) {
            throw e.in(document);
        }
        DocumentState state = new DocumentState(document, sentences, mentions, gazetteer, linguistics);
        state.sections = Sections.of(text, sentences);
        state.listItems = ListItems.of(text, sentences);
        for (Rule rule : rules) {
            rule.apply(state);
        }
        StatementFeatures features = new StatementFeatures(state);
        List<Fact> capped = reliability.cap(promotion.promote(state.facts, features), features);
        return new Extraction(document, sentences, mentions, Confidence.settle(Confidence.fundingsWithTheirFunders(Confidence.partnershipsWithTheirPartners(capped))),
                readable.unread());
    }

    /**
     * What the linguistic layer says of the clean text, with spans that point into the raw one. It
     * reads the text with the sentences the rules leave unread blanked out (same length, so every
     * offset holds): their annotations would serve no rule, and a parser given one sentence of
     * thousands of words takes minutes.
     */
    private Annotation annotate(NormalizedText text, String readable) {
        if (readable.isBlank()) return Annotation.empty(readable);
        return annotator.annotate(readable, new RawOffsets() {
            @Override
            public int begin(int offset) {
                return text.codePointOffset(text.toRaw(offset));
            }

            @Override
            public int end(int end) {
                return text.codePointOffset(text.toRawEnd(end));
            }
        });
    }
}
