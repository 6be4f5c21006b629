package org.pactgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits clean text into sentences. Paragraph breaks always end a sentence; inside a paragraph
 * a sentence ends at '.', '?' or '!' followed by a space and a capital letter or an opening
 * quote, unless the period closes an abbreviation (Dr., Inc., a.m.) or stands inside a quotation.
 * Quotations are kept whole so that a quote and its attribution stay in one piece of evidence.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "corp", "ltd", "co", "no",
            "vs", "etc", "e.g", "i.e", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "aug",
            "sept", "sep", "oct", "nov", "dec", "u.s", "u.k", "d.c", "u.s.a", "p.m", "a.m", "h.e",
            // Officers' ranks before a name ("Vice Adm. Jane Doe", "Maj. Gen. John Doe").
            "gen", "adm", "col", "capt", "cmdr", "lt", "maj", "brig", "sgt");

    /** Splits the clean text into sentences with their clean and raw offsets. */
    public List<Sentence> split(NormalizedText normalized) {
        String text = normalized.text();
        List<int[]> bounds = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        boolean inQuote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inQuote = !inQuote;
                // A quotation that closes a sentence: '... field."' followed by a new sentence.
                if (!inQuote && i > 0 && ".?!".indexOf(text.charAt(i - 1)) >= 0 && endsSentence(text, i)) {
                    bounds.add(new int[] {start, i + 1});
                    paragraphs.add(paragraph);
                    start = i + 1;
                }
                continue;
            }
            if (c == '\n' && isParagraphBreak(text, i)) {
                bounds.add(new int[] {start, i});
                paragraphs.add(paragraph++);
                start = i + 1;
                inQuote = false;
                continue;
            }
            if (!inQuote && (c == '.' || c == '?' || c == '!') && endsSentence(text, i)) {
                int end = i + 1;
                if (end < text.length() && text.charAt(end) == '"') {
                    end++;
                }
                bounds.add(new int[] {start, end});
                paragraphs.add(paragraph);
                start = end;
            }
        }
        bounds.add(new int[] {start, text.length()});
        paragraphs.add(paragraph);
        return toSentences(normalized, bounds, paragraphs);
    }

    /**
     * Sentences from their bounds in the clean text and the paragraph each lies in: trimmed,
     * blanks squeezed, numbered, with their offsets in the raw text. Shared with other ways of
     * finding the bounds, so that they can be compared on equal terms.
     */
    static List<Sentence> toSentences(NormalizedText normalized, List<int[]> bounds, List<Integer> paragraphs) {
        String text = normalized.text();
        int lastParagraph = -1;
        int paragraphNumber = -1;

        List<Sentence> sentences = new ArrayList<>();
        for (int k = 0; k < bounds.size(); k++) {
            int[] b = bounds.get(k);
            int s = b[0];
            int e = b[1];
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) {
                int rawBegin = normalized.codePointOffset(normalized.toRaw(s));
                int rawEnd = normalized.codePointOffset(normalized.toRawEnd(e));
                String clean = text.substring(s, e).replaceAll("\\s+", " ");
                if (paragraphs.get(k) != lastParagraph) {
                    lastParagraph = paragraphs.get(k);
                    paragraphNumber++;
                }
                sentences.add(new Sentence(sentences.size(), paragraphNumber, clean, s, e, rawBegin, rawEnd));
            }
        }
        return List.copyOf(sentences);
    }

    /** A newline followed, after blanks, by another newline. */
    private static boolean isParagraphBreak(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) j++;
        return j < text.length() && text.charAt(j) == '\n';
    }

    private static boolean endsSentence(String text, int i) {
        int next = i + 1;
        if (next < text.length() && text.charAt(next) == '"') {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        int k = next;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
        if (k >= text.length()) {
            return true;
        }
        char following = text.charAt(k);
        if (!(Character.isUpperCase(following) || following == '"' || Character.isDigit(following))) {
            return false;
        }
        return text.charAt(i) != '.' || !closesAbbreviation(text, i);
    }

    /** The word before the period is a known abbreviation or a single initial. */
    private static boolean closesAbbreviation(String text, int period) {
        int s = period;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') s--;
        String word = text.substring(s, period).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
    }
}
