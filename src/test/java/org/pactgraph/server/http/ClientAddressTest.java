package org.pactgraph.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** One IPv6 /64 is one client, however many of its addresses connect; IPv4 clients are their addresses. */
class ClientAddressTest {
    @Test
    void addressesOfOneIpv6SixtyFourAreOneClient() {
        assertEquals(ClientAddress.of("2001:db8:1:2::1"), ClientAddress.of("2001:db8:1:2:ffff:eeee:dddd:cccc"));
        assertEquals(ClientAddress.of("2001:db8:1:2::1"), ClientAddress.of("[2001:0db8:0001:0002:0:0:0:7]"));
        assertEquals("2001:db8:1:2::/64", ClientAddress.of("2001:db8:1:2:abcd::9"));
    }

    @Test
    void otherSixtyFoursAndIpv4AddressesAreOtherClients() {
        assertNotEquals(ClientAddress.of("2001:db8:1:2::1"), ClientAddress.of("2001:db8:1:3::1"));
        assertEquals("192.0.2.7", ClientAddress.of("192.0.2.7"));
        assertNotEquals(ClientAddress.of("192.0.2.7"), ClientAddress.of("192.0.2.8"));
        assertEquals("192.0.2.7", ClientAddress.of("::ffff:192.0.2.7"), "an IPv4-mapped address is its IPv4 client");
    }
}
