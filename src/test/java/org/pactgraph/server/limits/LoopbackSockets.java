package org.pactgraph.server.limits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Plain sockets to a test server from another loopback address (127.0.0.x), as another client would connect. */
public final class LoopbackSockets {
    private LoopbackSockets() {}

    /** A socket from the given local address to the server at the base URL, with a 10 s read timeout. */
    public static Socket connect(String from, String baseUrl) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        URI base = URI.create(baseUrl);
        s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        s.setSoTimeout(10_000);
        return s;
    }

    /**
     * What the server answered on the socket within {@code millis}, "" when nothing came; once an
     * answer has begun, its rest is read until half a second passes without a byte or the server closes.
     */
    public static String answerWithin(Socket s, int millis) throws IOException {
        s.setSoTimeout(millis);
        InputStream in = s.getInputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
                s.setSoTimeout(500); // the rest of an answer that has begun
            }
        } catch (SocketTimeoutException | SocketException ended) {
            // what arrived is the answer
        }
        return answer.toString(StandardCharsets.ISO_8859_1);
    }
}
