package org.pactgraph.server.limits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.riot.RiotException;

/**
 * RDF/XML as it streams to the parser, refused as soon as its entities could expand it past a
 * bound. Entity declarations such as {@code <!ENTITY owl "http://www.w3.org/2002/07/owl#">} (as
 * ontology editors write) are taken; refused are an entity whose value names another entity
 * (expansion growing with each level: ten levels of ten made a 1.1 KB document expand to 10^9
 * characters), a parameter entity, an external one ({@code SYSTEM}, {@code PUBLIC}), a value
 * longer than {@link #MAX_VALUE_CHARS}, and references to the declared entities that together
 * would expand to more than {@link #MAX_EXPANDED_CHARS} characters (character references and
 * {@code &amp;}-like ones that no declaration names are not counted: they expand to one
 * character). Bytes are scanned as ASCII, so a
 * document in UTF-16 or UTF-32, which would hide its declarations from the scan, is refused at
 * its first bytes: send RDF/XML in UTF-8.
 */
final class XmlEntityBounds extends FilterInputStream {
    static final int MAX_VALUE_CHARS = 1024;
    static final long MAX_EXPANDED_CHARS = 16_000_000;
    private static final byte[] DECLARATION = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_DECLARATION_BYTES = 4 * 1024;
    /** The longest entity name looked up: a longer run after {@code &} names no declared entity, as a name is shorter than its declaration. */
    private static final int MAX_NAME_BYTES = MAX_DECLARATION_BYTES;

    private int matched;
    private StringBuilder declaration;
    /** The length of each declared entity's value, by its name. */
    private final Map<String, Integer> declared = new HashMap<>();
    /** The name of the reference being read after {@code &}, or null. */
    private StringBuilder reference;
    private long expanded;
    private long position;

    XmlEntityBounds(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) scan((byte) b);
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        for (int i = 0; i < n; i++) scan(buffer[off + i]);
        return n;
    }

    private void scan(byte b) {
        if (position++ < 2 && (b == 0 || b == (byte) 0xFE || b == (byte) 0xFF)) {
            throw refused("it is not in UTF-8 (it starts as UTF-16 or UTF-32 does), so its declarations cannot be checked; send it in UTF-8");
        }
        if (declaration != null) {
            declaration.append((char) (b & 0xff));
            if (b == '>') {
                check(declaration.toString());
                declaration = null;
            } else if (declaration.length() > MAX_DECLARATION_BYTES) {
                throw refused("an entity declaration is longer than " + MAX_DECLARATION_BYTES + " bytes");
            }
            return;
        }
        if (reference != null) {
            if (b == ';') {
                expanded += declared.getOrDefault(reference.toString(), 0);
                reference = null;
                if (expanded > MAX_EXPANDED_CHARS) throw refused("its entity references could expand it past " + MAX_EXPANDED_CHARS + " characters");
                return;
            }
            if (isNameByte(b) && reference.length() < MAX_NAME_BYTES) {
                reference.append((char) (b & 0xff));
                return;
            }
            reference = null; // no reference to a declared entity: the byte is read as any other
        }
        if (b == '&' && !declared.isEmpty()) {
            reference = new StringBuilder();
            matched = 0;
            return;
        }
        matched = b == DECLARATION[matched] ? matched + 1 : (b == DECLARATION[0] ? 1 : 0);
        if (matched == DECLARATION.length) {
            matched = 0;
            declaration = new StringBuilder();
        }
    }

    /** Checks one declaration's text after {@code <!ENTITY}, up to its closing {@code >}. */
    private void check(String text) {
        String body = text.strip();
        if (body.startsWith("%")) throw refused("it declares a parameter entity");
        int quote = firstQuote(body);
        String head = quote < 0 ? body : body.substring(0, quote);
        if (quote < 0 || head.contains("SYSTEM") || head.contains("PUBLIC")) throw refused("it declares an external entity");
        int end = body.indexOf(body.charAt(quote), quote + 1);
        String value = body.substring(quote + 1, end < 0 ? body.length() : end);
        if (value.indexOf('&') >= 0 || value.indexOf('%') >= 0) throw refused("an entity's value refers to another entity");
        if (value.length() > MAX_VALUE_CHARS) throw refused("an entity's value is longer than " + MAX_VALUE_CHARS + " characters");
        declared.merge(head.strip(), Math.max(1, value.length()), Math::max);
    }

    /** A byte of an XML name as far as ASCII tells: a letter, a digit, {@code . - _ :}, or part of a non-ASCII character. */
    private static boolean isNameByte(byte b) {
        return b < 0 || Character.isLetterOrDigit(b) || b == '.' || b == '-' || b == '_' || b == ':';
    }

    private static int firstQuote(String s) {
        int a = s.indexOf('"');
        int b = s.indexOf('\'');
        return a < 0 ? b : (b < 0 ? a : Math.min(a, b));
    }

    private static RiotException refused(String why) {
        return new RiotException("This RDF/XML is refused before it is expanded: " + why + ". Entities may name text"
                + " of up to " + MAX_VALUE_CHARS + " characters, such as a namespace, but no other entity; or write the IRIs out");
    }
}
