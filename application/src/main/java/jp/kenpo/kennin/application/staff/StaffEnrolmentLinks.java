package jp.kenpo.kennin.application.staff;

import java.util.List;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.kenpo.kennin.application.OnboardingSettings;
import jp.kenpo.kennin.application.security.SecretDigest;
import jp.kenpo.kennin.application.security.SecretGenerator;
import jp.kenpo.kennin.domain.staff.StaffId;

/**
 * One-time enrolment links: a random token of which only the keyed digest is stored, valid 24
 * hours, at {@code <baseUrl>/admin/enrol/<token>} (the mail that carries one is {@link StaffEnrolmentMail}).
 */
public final class StaffEnrolmentLinks {
    public static final Duration VALIDITY = Duration.ofHours(24);
    /** Authenticator codes checked against one link before it is used up: guessing 6 digits stays hopeless. */
    public static final int MAX_CODE_ATTEMPTS = 10;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.of("Asia/Tokyo"));

    private final StaffPort staff;
    private final SecretGenerator secrets;
    private final SecretDigest digest;
    private final OnboardingSettings settings;

    public StaffEnrolmentLinks(StaffPort staff, SecretGenerator secrets, SecretDigest digest, OnboardingSettings settings) {
        this.staff = staff;
        this.secrets = secrets;
        this.digest = digest;
        this.settings = settings;
    }

    /** A link as shown once; the token in it is nowhere else. */
    public record Link(String url, Instant expiresAt) {
        @Override
        public String toString() {
            return "Link[hidden, expiresAt=" + expiresAt + "]";
        }
    }

    /** A link made but not stored yet: it works once {@link #save} has stored its digest. */
    record Prepared(Link link, String tokenDigest) {
        @Override
        public String toString() {
            return "Prepared[" + link + "]";
        }
    }

    /** Makes a new link for the staff member, replacing any earlier one. */
    Link issue(StaffId id, Instant now) {
        Prepared prepared = prepare(now);
        save(id, prepared);
        return prepared.link();
    }

    /** A new link, not stored: one can mail it first and store it only once it went out. */
    Prepared prepare(Instant now) {
        String token = secrets.linkToken();
        return new Prepared(new Link(settings.baseUrl() + "/admin/enrol/" + token, now.plus(VALIDITY)), digest.digest(token));
    }

    /** Stores the link for the staff member, replacing any earlier one. */
    void save(StaffId id, Prepared prepared) {
        staff.saveEnrolment(id, prepared.tokenDigest(), prepared.link().expiresAt());
    }

    /**
     * The digest the link is stored under: the current key's, or during a key rotation the
     * previous key's for a link made before it (so the link keeps working until it expires).
     */
    String tokenDigest(String token) {
        List<String> candidates = digest.lookupDigests(token);
        if (candidates.size() == 1) {
            return candidates.get(0); // no rotation under way: no lookup needed to choose
        }
        return candidates.stream().filter(candidate -> staff.findEnrolment(candidate).isPresent()).findFirst()
                .orElse(candidates.get(0));
    }

    /** Expiry as staff read it: Tokyo time. */
    public static String shown(Instant at) {
        return SHOWN.format(at) + " (JST)";
    }
}
