package org.pactgraph.server.limits;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Checks the text of a query or update before ARQ parses it, in one pass over its characters.
 * ARQ's parser reads about 100 to 300 KB a second here, an RDF collection {@code ( ... )} the
 * slowest: a 1 MiB query holding one collection of 500,000 items took 13.5 s to parse before
 * {@link QueryShape} could count its triple patterns and refuse it. So a query may be at most
 * {@link #MAX_QUERY_CHARS} characters long (the catalogue's longest is 4 KB), and no list
 * between parentheses (a collection, or a row of VALUES) may hold more than {@link #MAX_LIST_ITEMS}
 * items side by side; a collection of that many is already twice the triple patterns a query may
 * hold. Updates keep the 1 MiB of the body limit (INSERT DATA is data) but meet the list bound.
 *
 * <p>The scan knows SPARQL's tokens only as far as it must not be fooled: strings, IRIs and
 * comments are skipped whole, so a parenthesis inside them is not one; an item is any RDF term
 * (an IRI, a prefixed name, a variable, a literal with its language or datatype, a number with its
 * sign, {@code true}, {@code false}, a blank node), or a nested {@code ( )}, {@code [ ]} or
 * {@code << >>}, which count as one item of the list around them; anything else (a keyword, an
 * operator, a comma) ends the run of items. A run longer than the bound is refused whatever the
 * parser would make of it: longer than that, it is a collection or a VALUES row of more than
 * {@value #MAX_LIST_ITEMS} variables, or an expression of as many terms, deeper than ARQ nests.
 */
final class QueryText {
    /** The longest query text taken: 256 KiB of characters, a quarter of the body limit. */
    static final int MAX_QUERY_CHARS = 256 * 1024;
    /** The most items side by side in one list between parentheses. */
    static final int MAX_LIST_ITEMS = QueryShape.MAX_TRIPLE_PATTERNS;
    /**
     * The longest string given as the pattern (the second argument) of a function that compiles a
     * regular expression ({@code REGEX}, {@code REPLACE}, {@code fn:matches}, {@code fn:replace}). ARQ's parser
     * compiles a constant pattern as it reads it, with the JDK, in time quadratic in a run of
     * plain characters: a pattern of 200,000 letters held a thread for minutes, before any timeout
     * could start.
     */
    static final int MAX_PATTERN_CHARS = 2048;

    private final String text;
    private int at;
    /**
     * The last name read (a keyword, a prefixed name, an IRI), for the call a {@code (} opens; each
     * open bracket keeps its kind, the items of its current run, whether it is the call of a
     * function that compiles patterns, and the argument of the call (commas read directly in it).
     */
    private String lastName = "";
    /** The longest string given as the pattern, the second argument, of a function that compiles patterns. */
    private int longestPattern;

    private QueryText(String text) {
        this.text = text;
    }

    /** Throws {@link QueryRefused} (413) when a query's text is too long or holds too long a list. */
    static void checkQuery(String query) {
        if (query.length() > MAX_QUERY_CHARS) {
            throw new QueryRefused(413, "This query is " + query.length() + " characters long; this server takes at most "
                    + MAX_QUERY_CHARS + " in one query (256 KiB), since reading it is work no timeout stops. Give long lists"
                    + " of values in several queries, or load them into a graph of your own and join with it.");
        }
        checkParts(query);
    }

    /**
     * Throws {@link QueryRefused} (413) when the text holds a list of more than {@link #MAX_LIST_ITEMS}
     * items, or a pattern of more than {@link #MAX_PATTERN_CHARS} characters.
     */
    static void checkParts(String queryOrUpdate) {
        QueryText scan = new QueryText(queryOrUpdate);
        long longest = scan.longestList();
        if (scan.longestPattern > MAX_PATTERN_CHARS) throw CancellableRegex.patternTooLong(scan.longestPattern);
        if (longest > MAX_LIST_ITEMS) {
            throw new QueryRefused(413, "This request has a list ( ... ) of more than " + MAX_LIST_ITEMS + " items side by side"
                    + " (an RDF collection, or a VALUES row); this server takes at most " + MAX_LIST_ITEMS + ", since reading"
                    + " and ordering such a list is work no timeout stops. Give long lists of values with VALUES ?x { ... },"
                    + " or send the data as RDF to the Graph Store.");
        }
    }

    /** The largest number of items found side by side directly inside one pair of parentheses. */
    private long longestList() {
        Deque<long[]> open = new ArrayDeque<>(); // per open bracket: {kind, items in its current run}
        long longest = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
                continue;
            }
            if (c == '#') {
                skipLine();
                continue;
            }
            if (c == '(' || c == '[' || (c == '<' && next(1) == '<')) {
                countItem(open);
                longest = Math.max(longest, run(open));
                open.push(new long[] {c == '<' ? '<' : c, 0, patternKind(open, c, lastName), 0});
                at += c == '<' ? 2 : 1;
                lastName = "";
                continue;
            }
            if (c == ')' || c == ']' || c == '}' || (c == '>' && next(1) == '>' && !open.isEmpty() && open.peek()[0] == '<')) {
                if (!open.isEmpty()) open.pop();
                at += c == '>' ? 2 : 1;
                continue;
            }
            if (c == '{') {
                endRun(open);
                open.push(new long[] {c, 0, 0, 0});
                at++;
                continue;
            }
            if (c == ',' && !open.isEmpty()) open.peek()[3]++; // the next argument of a call
            if (term(open)) {
                countItem(open);
                longest = Math.max(longest, run(open));
            } else {
                endRun(open);
            }
        }
        return longest;
    }

    private static void countItem(Deque<long[]> open) {
        if (!open.isEmpty() && open.peek()[0] == '(') open.peek()[1]++;
    }

    private static long run(Deque<long[]> open) {
        return open.isEmpty() ? 0 : open.peek()[1];
    }

    private static void endRun(Deque<long[]> open) {
        if (!open.isEmpty()) open.peek()[1] = 0;
    }

    /** A bracket's third field: no pattern, the call of a function that compiles one, or inside that call's pattern. */
    private static final long NO_PATTERN = 0;
    private static final long PATTERN_CALL = 1;
    private static final long INSIDE_PATTERN = 2;

    /**
     * What a bracket opened here holds: inside a pattern argument, everything nested is pattern
     * ({@code REGEX(?x, ("..."))} compiles the string as well); a call of a function that compiles
     * patterns opens a pattern call.
     */
    private long patternKind(Deque<long[]> open, char c, String name) {
        if (inPattern(open)) return INSIDE_PATTERN;
        return c == '(' && compilesPatterns(name) ? PATTERN_CALL : NO_PATTERN;
    }

    /** Whether a string read now is (part of) a pattern: a pattern call's second argument, or nested in it. */
    private static boolean inPattern(Deque<long[]> open) {
        if (open.isEmpty()) return false;
        long[] top = open.peek();
        return top[2] == INSIDE_PATTERN || (top[2] == PATTERN_CALL && top[3] == 1);
    }

    /**
     * Whether a call of this name may compile a regular expression from its arguments (any prefix,
     * any case): REGEX, REPLACE, matches, replace; and, since prefixes are not resolved here, any
     * call whose local name it cannot see ({@code m:(...)}, a prefix bound to the function's own IRI)
     * or whose prefixed name a prefix declaration could complete into one of them. ARQ refuses
     * unknown functions at run time, so treating them as pattern calls refuses no working query
     * with a short string.
     */
    private boolean compilesPatterns(String name) {
        String n = name.endsWith(">") ? name.substring(0, name.length() - 1) : name;
        int split = Math.max(n.lastIndexOf(':'), n.lastIndexOf('#'));
        String local = n.substring(split + 1).toLowerCase(java.util.Locale.ROOT);
        if (PATTERN_FUNCTIONS.contains(local)) return true;
        if (name.startsWith("<") || split < 0) return false;
        // A prefixed name: it names such a function when its prefix's IRI and local part together do.
        String expanded = (prefixes().getOrDefault(n.substring(0, n.indexOf(':')), "") + n.substring(n.indexOf(':') + 1))
                .toLowerCase(java.util.Locale.ROOT);
        return local.isEmpty() || PATTERN_FUNCTIONS.contains(expanded.substring(Math.max(expanded.lastIndexOf('#'), expanded.lastIndexOf('/')) + 1));
    }

    /** The local names of the functions that compile a pattern from their second argument. */
    private static final Set<String> PATTERN_FUNCTIONS = Set.of("regex", "replace", "matches");

    /** The query's prefix declarations, read once when a prefixed call is first met. */
    private java.util.Map<String, String> prefixes() {
        if (prefixes == null) {
            prefixes = new java.util.HashMap<>();
            java.util.regex.Matcher m = PREFIX_DECLARATION.matcher(text);
            while (m.find()) prefixes.put(m.group(1), m.group(2));
        }
        return prefixes;
    }

    private java.util.Map<String, String> prefixes;
    private static final java.util.regex.Pattern PREFIX_DECLARATION =
            java.util.regex.Pattern.compile("(?i)\\bPREFIX\\s+([^\\s:]*):\\s*<([^>\\s]*)>");

    /** Reads one token at {@link #at}; true when it is an RDF term, false for anything else. */
    private boolean term(Deque<long[]> open) {
        char c = text.charAt(at);
        lastName = "";
        if (c == '"' || c == '\'') {
            int length = skipString(c);
            if (inPattern(open)) longestPattern = Math.max(longestPattern, length);
            if (at < text.length() && text.charAt(at) == '@') {
                at++;
                skipName();
            } else if (text.startsWith("^^", at)) {
                at += 2;
                if (at < text.length() && text.charAt(at) == '<' && iriEnd() > 0) at = iriEnd();
                else skipName();
            }
            return true;
        }
        if (c == '<') {
            int end = iriEnd();
            if (end > 0) lastName = text.substring(at, end);
            at = end > 0 ? end : at + 1; // not an IRI: the operator < or <=
            return end > 0;
        }
        if (c == '?' || c == '$') {
            int start = ++at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_' || text.charAt(at) > 0x7f)) at++;
            return at > start; // a lone ? is a path's modifier
        }
        if (Character.isDigit(c) || ((c == '+' || c == '-' || c == '.') && isNumberStart(at + (c == '.' ? 0 : 1)))) {
            skipNumber();
            return true;
        }
        if (isNameChar(c) || c == ':') {
            int start = at;
            skipName();
            String word = text.substring(start, at);
            lastName = word;
            return word.indexOf(':') >= 0 || word.equals("true") || word.equals("false");
        }
        at++; // an operator, a comma, a semicolon, a dot
        return false;
    }

    /** Skips a number as SPARQL reads it: a sign, digits, a fraction, an exponent ({@code 1.1.1} is two). */
    private void skipNumber() {
        if (text.charAt(at) == '+' || text.charAt(at) == '-') at++;
        skipDigits();
        if (at + 1 < text.length() && text.charAt(at) == '.' && Character.isDigit(text.charAt(at + 1))) {
            at++;
            skipDigits();
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            int mark = at++;
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) at++;
            if (skipDigits() == 0) at = mark;
        }
    }

    private int skipDigits() {
        int start = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) at++;
        return at - start;
    }

    private boolean isNumberStart(int i) {
        if (i >= text.length()) return false;
        char d = text.charAt(i);
        return Character.isDigit(d) || (d == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)));
    }

    private char next(int ahead) {
        return at + ahead < text.length() ? text.charAt(at + ahead) : 0;
    }

    private void skipLine() {
        while (at < text.length() && text.charAt(at) != '\n') at++;
    }

    /** Skips a name's characters (a prefixed name, a variable's name, a keyword, a language tag); returns how many. */
    private int skipName() {
        int start = at;
        while (at < text.length() && (isNameChar(text.charAt(at)) || text.charAt(at) == ':')) at++;
        return at - start;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '%' || c == '\\' || c > 0x7f;
    }

    /** The index after the IRI that starts at {@link #at}, or 0 when {@code <} starts none. */
    private int iriEnd() {
        for (int i = at + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>') return i + 1;
            if (c <= ' ' || c == '<' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' || c == '\\') return 0;
        }
        return 0;
    }

    /** Skips a string in quotes, short or long (three quotes), with its escapes; returns the characters between its quotes. */
    private int skipString(char quote) {
        boolean isLong = at + 2 < text.length() && text.charAt(at + 1) == quote && text.charAt(at + 2) == quote;
        at += isLong ? 3 : 1;
        int start = at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\\') {
                at += 2;
            } else if (c == quote && (!isLong || text.startsWith(String.valueOf(quote).repeat(3), at))) {
                at += isLong ? 3 : 1;
                return at - start - (isLong ? 3 : 1);
            } else if (!isLong && c == '\n') {
                return at - start; // an unclosed short string: the parser will say where
            } else {
                at++;
            }
        }
        return Math.min(at, text.length()) - start;
    }
}
