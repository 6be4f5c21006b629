package org.pactgraph.server.limits;

import jakarta.servlet.ServletRequest;
import java.nio.ByteBuffer;
import org.eclipse.jetty.ee11.servlet.ServletContextRequest;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Request;
import org.pactgraph.server.ServerSettings;

/**
 * A form body read into memory by {@link BodyReads}, handed to Jetty's own form parser as the
 * request's content ({@link FormFields}, which keeps its result on the request), so that the
 * parameters every servlet reads are what Jetty would have read from the connection, and a form
 * that does not parse fails there as before ({@link Utf8Bodies} says why).
 */
final class HeldForm {
    private static final String FIELDS = FormFields.class.getName();

    private HeldForm() {}

    /** Parses the body as the request's form, where Jetty looks for it on every layer of the request. */
    static void give(ServletRequest request, byte[] body) {
        ServletContextRequest servlet = ServletContextRequest.getServletContextRequest(request);
        Request channel = servlet.getServletChannel().getRequest();
        try {
            FormFields.getFields(new ByteBufferContentSource(ByteBuffer.wrap(body)), channel,
                    FormFields.getFormEncodedCharset(servlet), FormFields.MAX_FIELDS_DEFAULT, (int) ServerSettings.MAX_REQUEST_BYTES);
        } catch (RuntimeException unparsed) {
            // kept on the request as a failed form: Jetty throws it to the first servlet that asks
        }
        Object parsed = channel.getAttribute(FIELDS);
        for (Request r = servlet; r != null; r = r instanceof Request.Wrapper w ? w.getWrapped() : null) {
            r.setAttribute(FIELDS, parsed);
        }
    }
}
