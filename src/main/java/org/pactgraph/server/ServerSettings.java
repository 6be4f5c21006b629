package org.pactgraph.server;

/**
 * How the server listens.
 *
 * @param host the address to bind. Defaults to 127.0.0.1 (this machine only); 0.0.0.0 binds
 *     every interface.
 * @param port the TCP port; 0 picks a free one. Defaults to 3030.
 */
public record ServerSettings(String host, int port) {
    /** The name under which the dataset is served: /pactgraph/sparql, /pactgraph/get. */
    public static final String DATASET = "/pactgraph";

    public ServerSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must be an address such as 127.0.0.1");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
    }

    /** 127.0.0.1, port 3030. */
    public static ServerSettings defaults() {
        return new ServerSettings("127.0.0.1", 3030);
    }
}
