package jp.kenpo.kennin.adapters.web.support;

import io.javalin.http.Context;
import jp.kenpo.kennin.application.ClientAddress;

/**
 * Where a request came from, for throttling and the audit log. Taken from the socket; a proxy's
 * X-Forwarded-For is believed only when the deployment says a proxy in front overwrites it, and
 * then only its last entry (the one that proxy added; earlier entries are the client's word).
 */
public final class ClientAddresses {
    private final boolean trustProxyHeaders;

    public ClientAddresses(boolean trustProxyHeaders) {
        this.trustProxyHeaders = trustProxyHeaders;
    }

    public ClientAddress of(Context ctx) {
        if (trustProxyHeaders) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null) {
                String[] hops = forwarded.split(",");
                for (int i = hops.length - 1; i >= 0; i--) {
                    if (!hops[i].isBlank()) {
                        return new ClientAddress(hops[i].strip());
                    }
                }
            }
        }
        return new ClientAddress(ctx.req().getRemoteAddr());
    }
}
