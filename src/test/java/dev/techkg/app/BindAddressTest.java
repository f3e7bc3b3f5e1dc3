package dev.techkg.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.techkg.article.UrlFetcher;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whether a bind address is loopback only: IP literals are read without any lookup, names go to a stub
 * resolver (never DNS), and a name counts as loopback only when all its addresses are.
 */
class BindAddressTest {
    /** A resolver with a fixed table; literals would never reach it, so it fails the test if asked for one. */
    private static UrlFetcher.Resolver stub(Map<String, List<String>> table) {
        return host -> {
            if (BindAddress.literal(host) != null) {
                throw new AssertionError("a literal was looked up: " + host);
            }
            List<String> addresses = table.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            List<InetAddress> result = new java.util.ArrayList<>();
            for (String address : addresses) {
                result.add(InetAddress.getByAddress(host, BindAddress.literal(address)));
            }
            return result;
        };
    }

    private static final UrlFetcher.Resolver RESOLVER = stub(Map.of(
            "localhost", List.of("127.0.0.1", "::1"),
            "loopy.test", List.of("127.0.0.2"),
            "mixed.test", List.of("127.0.0.1", "192.0.2.10"),
            "lan.test", List.of("192.0.2.10")));

    @Test
    void a_name_that_merely_starts_with_127_is_a_name_not_a_loopback_address() {
        assertFalse(BindAddress.loopbackOnly("127.example.invalid", RESOLVER), "unknown name");
        assertFalse(BindAddress.loopbackOnly("127.0.0.1.example.invalid", RESOLVER));
        assertThrows(IllegalArgumentException.class,
                () -> new ServerSettings("127.example.invalid", 0, 30, 1000, null, false, 1, null, false).validated(RESOLVER));
    }

    @Test
    void loopback_literals_and_names_resolving_only_to_loopback_are_loopback() {
        for (String host : List.of("127.0.0.1", "127.1.2.3", "::1", "[::1]", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1", "localhost", "loopy.test")) {
            assertTrue(BindAddress.loopbackOnly(host, RESOLVER), host);
        }
        assertDoesNotThrow(() -> new ServerSettings("loopy.test", 0, 30, 1000, null, false, 1, null, false).validated(RESOLVER));
    }

    @Test
    void other_addresses_wildcards_odd_numerals_and_names_with_any_other_address_are_not() {
        for (String host : List.of("0.0.0.0", "::", "", "192.0.2.10", "::2", "mixed.test", "lan.test", "0177.0.0.1", "2130706433", "127.0.0.256")) {
            assertFalse(BindAddress.loopbackOnly(host, RESOLVER), host);
        }
    }
}
