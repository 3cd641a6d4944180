package jp.kenpo.kennin.adapters.web.staff;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.session.ServerSessions.Live;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.session.SessionData;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;

/**
 * One signed-in staff member's session during one request: what the shared store holds (who, the
 * CSRF token, the account's credential generation at sign-in, the address last seen, a flash
 * message), read at the start of the request. A flash set here is written to the store at once.
 */
public final class StaffSession {
    static final String LOGIN = "login";
    static final String ROLE = "role";
    static final String INSURER = "insurer";
    static final String OFFICE = "office";
    static final String CSRF = "csrf";
    static final String GENERATION = "generation";
    static final String CLIENT = "client";
    static final String FLASH = "flash";

    private final StaffSessions sessions;
    private final SignedInStaff staff;
    private volatile Live live;

    StaffSession(StaffSessions sessions, SignedInStaff staff, Live live) {
        this.sessions = sessions;
        this.staff = staff;
        this.live = live;
    }

    /** What a new session keeps. */
    static SessionData dataOf(SignedInStaff staff, String csrfToken, long generation, ClientAddress client) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(LOGIN, staff.login().value());
        values.put(ROLE, staff.role().name());
        staff.insurer().ifPresent(i -> values.put(INSURER, i.value()));
        staff.office().ifPresent(o -> values.put(OFFICE, o));
        values.put(CSRF, csrfToken);
        values.put(GENERATION, Long.toString(generation));
        values.put(CLIENT, client.value());
        return SessionData.of(values);
    }

    /** The staff member a stored session names; empty for a row that is not a complete staff session. */
    static Optional<SignedInStaff> staffOf(Live live) {
        OptionalLong owner = live.session().owner();
        SessionData data = live.data();
        try {
            return Optional.of(new SignedInStaff(new StaffId(owner.orElseThrow()), new LoginName(data.get(LOGIN).orElseThrow()),
                    StaffRole.valueOf(data.get(ROLE).orElseThrow()), data.get(INSURER).map(InsurerCode::new),
                    data.get(OFFICE)));
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
    }

    public SignedInStaff staff() {
        return staff;
    }

    public String csrfToken() {
        return live.data().get(CSRF).orElseThrow();
    }

    Instant startedAt() {
        return live.session().createdAt();
    }

    long generation() {
        return live.data().get(GENERATION).map(Long::parseLong).orElse(-1L);
    }

    ClientAddress client() {
        return new ClientAddress(live.data().get(CLIENT).orElse("unknown"));
    }

    Live live() {
        return live;
    }

    void changed(Live now) {
        this.live = now;
    }

    /** A one-time message for the next page (after a redirect). */
    public void flash(Flash message) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", message.kind().name());
        fields.put("key", message.key());
        for (int i = 0; i < message.args().size(); i++) {
            fields.put("a" + i, message.args().get(i));
        }
        sessions.change(this, data -> data.with(FLASH, SessionData.encodeForm(fields)));
    }

    Optional<Flash> takeFlash() {
        Optional<String> encoded = live.data().get(FLASH);
        if (encoded.isEmpty()) {
            return Optional.empty();
        }
        sessions.change(this, data -> data.get(FLASH).equals(encoded) ? data.without(FLASH) : data);
        Map<String, String> fields = SessionData.decodeForm(encoded.get());
        try {
            java.util.ArrayList<String> args = new java.util.ArrayList<>();
            for (int i = 0; fields.containsKey("a" + i); i++) {
                args.add(fields.get("a" + i));
            }
            return Optional.of(new Flash(Flash.Kind.valueOf(fields.get("kind")), fields.get("key"), List.copyOf(args)));
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
    }
}
