package jp.kenpo.kennin.adapters.web.support;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.kenpo.kennin.domain.account.AccountId;

/**
 * Which logged-in sessions still count. Each account has a generation; a session remembers the
 * generation and the time of its login, and the guard checks both on every request behind the
 * login. Ending every session of an account (after a password reset) is one increment, whatever
 * browsers hold them and without finding them in Jetty's store; a session also ends a fixed time
 * after its login, however busy (the idle timeout alone lets a stolen cookie live for ever).
 *
 * <p>Generations live in memory, like the sessions they judge: after a restart both are gone. When
 * sessions move to the database, the generation becomes a column of the account, and this check
 * stays as it is.
 */
public final class AccountSessions {
    private static final String GENERATION = "kennin.generation";
    private static final String LOGGED_IN_AT = "kennin.loggedInAt";

    private final Map<Long, Long> generations = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration lifetime;

    public AccountSessions(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Logs this browser in (a new session id) and stamps the session with the account's generation and the time. */
    public void logIn(Context ctx, AccountId account, boolean mustAcceptTerms) {
        WebSession session = WebSession.of(ctx);
        session.logIn(account, mustAcceptTerms);
        session.put(GENERATION, generation(account));
        session.put(LOGGED_IN_AT, clock.millis());
    }

    /** Every session of the account, in every browser, ends at its next request. */
    public void endAll(AccountId account) {
        generations.merge(account.value(), 1L, Long::sum);
    }

    /**
     * Whether the request's login still counts; a session that no longer does is invalidated here,
     * so it cannot be used again even on a page without a login.
     */
    public boolean stillValid(Context ctx) {
        WebSession session = WebSession.of(ctx);
        var account = session.account();
        if (account.isEmpty()) {
            return false;
        }
        long generation = session.<Long>get(GENERATION).orElse(-1L);
        long loggedInAt = session.<Long>get(LOGGED_IN_AT).orElse(Long.MIN_VALUE);
        boolean valid = generation == generation(account.get())
                && clock.millis() - loggedInAt < lifetime.toMillis() && loggedInAt <= clock.millis();
        if (!valid) {
            session.invalidate();
        }
        return valid;
    }

    private long generation(AccountId account) {
        return generations.getOrDefault(account.value(), 0L);
    }
}
