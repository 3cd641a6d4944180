package jp.kenpo.kennin.adapters.web.kit;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import jp.kenpo.kennin.application.ClientAddress;

/**
 * Where a request came from, for throttling and the audit log: the socket's peer, unless that
 * peer is one of our {@link TrustedProxies}. Then X-Forwarded-For is read from the right: each
 * trusted proxy appended the address it saw, so the right-most entry that is not itself a
 * trusted proxy is the client. Entries left of it are the client's own word and never believed.
 */
public final class ClientAddresses {
    private final TrustedProxies proxies;

    public ClientAddresses(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    public ClientAddress of(Context ctx) {
        var lines = ctx.req().getHeaders("X-Forwarded-For");
        return new ClientAddress(resolve(ctx.req().getRemoteAddr(), lines == null ? List.of() : Collections.list(lines)));
    }

    /**
     * @param peer      the address of the direct peer of the connection
     * @param forwarded every X-Forwarded-For header line, in the order received
     */
    String resolve(String peer, List<String> forwarded) {
        if (!proxies.contains(peer)) {
            return peer;
        }
        String client = peer;
        List<String> hops = forwarded.stream().flatMap(line -> Arrays.stream(line.split(",")))
                .map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (TrustedProxies.literal(hop).isEmpty()) {
                // Garbage where an address should be: stop at the last proxy we trust rather than guess.
                return client;
            }
            client = hop;
            if (!proxies.contains(hop)) {
                return hop;
            }
        }
        return client;
    }
}
