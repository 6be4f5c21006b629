package org.pactgraph.server.limits;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

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
}
