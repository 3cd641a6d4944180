package jp.kenpo.kennin.adapters.web.support;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Form;
import jp.kenpo.kennin.adapters.web.kit.Messages;
import jp.kenpo.kennin.adapters.web.kit.session.ServerSessions;
import jp.kenpo.kennin.adapters.web.kit.session.ServerSessions.Live;
import jp.kenpo.kennin.adapters.web.kit.session.ServerSessions.Resumed;
import jp.kenpo.kennin.application.session.SessionData;
import jp.kenpo.kennin.application.session.SessionToken;
import jp.kenpo.kennin.domain.account.AccountId;

/**
 * The member's server-side session, read through one request. The row in the shared store is read
 * once (when first asked) and written only when something changes; it holds a few strings (ids,
 * flags, masked addresses, the CSRF token, a flash message), never passwords or codes. A visitor
 * who never needs anything kept gets no session at all.
 */
public final class WebSession {
    private static final String MUST_ACCEPT_TERMS = "mustAcceptTerms";
    private static final String CSRF = "csrf";
    private static final String FLASH = "flash";
    private static final String CARRIED_FORM = "form";
    /** Room left for a carried form beside the session's own few hundred characters (CSRF token, flash, account). */
    private static final int CARRIED_FORM_LIMIT = SessionData.MAX_ENCODED_LENGTH - 1000;
    private static final String STATE = "kennin.webSession";

    /** What this request knows of its session. */
    private static final class State {
        Resumed resumed;
        Live live;
    }

    private final Context ctx;
    private final MemberSessions sessions;
    private final State state;

    private WebSession(Context ctx, MemberSessions sessions, State state) {
        this.ctx = ctx;
        this.sessions = sessions;
        this.state = state;
    }

    public static WebSession of(Context ctx) {
        MemberSessions sessions = ctx.attribute(MemberSessions.ATTRIBUTE);
        if (sessions == null) {
            throw new IllegalStateException("MemberSessions.attach did not run for " + ctx.path());
        }
        State state = ctx.attribute(STATE);
        if (state == null) {
            state = new State();
            ctx.attribute(STATE, state);
            Optional<SessionToken> token = sessions.cookie().token(ctx);
            state.resumed = token.isPresent() ? sessions.sessions().resume(token.get()) : new ServerSessions.Unknown();
            state.live = state.resumed instanceof Live live ? live : null;
        }
        return new WebSession(ctx, sessions, state);
    }

    /** The logged-in account; empty for a visitor, and for a session that has ended (here or on another node). */
    public Optional<AccountId> account() {
        if (state.live == null || state.live.session().owner().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AccountId(state.live.session().owner().getAsLong()));
    }

    /**
     * A new privilege level: a new token (so one planted before login is worthless) with a new CSRF
     * token, owned by the account; the session the browser had is deleted. Expired sessions of
     * anybody are swept here, a bounded number at a time.
     */
    public void logIn(AccountId account, boolean mustAcceptTerms) {
        sessions.sessions().sweep(MemberSessions.SWEEP_LIMIT);
        SessionData carried = state.live == null ? SessionData.empty() : state.live.data();
        startOver(OptionalLong.of(account.value()), carried.with(MUST_ACCEPT_TERMS, Boolean.toString(mustAcceptTerms)));
    }

    public boolean mustAcceptTerms() {
        return get(MUST_ACCEPT_TERMS).map(Boolean::parseBoolean).orElse(false);
    }

    public void setMustAcceptTerms(boolean must) {
        put(MUST_ACCEPT_TERMS, Boolean.toString(must));
    }

    /** Gives the session a new token and a new CSRF token, keeping its owner and data. */
    public void rotate() {
        OptionalLong owner = state.live == null ? OptionalLong.empty() : state.live.session().owner();
        startOver(owner, state.live == null ? SessionData.empty() : state.live.data());
    }

    private void startOver(OptionalLong owner, SessionData data) {
        Live old = state.live;
        state.live = sessions.sessions().start(owner, data.with(CSRF, newToken()));
        if (old != null) {
            sessions.sessions().end(old.session());
        }
        sessions.cookie().set(ctx, state.live.token());
    }

    /** Ends the session everywhere; a later write in this request starts a fresh one with a new token. */
    public void invalidate() {
        if (state.live != null) {
            sessions.sessions().end(state.live.session());
            state.live = null;
        }
        if (sessions.cookie().brought(ctx)) {
            sessions.cookie().clear(ctx);
        }
    }

    /** Whether the request brought a session cookie that named a session, live or expired (not a stranger's guess). */
    public boolean namedASession() {
        return !(state.resumed instanceof ServerSessions.Unknown);
    }

