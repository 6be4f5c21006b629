package org.pactgraph.server.http;

import jakarta.servlet.ServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who a client is, for the bounds counted per client (bodies read, heavy work, writes waiting):
 * an IPv4 address, or the /64 prefix of an IPv6 one. One IPv6 host is usually given a whole /64
 * and may pick any of its 2^64 addresses for each connection, so counting whole IPv6 addresses
 * gave such a host as many places as it cared to take. An IPv4-mapped IPv6 address counts as its
 * IPv4 address. Behind a reverse proxy every client is the proxy.
 */
public final class ClientAddress {
    private ClientAddress() {}

    /** The client the request comes from: {@code 192.0.2.7}, or {@code 2001:db8:0:1::/64}. */
    public static String of(ServletRequest request) {
        return of(request.getRemoteAddr());
    }

    /** The client of a remote address as the server sees it (an address literal, never a name to resolve). */
    public static String of(String address) {
        if (address == null || address.indexOf(':') < 0) return address;
        InetAddress parsed;
        try {
            parsed = InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1) : address);
        } catch (UnknownHostException e) {
            return address; // not a literal after all: counted as written
        }
        if (!(parsed instanceof Inet6Address)) return parsed.getHostAddress(); // an IPv4-mapped address
        byte[] bytes = parsed.getAddress();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return prefix.append(":/64").toString();
    }
}
