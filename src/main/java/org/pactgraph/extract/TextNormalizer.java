package org.pactgraph.extract;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the markup that press releases carry when they are copied from the web: YAML front
 * matter, Markdown
 * escapes ({@code \$}) and emphasis ({@code **Group**}), heading marks, HTML tags and entities.
 * Curly quotes and dashes become their ASCII forms so that later stages match one form. Every
 * kept character remembers where it came from.
 */
public final class TextNormalizer {
    private static final Pattern HTML_TAG = Pattern.compile("<[A-Za-z/!][^>]{0,500}>");
    private static final Pattern HTML_ENTITY = Pattern.compile("&(#\\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});");
    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("rsquo", "'"), Map.entry("lsquo", "'"),
            Map.entry("ldquo", "\""), Map.entry("rdquo", "\""), Map.entry("mdash", "-"), Map.entry("ndash", "-"));
    private static final String MARKDOWN_ESCAPABLE = "\\`*_{}[]()#+-.!$|>~";
    private static final Pattern LIST_MARK = Pattern.compile("[ \t]{0,3}(?:[-*+]|\\d{1,3}[.)])[ \t]+");
    private static final Pattern HIDDEN_OPEN = Pattern.compile(
            "<(script|style|head|template|noscript)\\b[^>]{0,500}>|<!--", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_HEADING = Pattern.compile("<h[1-6]\\b", Pattern.CASE_INSENSITIVE);
    /** A line that is all bold or underlined: a fact sheet's lead-in heading ("**Quantum**", "__Funding:__"). */
    private static final Pattern BOLD_LINE = Pattern.compile("[ \t]{0,3}(\\*\\*|__)[^\n*_]{1,150}(\\*\\*|__):?[ \t]*(?:\\r?\\n|\\z)");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|main|body|html|title)\\b[^>]{0,500}>",
            Pattern.CASE_INSENSITIVE);

    /** Normalises a document's raw text. */
    public NormalizedText normalize(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        // Paragraph breaks added for list items and HTML blocks need room beyond the raw length.
        int[] offsets = new int[2 * raw.length() + 2];
        // YAML front matter describes the document; it is read by DocumentHeader, not as prose.
        int i = DocumentHeader.frontMatterEnd(raw);
        boolean lineStart = true;
        // Closing tags looked for in vain: no later search for them can succeed either.
        java.util.Set<String> unclosed = new java.util.HashSet<>();
        java.util.Set<Integer> headings = new java.util.TreeSet<>();
        java.util.Set<Integer> listItems = new java.util.TreeSet<>();
        // A heading line is a paragraph of its own: it ends at its line's end.
        boolean inHeadingLine = false;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (lineStart) {
                Matcher bullet = LIST_MARK.matcher(raw).region(i, raw.length());
                if (bullet.lookingAt()) {
                    // A list item is a paragraph of its own: a sentence never runs into the next item.
                    paragraphBreak(out, offsets, i);
                    listItems.add(out.length());
                    i = bullet.end();
                    lineStart = false;
                    continue;
                }
                if (BOLD_LINE.matcher(raw).region(i, raw.length()).lookingAt()) {
                    paragraphBreak(out, offsets, i);
                    headings.add(out.length());
                    inHeadingLine = true;
                }
            }
            if (lineStart && c == '#') {
                // A Markdown heading mark: drop the run of '#' and the blank after it.
                int j = i;
                while (j < raw.length() && raw.charAt(j) == '#') j++;
                while (j < raw.length() && raw.charAt(j) == ' ') j++;
                paragraphBreak(out, offsets, i);
                headings.add(out.length());
                inHeadingLine = true;
                i = j;
                lineStart = false;
                continue;
            }
            if (c == '\n' && inHeadingLine) {
                paragraphBreak(out, offsets, i);
                inHeadingLine = false;
                lineStart = true;
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < raw.length() && MARKDOWN_ESCAPABLE.indexOf(raw.charAt(i + 1)) >= 0) {
                offsets[out.length()] = i + 1;
                out.append(raw.charAt(i + 1));
                i += 2;
                lineStart = false;
                continue;
            }
            if ((c == '*' || c == '_') && isEmphasisMark(raw, i)) {
                i += (i + 1 < raw.length() && raw.charAt(i + 1) == c) ? 2 : 1;
                continue;
            }
            if (c == '<') {
                int hiddenEnd = hiddenElementEnd(raw, i, unclosed);
                if (hiddenEnd > i) {
                    i = hiddenEnd;
                    continue;
                }
                Matcher block = BLOCK_TAG.matcher(raw).region(i, raw.length());
                if (block.lookingAt()) {
                    paragraphBreak(out, offsets, i);
                    if (HTML_HEADING.matcher(raw).region(i, raw.length()).lookingAt()) headings.add(out.length());
                    if (raw.regionMatches(true, i, "<li", 0, 3)) listItems.add(out.length());
                    i = block.end();
                    lineStart = true;
                    continue;
                }
                Matcher tag = HTML_TAG.matcher(raw).region(i, raw.length());
                if (tag.lookingAt()) {
                    i = tag.end();
                    continue;
                }
            }
            if (c == '&') {
                Matcher entity = HTML_ENTITY.matcher(raw).region(i, raw.length());
                if (entity.lookingAt()) {
                    String decoded = decodeEntity(entity.group(1));
                    if (decoded != null) {
                        for (char d : decoded.toCharArray()) {
                            offsets[out.length()] = i;
                            out.append(plain(d));
                        }
                        i = entity.end();
                        continue;
                    }
                }
            }
            offsets[out.length()] = i;
            out.append(plain(c));
            lineStart = c == '\n';
            i++;
        }
        offsets[out.length()] = raw.length();
        int[] trimmed = new int[out.length() + 1];
        System.arraycopy(offsets, 0, trimmed, 0, out.length() + 1);
        return new NormalizedText(out.toString(), trimmed, raw, headings, listItems);
    }

    /**
     * The end of a script, style or head element or of a comment starting at {@code i} (whose
     * text no reader sees), or {@code i} when none starts there or it is never closed.
     */
    private static int hiddenElementEnd(String raw, int i, java.util.Set<String> unclosed) {
        Matcher open = HIDDEN_OPEN.matcher(raw).region(i, raw.length());
        if (!open.lookingAt()) return i;
        String close = open.group(1) == null ? "-->" : "</" + open.group(1).toLowerCase(java.util.Locale.ROOT);
        if (unclosed.contains(close)) return i;
        for (int at = raw.indexOf(close.charAt(0), open.end()); at >= 0; at = raw.indexOf(close.charAt(0), at + 1)) {
            if (raw.regionMatches(true, at, close, 0, close.length())) {
                int end = raw.indexOf('>', at + close.length() - 1);
                return end < 0 ? raw.length() : end + 1;
            }
        }
        unclosed.add(close);
        return i;
    }

    /** Ends the paragraph so far with a blank line, unless it already ends with one. */
    private static void paragraphBreak(StringBuilder out, int[] offsets, int rawAt) {
        int n = out.length();
        if (n == 0 || n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n') return;
        while (out.length() < n + (out.charAt(n - 1) == '\n' ? 1 : 2)) {
            offsets[out.length()] = rawAt;
            out.append('\n');
        }
    }

    /**
     * '*' or '_' (single or doubled) that opens emphasis (blank before, text after) or closes it
     * (text before, blank or punctuation after), rather than standing alone ("2 * 3") or inside
     * a word ("snake_case").
     */
    private static boolean isEmphasisMark(String raw, int i) {
        char c = raw.charAt(i);
        int end = (i + 1 < raw.length() && raw.charAt(i + 1) == c) ? i + 2 : i + 1;
        boolean textBefore = i > 0 && !Character.isWhitespace(raw.charAt(i - 1));
        boolean textAfter = end < raw.length() && !Character.isWhitespace(raw.charAt(end));
        if (c == '_' && textBefore && textAfter && Character.isLetterOrDigit(raw.charAt(i - 1)) && Character.isLetterOrDigit(raw.charAt(end))) {
            return false; // snake_case words keep their underscores
        }
        return textBefore != textAfter || (textBefore && c == '*');
    }

    private static String decodeEntity(String body) {
        try {
            if (body.startsWith("#x") || body.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(body.substring(2), 16)));
            }
            if (body.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(body.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return NAMED_ENTITIES.get(body);
    }

    /** The text with one spelling for characters that have several, as {@link #plain(char)} gives. */
    public static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) out.append(plain(text.charAt(i)));
        return out.toString();
    }

    /** One spelling for characters that have several: straight quotes, ASCII hyphen, plain space. */
    static char plain(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u2032' -> '\'';
            case '\u2013', '\u2014', '\u2212' -> '-';
            case '\u00A0', '\u2009', '\u202F' -> ' ';
            default -> c;
        };
    }
}
