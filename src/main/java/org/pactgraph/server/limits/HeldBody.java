package org.pactgraph.server.limits;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * A request whose body {@link BodyReads} has read whole into memory, once, at most one byte past
 * its size limit. The filters after it ({@link RequestSizeLimit}, {@link Utf8Bodies}) and the
 * update endpoint look at these bytes where they are instead of reading or copying them again.
 */
public final class HeldBody extends ReplacedBody {
    private final byte[] bytes;

    HeldBody(HttpServletRequest request, byte[] bytes) {
        super(request, new ByteArrayInputStream(bytes), bytes.length);
        this.bytes = bytes;
    }

    /** The bytes of the body, as read; not to be changed. */
    byte[] bytes() {
        return bytes;
    }

    /** The held body of a request, found through any wrappers around it. */
    static Optional<HeldBody> in(ServletRequest request) {
        for (ServletRequest r = request; r != null; r = r instanceof ServletRequestWrapper w ? w.getRequest() : null) {
            if (r instanceof HeldBody held) return Optional.of(held);
        }
        return Optional.empty();
    }

    /**
     * The body's text, decoded strictly from the held bytes when the request has them, or
     * empty. The update endpoint decodes this rather than Fuseki's copy of the stream.
     */
    public static Optional<String> textOf(ServletRequest request) throws StrictUtf8.MalformedException {
        Optional<HeldBody> held = in(request);
        return held.isEmpty() ? Optional.empty() : Optional.of(StrictUtf8.decode(held.get().bytes));
    }
}
