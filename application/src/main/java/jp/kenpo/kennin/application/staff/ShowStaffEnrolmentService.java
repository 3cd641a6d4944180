package jp.kenpo.kennin.application.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.application.security.SecretSealer;
import jp.kenpo.kennin.domain.staff.StaffMember;
import jp.kenpo.kennin.domain.staff.StaffState;

public final class ShowStaffEnrolmentService implements ShowStaffEnrolmentUseCase {
    /** The issuer authenticator apps show above the code. */
    public static final String ISSUER = "kenpo-kennin";

    private final StaffPort staff;
    private final StaffEnrolmentLinks links;
    private final OneTimePasswords otp;
    private final StoredTotpSecrets secrets;
    private final Clock clock;

    public ShowStaffEnrolmentService(StaffPort staff, StaffEnrolmentLinks links, OneTimePasswords otp, SecretSealer sealer,
                                     Clock clock) {
        this.staff = staff;
        this.links = links;
        this.otp = otp;
        this.secrets = new StoredTotpSecrets(sealer);
        this.clock = clock;
    }

    @Override
    public ShowStaffEnrolmentResult showEnrolment(String token) {
        Optional<Usable> usable = usable(staff, links, token, clock.instant());
        if (usable.isEmpty()) {
            return new ShowStaffEnrolmentResult.LinkInvalid();
        }
        String digest = links.tokenDigest(token);
        // Made on the first visit and kept with the link (sealed): a reload shows the same secret and QR code.
        Optional<String> secret = usable.get().enrolment().totpSecret()
                .or(() -> staff.keepTotpSecret(digest, secrets.seal(otp.newSecret())))
                .flatMap(secrets::open).map(StoredTotpSecrets.Opened::secret);
        if (secret.isEmpty()) {
            return new ShowStaffEnrolmentResult.LinkInvalid();
        }
        StaffMember member = usable.get().member();
        return new ShowStaffEnrolmentResult.Enrolment(member.login(), member.displayName(), secret.get(),
                otp.otpauthUri(secret.get(), ISSUER, member.login().value()), StaffPasswords.POLICY);
    }

    record Usable(StaffPort.PendingEnrolment enrolment, StaffMember member) {
    }

    /**
     * The link's enrolment and account, when the link is known, unused, unexpired, not used up by
     * wrong codes and its account enrolling.
     */
    static Optional<Usable> usable(StaffPort staff, StaffEnrolmentLinks links, String token, Instant now) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return staff.findEnrolment(links.tokenDigest(token))
                .filter(e -> now.isBefore(e.expiresAt()))
                .filter(e -> e.codeAttempts() < StaffEnrolmentLinks.MAX_CODE_ATTEMPTS)
                .flatMap(e -> staff.findStaff(e.staff())
                        .filter(m -> m.state() == StaffState.ENROLLING)
                        .map(m -> new Usable(e, m)));
    }
}
