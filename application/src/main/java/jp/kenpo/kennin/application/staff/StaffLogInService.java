package jp.kenpo.kennin.application.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import jp.kenpo.kennin.application.Lenient;
import jp.kenpo.kennin.application.OnboardingSettings;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.security.FailureCounterPort;
import jp.kenpo.kennin.application.security.PasswordHasher;
import jp.kenpo.kennin.application.security.SecretDigest;
import jp.kenpo.kennin.application.security.SecretSealer;
import jp.kenpo.kennin.application.security.Throttling;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.RecoveryCode;
import jp.kenpo.kennin.domain.staff.StaffMember;
import jp.kenpo.kennin.domain.staff.TotpReplay;
import jp.kenpo.kennin.domain.text.JapaneseText;

public final class StaffLogInService implements StaffLogInUseCase {
    private static final java.util.regex.Pattern SIX_DIGITS = java.util.regex.Pattern.compile("[0-9]{6}");
    /** Longer than any password the staff policy allows (128 characters, each possibly two chars): never right. */
    private static final int MAX_PASSWORD_CHARS = 256;
    /** Longer than a recovery code however it is spaced: never right, and not normalised. */
    private static final int MAX_CODE_CHARS = 64;

    private final StaffPort staff;
    private final OneTimePasswords otp;
    private final StoredTotpSecrets secrets;
    private final PasswordHasher passwordHasher;
    private final SecretDigest digest;
    private final Throttling throttling;
    private final AuditTrail audit;
    private final Clock clock;
    private final OnboardingSettings settings;

    public StaffLogInService(StaffPort staff, OneTimePasswords otp, SecretSealer sealer, PasswordHasher passwordHasher,
                             SecretDigest digest, FailureCounterPort failures, RecordAuditPort audit, Clock clock,
                             OnboardingSettings settings) {
        this.staff = staff;
        this.otp = otp;
        this.secrets = new StoredTotpSecrets(sealer);
        this.passwordHasher = passwordHasher;
        this.digest = digest;
        this.throttling = new Throttling(failures);
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Failures are counted under a keyed digest of the login name as a lookup normalises it, the
     * same for existing and unknown names, so the counter never holds typed text (often a password
     * in the wrong field) and the lock-out does not tell which names exist.
     */
    String loginFailureKey(String typed) {
        String normalised = typed == null ? "" : JapaneseText.nfkc(typed).strip().toLowerCase(Locale.ROOT);
        return "staff-login:name:" + digest.digest("staff-login:" + normalised);
    }

    @Override
    public StaffLogInResult logIn(StaffLogInCommand command) {
        Instant now = clock.instant();
        String addressKey = "staff-login:addr:" + command.client().value();
        String nameKey = loginFailureKey(command.login());
        List<Throttling.Limit> limits = List.of(new Throttling.Limit(addressKey, settings.loginPerAddress()),
                new Throttling.Limit(nameKey, settings.loginPerAccount()));
        Optional<StaffAccount> found = Lenient.read(() -> LoginName.parse(command.login())).flatMap(staff::findByLogin);

        if (Throttling.waitUntil(throttling.decide(now, limits)).isPresent()) {
            auditAttempt(AuditAction.STAFF_SIGN_IN_THROTTLED, found, command, "");
            return new StaffLogInResult.Throttled();
        }
        String password = command.password() == null ? "" : command.password();
        if (password.length() > MAX_PASSWORD_CHARS) {
            // Hashing a megabyte would be the attacker's lever; the work stays that of one ordinary attempt.
            passwordHasher.verifyAgainstDummy(password.substring(0, MAX_PASSWORD_CHARS));
            return refuse(now, limits, found, command, "password too long");
        }
        if (found.isEmpty() || found.get().passwordHash().isEmpty()) {
            // Same work and the same answer as a wrong password: neither time nor text tells which names exist.
            passwordHasher.verifyAgainstDummy(password);
            return refuse(now, limits, found, command, found.isEmpty() ? "unknown login" : "not enrolled");
        }
        StaffAccount account = found.get();
        if (!passwordHasher.verify(password, account.passwordHash().get())) {
            return refuse(now, limits, found, command, "wrong password");
        }
        StaffMember member = account.member();
        if (!member.canSignIn() || account.totpSecret().isEmpty()) {
            return refuse(now, limits, found, command, "account " + member.state());
        }
        Optional<StoredTotpSecrets.Opened> secret = secrets.open(account.totpSecret().get());
        if (secret.isEmpty()) {
            // Sealed under another installation key, or altered: no code can match, and the log says why.
            return refuse(now, limits, found, command, "authenticator secret unreadable");
        }
        String typedCode = command.oneTimeCode() == null || command.oneTimeCode().length() > MAX_CODE_CHARS ? ""
                : command.oneTimeCode();
        String code = JapaneseText.nfkc(typedCode).replaceAll("\\s", "");
        boolean recoveryUsed = false;
        if (SIX_DIGITS.matcher(code).matches()) {
            OptionalLong step = otp.verify(secret.get().secret(), code, now);
            if (step.isEmpty()) {
                return refuse(now, limits, found, command, "wrong one-time code");
            }
            // Checked here for a clear audit line, and again by the conditional update that stores the step.
            if (!TotpReplay.accepts(account.lastTotpStep(), step.getAsLong())
                    || !staff.useTotpStep(member.id(), step.getAsLong())) {
                return refuse(now, limits, found, command, "one-time code already used");
            }
        } else {
            Optional<String> recovery = RecoveryCode.normalise(code);
            if (recovery.isEmpty() || CompleteStaffEnrolmentService.recoveryDigests(digest, member, recovery.get()).stream()
                    .noneMatch(codeDigest -> staff.useRecoveryCode(member.id(), codeDigest))) {
                return refuse(now, limits, found, command, "wrong recovery code");
            }
            recoveryUsed = true;
        }
        throttling.reset(nameKey);
        if (secret.get().plain() || secret.get().previousKey()) {
            // Stored before sealing, or sealed under the key before a rotation: sealed (again) now that its owner has
            // shown they hold it (unless it changed meanwhile).
            staff.replaceTotpSecret(member.id(), account.totpSecret().get(), secrets.seal(secret.get().secret()));
        }
        staff.recordSignIn(member.id(), now);
        SignedInStaff signedIn = StaffScope.principal(member);
        int left = staff.countRecoveryCodes(member.id());
        if (recoveryUsed) {
            audit.staff(AuditAction.STAFF_RECOVERY_CODE_USED, signedIn, command.client(), "left=" + left);
        }
        audit.staff(AuditAction.STAFF_SIGNED_IN, signedIn, command.client(), recoveryUsed ? "with recovery code" : "");
        return new StaffLogInResult.SignedIn(signedIn, left);
    }

    private StaffLogInResult refuse(Instant now, List<Throttling.Limit> limits, Optional<StaffAccount> found,
                                    StaffLogInCommand command, String detail) {
        throttling.recordFailure(now, limits.stream().map(Throttling.Limit::key).toList());
        auditAttempt(AuditAction.STAFF_SIGN_IN_FAILED, found, command, detail);
        return new StaffLogInResult.Refused();
    }

    private void auditAttempt(AuditAction action, Optional<StaffAccount> account, StaffLogInCommand command, String detail) {
        account.ifPresentOrElse(a -> audit.staff(action, StaffScope.principal(a.member()), command.client(), detail),
                () -> audit.anonymous(action, "", command.client(), detail));
    }
}
