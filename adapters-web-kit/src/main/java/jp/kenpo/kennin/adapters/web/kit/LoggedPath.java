package jp.kenpo.kennin.adapters.web.kit;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.regex.Pattern;

/**
 * The path of a request as it may appear in a log line: the route template it matched
 * ({@code /admin/enrol/{token}}), never the typed path, since paths carry one-time link tokens and
 * ids. Before a route is matched (filters, refusals), every segment that could be a token or an id
 * (digits, or longer than 16 characters) is written as {@code *}.
 */
public final class LoggedPath {
    private static final Pattern SECRET_LIKE = Pattern.compile("[^/]{17,}|[^/]*[0-9][^/]*");

    private LoggedPath() {
    }

    public static String of(Context ctx) {
        try {
            Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
            if (matched != null) {
                return matched.path;
            }
        } catch (RuntimeException e) {
            // not matched (yet): fall through to the masked path
        }
        return masked(ctx.path());
    }

    static String masked(String path) {
        return java.util.Arrays.stream(path.split("/", -1))
                .map(segment -> SECRET_LIKE.matcher(segment).matches() ? "*" : segment)
                .collect(java.util.stream.Collectors.joining("/"));
    }
}
