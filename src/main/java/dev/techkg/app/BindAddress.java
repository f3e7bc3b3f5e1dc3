package dev.techkg.app;

import dev.techkg.article.UrlFetcher;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a {@code --bind} address can only be reached from this machine. An IP literal is read here, never
 * by the resolver: dotted IPv4 must be four plain decimal numbers (Java would read {@code 0177.0.0.1} as
 * 177.0.0.1), an IPv6 literal is parsed as such. Anything else is a name: it is resolved, and counts as
 * loopback only when every address it resolves to is loopback. So {@code 127.example.invalid} is a name, not
 * a loopback address. Stateless.
 */
public final class BindAddress {
    private static final Pattern DOTTED = Pattern.compile("(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})");

    private BindAddress() {}

    /** The system's resolver (names only; literals never reach it). */
    static final UrlFetcher.Resolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    /**
     * @param host     the bind address as given: a name, an IPv4 literal or an IPv6 literal (with or without brackets)
     * @param resolver resolves names; asked only for a host that is not an IP literal
     * @return true when every address the host stands for is a loopback address
     */
    static boolean loopbackOnly(String host, UrlFetcher.Resolver resolver) {
        String h = unbracketed(host);
        if (h.isEmpty()) {
            return false; // every interface
        }
        byte[] literal = literal(h);
        if (literal != null) {
            return literal.length == 4 ? (literal[0] & 0xFF) == 127 : isIpv6Loopback(literal);
        }
        try {
            List<InetAddress> addresses = resolver.resolve(h);
            return !addresses.isEmpty() && addresses.stream().allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false; // cannot tell: treat as reachable from elsewhere (the bind fails anyway)
        }
    }

    /** The address bytes of an IP literal (4 or 16), or null when the text is a name. */
    public static byte[] literal(String host) {
        String h = unbracketed(host);
        Matcher dotted = DOTTED.matcher(h);
        if (dotted.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(dotted.group(i + 1));
                if (part > 255) {
                    return null;
                }
                bytes[i] = (byte) part;
            }
            return bytes;
        }
        if (h.contains(":") && h.matches("[0-9A-Fa-f:.]+")) {
            try {
                // A literal with a colon is parsed, never looked up.
                byte[] bytes = InetAddress.getByName(h).getAddress();
                return bytes.length == 16 ? bytes : toMapped(bytes);
            } catch (UnknownHostException e) {
                return null;
            }
        }
        return null;
    }

    private static byte[] toMapped(byte[] v4) {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xFF;
        bytes[11] = (byte) 0xFF;
        System.arraycopy(v4, 0, bytes, 12, 4);
        return bytes;
    }

    /** ::1, or an IPv4-mapped loopback address (::ffff:127.x.y.z). */
    private static boolean isIpv6Loopback(byte[] b) {
        boolean one = allZero(b, 0, 15) && b[15] == 1;
        boolean mapped = allZero(b, 0, 10) && b[10] == (byte) 0xFF && b[11] == (byte) 0xFF && (b[12] & 0xFF) == 127;
        return one || mapped;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The host without the brackets of an IPv6 literal ({@code [::1]} → {@code ::1}). */
    public static String unbracketed(String host) {
        String h = host.strip();
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
