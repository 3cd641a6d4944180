package jp.kenpo.kennin.application.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.security.PasswordHasher;
import jp.kenpo.kennin.application.security.SecretDigest;
import jp.kenpo.kennin.application.security.SecretSealer;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.CredentialViolation;
import jp.kenpo.kennin.domain.staff.RecoveryCode;
import jp.kenpo.kennin.domain.staff.StaffMember;

public final class CompleteStaffEnrolmentService implements CompleteStaffEnrolmentUseCase {
    private final StaffPort staff;
    private final StaffEnrolmentLinks links;
    private final OneTimePasswords otp;
    private final StoredTotpSecrets secrets;
    private final PasswordHasher passwordHasher;
    private final SecretDigest digest;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public CompleteStaffEnrolmentService(StaffPort staff, StaffEnrolmentLinks links, OneTimePasswords otp, SecretSealer sealer,
                                         PasswordHasher passwordHasher, SecretDigest digest, Transactions transactions,
                                         RecordAuditPort audit, Clock clock) {
        this.staff = staff;
        this.links = links;
        this.otp = otp;
        this.secrets = new StoredTotpSecrets(sealer);
        this.passwordHasher = passwordHasher;
        this.digest = digest;
        this.transactions = transactions;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public CompleteStaffEnrolmentResult completeEnrolment(CompleteStaffEnrolmentCommand command) {
        Instant now = clock.instant();
        Optional<ShowStaffEnrolmentService.Usable> usable = ShowStaffEnrolmentService.usable(staff, links, command.token(), now);
        // Without a secret the page was never shown, so no authenticator can hold it; one that does not
        // open (another installation key) cannot be what the authenticator holds either.
        Optional<String> stored = usable.flatMap(u -> u.enrolment().totpSecret());
        Optional<String> opened = stored.flatMap(secrets::open).map(StoredTotpSecrets.Opened::secret);
        if (opened.isEmpty()) {
            return new CompleteStaffEnrolmentResult.LinkInvalid();
        }
        StaffMember member = usable.get().member();
        String secret = opened.get();
        String tokenDigest = links.tokenDigest(command.token());
        String password = command.password() == null ? "" : command.password();
        if (!password.equals(command.passwordAgain() == null ? "" : command.passwordAgain())) {
            return new CompleteStaffEnrolmentResult.PasswordsDiffer();
        }
        List<CredentialViolation> violations = StaffPasswords.check(member.login(), password);
        if (!violations.isEmpty()) {
            return new CompleteStaffEnrolmentResult.PasswordRejected(violations);
        }
        // Counted before the code is checked, so parallel guesses share the same ten.
        if (!staff.takeCodeAttempt(tokenDigest, now, StaffEnrolmentLinks.MAX_CODE_ATTEMPTS)) {
            return new CompleteStaffEnrolmentResult.LinkInvalid();
        }
        OptionalLong step = otp.verify(secret, command.totpCode(), now);
        if (step.isEmpty()) {
            if (usable.get().enrolment().codeAttempts() + 1 >= StaffEnrolmentLinks.MAX_CODE_ATTEMPTS) {
                audit.staff(AuditAction.STAFF_ENROLMENT_CODES_USED_UP, StaffScope.principal(member), command.client(),
                        "wrong codes=" + StaffEnrolmentLinks.MAX_CODE_ATTEMPTS);
                return new CompleteStaffEnrolmentResult.LinkInvalid();
            }
            return new CompleteStaffEnrolmentResult.WrongCode();
        }
        String hash = passwordHasher.hash(password);
        List<String> codes = new ArrayList<>();
        while (codes.size() < RecoveryCode.COUNT) {
            String code = otp.newRecoveryCode();
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        List<String> digests = codes.stream().map(c -> recoveryDigest(digest, member, RecoveryCode.normalise(c).orElseThrow()))
                .toList();
        String sealed = secrets.seal(secret);
        boolean enrolled = transactions.inTransaction(() -> staff.completeEnrolment(tokenDigest, now, member.id(), hash, sealed,
                step.getAsLong(), digests));
        if (!enrolled) {
            return new CompleteStaffEnrolmentResult.LinkInvalid();
        }
        audit.staff(AuditAction.STAFF_ENROLLED, StaffScope.principal(member), command.client(), "");
        return new CompleteStaffEnrolmentResult.Enrolled(codes);
    }

    /** Recovery codes are stored as keyed digests bound to their owner: a code is nobody else's. */
    static String recoveryDigest(SecretDigest digest, StaffMember member, String normalisedCode) {
        return digest.digest("staff-recovery:" + member.id().value() + ":" + normalisedCode);
    }

    /** Every digest the code may be stored under: recovery codes made before a key rotation keep the previous key's. */
    static java.util.List<String> recoveryDigests(SecretDigest digest, StaffMember member, String normalisedCode) {
        return digest.lookupDigests("staff-recovery:" + member.id().value() + ":" + normalisedCode);
    }
}
