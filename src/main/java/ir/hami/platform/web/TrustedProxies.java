package ir.hami.platform.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The balancers and proxies whose {@code X-Forwarded-For} the portal believes ({@code hami.trusted-proxies}: IPv4 and
 * IPv6 addresses and CIDR ranges, comma-separated; empty by default, so the header is ignored). Only when the direct
 * peer is one of them is the header read, from the right: each trusted proxy appends the address it received the
 * request from, so the rightmost address that is not a trusted proxy is the client. What a client writes into the
 * header itself stays to the left of that and is never reached.
 * <p>
 * Addresses are parsed as literals only (never looked up by name). A malformed entry in the configuration is left
 * out (and reported by {@link #rejected()}); a malformed entry in the header ends the walk, and the last address
 * verified before it (a trusted proxy) is taken as the client: nothing to the left of garbage is believed.
 */
public final class TrustedProxies {

    /** No proxy is trusted: the client is always the direct peer. */
    public static final TrustedProxies NONE = new TrustedProxies(List.of(), List.of());

    private final List<Range> ranges;
    private final List<String> rejected;

    private TrustedProxies(List<Range> ranges, List<String> rejected) {
        this.ranges = ranges;
        this.rejected = rejected;
    }

    /** The configured list, e.g. {@code "10.0.0.5, 10.1.0.0/16, fd00::/8"}; null or blank trusts no one. */
    public static TrustedProxies parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        List<Range> ranges = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (String entry : list.split("[,\\s]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            Range range = Range.parse(entry);
            if (range == null) {
                rejected.add(entry);
            } else {
                ranges.add(range);
            }
        }
        return new TrustedProxies(List.copyOf(ranges), List.copyOf(rejected));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** The configured entries that are neither an address nor a CIDR range (left out). */
    public List<String> rejected() {
        return rejected;
    }

    /** Whether this literal address (as a servlet container reports it) is a trusted proxy. */
    public boolean trusts(String address) {
        byte[] bytes = literal(address);
        return bytes != null && trusts(bytes);
    }

    private boolean trusts(byte[] address) {
        for (Range range : ranges) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client's address: the peer itself unless the peer is a trusted proxy; then the rightmost address of the
     * {@code X-Forwarded-For} values (all headers of that name, in order) that is not a trusted proxy.
     */
    public String client(String peer, List<String> forwardedFor) {
        if (ranges.isEmpty() || forwardedFor == null || forwardedFor.isEmpty()) {
            return peer;
        }
        byte[] peerBytes = literal(peer);
        if (peerBytes == null || !trusts(peerBytes)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            if (header != null) {
                for (String hop : header.split(",", -1)) {
                    hops.add(hop);
                }
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hostOf(hops.get(i).strip());
            byte[] bytes = literal(hop);
            if (bytes == null) {
                return client;
            }
            client = canonical(bytes);
            if (!trusts(bytes)) {
                return client;
            }
        }
        return client;
    }

    /** The client of a servlet request (see {@link #client(String, List)}). */
    public String client(String peer, Enumeration<String> forwardedFor) {
        if (ranges.isEmpty() || forwardedFor == null) {
            return peer;
        }
        return client(peer, Collections.list(forwardedFor));
    }

    /** An address without the port or brackets a proxy may have written: {@code [::1]:80}, {@code 1.2.3.4:80}. */
    private static String hostOf(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            if (end < 0) {
                return null;
            }
            String rest = hop.substring(end + 1);
            if (!rest.isEmpty() && !rest.matches(":\\d{1,5}")) {
                return null;
            }
            return hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        if (colon > 0 && colon == hop.lastIndexOf(':') && hop.indexOf('.') > 0) {
            // IPv4 with a port
            return hop.substring(colon + 1).matches("\\d{1,5}") ? hop.substring(0, colon) : null;
        }
        return hop;
    }

    private static String canonical(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // 4 or 16 bytes always make an address
        }
    }

    /**
     * The bytes of an IPv4 (4) or IPv6 (16; an IPv4-mapped one as 4) literal; null for anything else, including
     * names, zone ids and brackets. Never asks a name server.
     */
    static byte[] literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return null;
        }
        if (text.indexOf(':') < 0) {
            return ipv4(text);
        }
        if (text.charAt(0) != ':' && Character.digit(text.charAt(0), 16) < 0) {
            return null; // InetAddress would take it for a name
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == ':' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')
                    || (c >= 'A' && c <= 'F');
            if (!ok) {
                return null;
            }
        }
        try {
            // a string with ':' and only hex digits, dots and colons is parsed as an IPv6 literal: no lookup
            InetAddress address = InetAddress.getByName(text);
            if (address instanceof Inet6Address && ((Inet6Address) address).getScopeId() != 0) {
                return null;
            }
            return address.getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static byte[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
                return null;
            }
            int value = 0;
            for (int j = 0; j < part.length(); j++) {
                char c = part.charAt(j);
                if (c < '0' || c > '9') {
                    return null;
                }
                value = value * 10 + (c - '0');
            }
            if (value > 255) {
                return null;
            }
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    /** One address or CIDR range. */
    private record Range(byte[] network, int prefix) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] bytes = literal(address);
            if (bytes == null) {
                return null;
            }
            int bits = bytes.length * 8;
            int prefix = bits;
            if (slash >= 0) {
                String length = entry.substring(slash + 1);
                if (!length.matches("\\d{1,3}")) {
                    return null;
                }
                prefix = Integer.parseInt(length);
                if (bytes.length == 4 && address.indexOf(':') >= 0) {
                    prefix -= 96; // ::ffff:10.0.0.0/104 is 10.0.0.0/8
                }
                if (prefix < 0 || prefix > bits) {
                    return null;
                }
            }
            return new Range(bytes, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