    /** Whether the request's session had reached its absolute lifetime (rather than idled out or never existed). */
    public boolean endedByAge() {
        return state.resumed instanceof ServerSessions.Expired expired && expired.tooOld() && expired.session().owner().isPresent();
    }

    /** The session's CSRF token, creating session and token on first use. */
    public String csrfToken() {
        Optional<String> existing = get(CSRF);
        if (existing.isPresent()) {
            return existing.get();
        }
        String token = newToken();
        put(CSRF, token);
        return get(CSRF).orElse(token);
    }

    /** The token without creating anything (a POST without a session has none). */
    public Optional<String> existingCsrfToken() {
        return get(CSRF);
    }

    public void flash(Flash flash) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", flash.kind().name());
        fields.put("key", flash.key());
        for (int i = 0; i < flash.args().size(); i++) {
            fields.put("a" + i, flash.args().get(i));
        }
        put(FLASH, SessionData.encodeForm(fields));
    }

    public Optional<Flash> takeFlash() {
        Optional<String> encoded = get(FLASH);
        if (encoded.isEmpty()) {
            return Optional.empty();
        }
        // Removed only if still the same message: one a parallel request has just set is kept for its page.
        change(data -> data.get(FLASH).equals(encoded) ? data.without(FLASH) : data, false);
        Map<String, String> fields = SessionData.decodeForm(encoded.get());
        try {
            List<String> args = new ArrayList<>();
            for (int i = 0; fields.containsKey("a" + i); i++) {
                args.add(fields.get("a" + i));
            }
            return Optional.of(new Flash(Flash.Kind.valueOf(fields.get("kind")), fields.get("key"), args));
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /**
     * Keeps a refused form for the page the redirect leads to, so a reload of that page never
     * posts again and the member still sees what they typed with the errors. {@code id} names the
     * form (and the record it was for); one carried form at a time.
     */
    public void carryForm(String id, Form form) {
        Map<String, String> fields = new LinkedHashMap<>(form.carried());
        fields.put("@id", id);
        // The session holds a few thousand characters: a long text typed in Japanese (or a hostile post) would not fit.
        // The longest values are given up first, so the errors always come back, if not every word typed.
        String encoded = SessionData.encodeForm(fields);
        while (encoded.length() > CARRIED_FORM_LIMIT) {
            String longest = fields.entrySet().stream().filter(e -> e.getKey().startsWith("v.") || e.getKey().startsWith("e")
                            || e.getKey().startsWith("g"))
                    .max(java.util.Comparator.comparingInt(e -> e.getValue().length())).map(Map.Entry::getKey).orElse(null);
            if (longest == null) {
                return;
            }
            if (longest.startsWith("v.")) {
                fields.put(longest, "");
            } else {
                fields.remove(longest);
            }
            encoded = SessionData.encodeForm(fields);
        }
        put(CARRIED_FORM, encoded);
    }

    /** The form {@link #carryForm} kept for {@code id}, once; empty if there is none for it. */
    public Optional<Form> takeForm(String id, Messages messages) {
        Optional<String> encoded = get(CARRIED_FORM);
        if (encoded.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>(SessionData.decodeForm(encoded.get()));
        if (!id.equals(fields.remove("@id"))) {
            return Optional.empty();
        }
        change(data -> data.get(CARRIED_FORM).equals(encoded) ? data.without(CARRIED_FORM) : data, false);
        return Optional.of(Form.fromCarried(messages, fields));
    }

    public Optional<String> get(String key) {
        return state.live == null ? Optional.empty() : state.live.data().get(key);
    }

    /** Keeps a value, starting a session (and its cookie) if the browser has none. */
    public void put(String key, String value) {
        change(data -> data.with(key, value), true);
    }

    public void remove(String key) {
        change(data -> data.without(key), false);
    }

    private void change(UnaryOperator<SessionData> change, boolean startIfNone) {
        if (state.live != null) {
            Optional<Live> changed = sessions.sessions().change(state.live, change);
            state.live = changed.orElse(null);
            if (changed.isPresent() || !startIfNone) {
                return;
            }
            // Ended meanwhile (signed out in another tab): what is kept now goes into a new visitor's session.
        }
        if (startIfNone) {
            SessionData data = change.apply(SessionData.empty());
            state.live = sessions.sessions().start(OptionalLong.empty(), data.with(CSRF, newToken()));
            sessions.cookie().set(ctx, state.live.token());
        }
    }

    /** A fresh random token (256 bits, base64url): CSRF tokens. */
    static String newToken() {
        return SessionToken.issue().value();
    }
}
