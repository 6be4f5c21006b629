package org.pactgraph.server.limits;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import org.eclipse.jetty.http.MimeTypes;
import org.pactgraph.server.http.PlainRefusal;

/**
 * A request whose {@code Content-Type} names a charset Java does not know is refused with 415,
 * its body unread. Jetty's {@code getContentType()} throws for such a name, and every filter that
 * asks for the type (the body limits first) failed with 500 and a stack trace in the log, on every
 * path, {@code /$/ping} included: one line of log per request an attacker chose. A known charset
 * other than UTF-8 goes on to the body checks, which say the body is not UTF-8.
 */
final class UnknownCharsets implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String type = ((HttpServletRequest) request).getHeader("Content-Type");
        String charset = type == null ? null : MimeTypes.getCharsetFromContentType(type);
        if (charset != null && !known(charset)) {
            PlainRefusal.of(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "The Content-Type names the charset "
                    + RequestSizeLimit.clip(charset) + ", which this server does not know; send the body as UTF-8"
                    + " (charset=utf-8).").closing().send((HttpServletResponse) response); // the body is not read
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether Java has the charset: an illegal name (a space, a quote) is not one it has. */
    private static boolean known(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
