package org.pactgraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene query for a name typed by a user. Every clause is optional and adds to the score:
 * the whole name equal to a name or alias (boost {@value #EXACT}), equal with its words in
 * another order ({@value #UNORDERED}), equal to the initials of a longer name
 * ({@value #INITIALS}), the beginning of a name ({@value #NAME_PREFIX}: "acm" prefers Acme to
 * "Vice President of Acme"), and for each word the best of: the same word ({@value #WORD}), the word
 * within one or two edits after the first letter (Lucene's Damerau-Levenshtein automata: one edit
 * for words of 3 to 5 characters, two above; {@value #FUZZY}), or for the last word a word it begins
 * ({@value #PREFIX}, so that a name being typed finds its completions).
 */
final class NameQuery {
    static final float EXACT = 10f;
    static final float UNORDERED = 8f;
    static final float INITIALS = 4f;
    static final float NAME_PREFIX = 3f;
    static final float WORD = 2f;
    static final float FUZZY = 1f;
    static final float PREFIX = 1.2f;
    /**
     * Letters at the start of a word that a typo is assumed to leave alone: Lucene then walks only
     * the words that begin so, which keeps fuzzy matching cheap on a large index.
     */
    static final int FUZZY_PREFIX = 1;
    /** The most completions of a word being typed that a query tries. */
    static final int PREFIX_TERMS = 50;
    /** Words of a query that count; the rest are ignored. */
    static final int MAX_WORDS = 24;

    private NameQuery() {}

    /** The query for the text, restricted by the filter (kind and types), or null when the text has no word. */
    static Query of(String text, Analyzer analyzer, Query filter) {
        String key = SearchNameKey.key(text);
        List<String> words = words(analyzer, SearchNameKey.text(text));
        if (key.isEmpty() || words.isEmpty()) return null;
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(new BoostQuery(new TermQuery(new Term(Fields.EXACT, key)), EXACT), Occur.SHOULD);
        q.add(new BoostQuery(new TermQuery(new Term(Fields.UNORDERED, SearchNameKey.unordered(text))), UNORDERED), Occur.SHOULD);
        if (key.length() >= 2) {
            q.add(new BoostQuery(new PrefixQuery(new Term(Fields.EXACT, key)), NAME_PREFIX), Occur.SHOULD);
        }
        if (!key.contains(" ") && key.length() >= 2) {
            q.add(new BoostQuery(new TermQuery(new Term(Fields.INITIALS, key)), INITIALS), Occur.SHOULD);
        }
        for (int i = 0; i < words.size(); i++) {
            q.add(word(words.get(i), i == words.size() - 1), Occur.SHOULD);
        }
        q.setMinimumNumberShouldMatch(1);
        q.add(filter, Occur.FILTER);
        return q.build();
    }

    private static Query word(String word, boolean last) {
        Collection<Query> forms = new ArrayList<>();
        forms.add(new BoostQuery(new TermQuery(new Term(Fields.WORDS, word)), WORD));
        int length = word.codePointCount(0, word.length());
        int edits = length <= 2 ? 0 : length <= 5 ? 1 : 2;
        if (edits > 0) forms.add(new BoostQuery(new FuzzyQuery(new Term(Fields.WORDS, word), edits, FUZZY_PREFIX, 50, true), FUZZY));
        if (last && length >= 2) {
            // Scored like a word (BM25, so a short name beats a long one that holds the same word),
            // over at most PREFIX_TERMS completions, so that a short prefix costs little on a large index.
            PrefixQuery completions = new PrefixQuery(new Term(Fields.WORDS, word), new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(PREFIX_TERMS));
            forms.add(new BoostQuery(completions, PREFIX));
        }
        return new DisjunctionMaxQuery(forms, 0f);
    }

    /** The words the analyzer makes of the text, at most {@link #MAX_WORDS}. */
    static List<String> words(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.WORDS, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < MAX_WORDS) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
