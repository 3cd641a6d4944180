package jp.kenpo.kennin.adapters.web.kit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies in front of the site (KENNIN_TRUSTED_PROXIES), as CIDR blocks of IPv4 or
 * IPv6 addresses. Only a request whose direct peer is in one of them may tell us, through
 * X-Forwarded-For, who the client is. Empty (the default) believes no header at all.
 */
public final class TrustedProxies {
    /** Literal addresses only: a host name here would make every request wait for DNS. */
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /**
     * Reads a comma-separated list such as {@code 10.0.0.0/8, 192.0.2.10, ::1, fd00::/8}; an entry
     * without a prefix length is one address.
     *
     * @throws IllegalArgumentException naming the first entry that is not a CIDR block
     */
    public static TrustedProxies parse(String list) {
        List<Block> blocks = new ArrayList<>();
        if (list != null) {
            for (String raw : list.split(",")) {
                String entry = raw.strip();
                if (!entry.isEmpty()) {
                    blocks.add(Block.parse(entry));
                }
            }
        }
        return new TrustedProxies(blocks);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public boolean contains(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && blocks.stream().anyMatch(b -> b.contains(bytes.get()));
    }

    /** The entries as given back, in a canonical form, for the start-up log. */
    @Override
    public String toString() {
        return blocks.stream().map(Block::toString).toList().toString();
    }

    /** Whether {@code text} is a literal IPv4 or IPv6 address (never a name, which would need DNS). */
    public static boolean isAddressLiteral(String text) {
        return literal(text).isPresent() && !text.strip().startsWith("[");
    }

    /** The bytes of a literal IPv4 or IPv6 address (IPv4-mapped IPv6 as IPv4); empty for anything else. */
    static Optional<byte[]> literal(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String a = address.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        int zone = a.indexOf('%');
        if (zone >= 0) {
            a = a.substring(0, zone);
        }
        if (!IPV4.matcher(a).matches() && !IPV6.matcher(a).matches()) {
            return Optional.empty();
        }
        if (IPV4.matcher(a).matches()) {
            for (String part : a.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return Optional.empty();
                }
            }
        }
        try {
            // Only literals reach this point, so no name lookup happens.
            return Optional.of(InetAddress.getByName(a).getAddress());
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record Block(byte[] network, int prefix, String text) {
        static Block parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] bytes = literal(address).orElseThrow(() -> new IllegalArgumentException(entry));
            int max = bytes.length * 8;
            int prefix = max;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(entry);
                }
                if (prefix < 0 || prefix > max) {
                    throw new IllegalArgumentException(entry);
                }
            }
            return new Block(bytes, prefix, entry);
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

        @Override
        public String toString() {
            return text;
        }
    }
}
