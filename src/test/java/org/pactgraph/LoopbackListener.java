package org.pactgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain TCP listener on loopback that stands for any other host: it counts who connects and
 * answers each with an empty 500. A test that must fetch nothing asserts that it counted none.
 */
public final class LoopbackListener implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    public LoopbackListener() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    connections.incrementAndGet();
                    s.getOutputStream().write("HTTP/1.1 500 Nothing here\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes());
                } catch (IOException e) {
                    // closed at the end of the test
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** An http URL of this listener with the given path. */
    public String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    /** How many connections it has accepted so far. */
    public int connections() {
        return connections.get();
    }

    @Override
    public void close() throws InterruptedException, IOException {
        socket.close();
        acceptor.join(5_000);
    }
}
