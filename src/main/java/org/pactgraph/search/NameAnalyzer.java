package org.pactgraph.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Splits names into the words that search matches: Unicode word boundaries (Lucene's standard
 * tokenizer), width folding, lower case, accents folded to ASCII ("Universität" matches
 * "Universitat"), and Japanese and Chinese text cut into overlapping pairs of characters
 * ("筑波大学" gives 筑波, 波大, 大学), the usual way to index text written without spaces when
 * no dictionary is at hand. Names reach it already in NFKC ({@link SearchNameKey#text}).
 */
final class NameAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream words = new CJKWidthFilter(source);
        words = new LowerCaseFilter(words);
        words = new ASCIIFoldingFilter(words);
        words = new CJKBigramFilter(words);
        return new TokenStreamComponents(source, words);
    }
}
