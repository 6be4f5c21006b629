package org.pactgraph.server.security;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IRI in the form RFC 3986 (section 6.2.2 and 6.2.3) says is equivalent to it: scheme and host
 * in lower case, the scheme's default port left out, percent-encoded unreserved characters
 * decoded, and {@code .} and {@code ..} segments removed. Graphs are stored under their IRI as
 * written, so {@code https://w3id.org/pactgraph/graph/user/%2E%2E/reference} is a graph of its
 * own to the store; but every client or tool that normalises IRIs (and Jena's own SPARQL parser,
 * which removes dot segments) takes it for the reference graph. The write scope refuses a graph
 * whose equivalent form is one of PactGraph's own.
 */
final class EquivalentIri {
    private static final Pattern PARTS = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):(?://([^/?#]*))?([^?#]*)(.*)$", Pattern.DOTALL);
    private static final Pattern UNRESERVED_ESCAPE = Pattern.compile("%([46][1-9A-Fa-f]|[57][0-9Aa]|3[0-9]|2[DEde]|5[Ff]|7[Ee])");

    private EquivalentIri() {}

    /** The normalised form, or the IRI unchanged when it has no scheme. */
    static String of(String iri) {
        Matcher m = PARTS.matcher(iri);
        if (!m.matches()) return iri;
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        String authority = m.group(2);
        StringBuilder out = new StringBuilder(scheme).append(':');
        if (authority != null) out.append("//").append(authority(scheme, decode(authority)));
        return out.append(withoutDotSegments(decode(m.group(3)))).append(decode(m.group(4))).toString();
    }

    private static String authority(String scheme, String authority) {
        int at = authority.lastIndexOf('@');
        String user = authority.substring(0, at + 1);
        String host = authority.substring(at + 1).toLowerCase(Locale.ROOT);
        if ((scheme.equals("https") && host.endsWith(":443")) || (scheme.equals("http") && host.endsWith(":80"))) {
            host = host.substring(0, host.lastIndexOf(':'));
        }
        if (host.endsWith(":")) host = host.substring(0, host.length() - 1);
        return user + host;
    }

    private static String decode(String part) {
        Matcher m = UNRESERVED_ESCAPE.matcher(part);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        return m.appendTail(out).toString();
    }

    /** RFC 3986 section 5.2.4, on whole segments. */
    private static String withoutDotSegments(String path) {
        Deque<String> kept = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.equals(".")) {
                if (last) kept.addLast("");
            } else if (s.equals("..")) {
                if (kept.size() > 1) kept.removeLast();
                if (last) kept.addLast("");
            } else {
                kept.addLast(s);
            }
        }
        return String.join("/", kept);
    }
}
