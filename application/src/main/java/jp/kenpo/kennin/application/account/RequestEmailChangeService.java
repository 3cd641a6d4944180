package jp.kenpo.kennin.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.OnboardingSettings;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.security.FailureCounterPort;
import jp.kenpo.kennin.application.security.LoginFailureKeys;
import jp.kenpo.kennin.application.security.PasswordHasher;
import jp.kenpo.kennin.application.security.SecretDigest;
import jp.kenpo.kennin.application.security.Throttling;
import jp.kenpo.kennin.application.security.SecretGenerator;
import jp.kenpo.kennin.application.verification.CodeMailer;
import jp.kenpo.kennin.application.verification.PendingVerificationPort;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.verification.PendingVerification;
import jp.kenpo.kennin.domain.verification.VerificationPurpose;

public final class RequestEmailChangeService implements RequestEmailChangeUseCase {
    private final LoadAccountPort accounts;
    private final LoadMemberPort members;
    private final LoadInsurerPort insurers;
    private final PendingVerificationPort pendingPort;
    private final CodeMailer codes;
    private final PasswordHasher passwordHasher;
    private final Throttling throttling;
    private final OnboardingSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    public RequestEmailChangeService(LoadAccountPort accounts, LoadMemberPort members, LoadInsurerPort insurers,
                                     PendingVerificationPort pending, SecretGenerator secrets, SecretDigest digest,
                                     SendMailPort mail, PasswordHasher passwordHasher, FailureCounterPort failures,
                                     RecordAuditPort audit, Clock clock, OnboardingSettings settings) {
        this.accounts = accounts;
        this.members = members;
        this.insurers = insurers;
        this.pendingPort = pending;
        this.codes = new CodeMailer(pending, secrets, digest, mail, settings);
        this.passwordHasher = passwordHasher;
        this.throttling = new Throttling(failures);
        this.settings = settings;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    /** A pending address change is filed under the account that asked for it. */
    static String subject(AccountId account) {
        return Long.toString(account.value());
    }

    /** @throws java.util.NoSuchElementException when the account no longer exists (the session is stale) */
    @Override
    public RequestEmailChangeResult requestEmailChange(RequestEmailChangeCommand command) {
        AccountOwner owner = accounts.loadAccount(command.account())
                .flatMap(a -> AccountOwner.of(a, members, insurers)).orElseThrow();
        Instant checkedAt = clock.instant();
        // The same counter as the login's: guessing here brings the same lock as guessing there.
        String failureKey = LoginFailureKeys.account(owner.account().id());
        Optional<Instant> retryAt = Throttling.waitUntil(throttling.decide(checkedAt,
                List.of(new Throttling.Limit(failureKey, settings.loginPerAccount()))));
        if (retryAt.isPresent()) {
            return new RequestEmailChangeResult.Throttled(retryAt.get());
        }
        if (!passwordHasher.verify(command.currentPassword(), owner.account().passwordHash())) {
            throttling.recordFailure(checkedAt, List.of(failureKey));
            audit.account(AuditAction.LOGIN_FAILED, owner.account(), command.client(), "wrong password for an address change");
            return new RequestEmailChangeResult.WrongPassword();
        }
        EmailAddress newEmail;
        try {
            newEmail = EmailAddress.parse(command.newEmail());
        } catch (InvalidValueException e) {
            return new RequestEmailChangeResult.Invalid(e.code());
        }
        if (!confirms(newEmail, command.newEmailConfirmation())) {
            return new RequestEmailChangeResult.Invalid("email.confirmation.mismatch");
        }
        if (newEmail.key().equals(owner.member().email().key())) {
            return new RequestEmailChangeResult.Invalid("email.unchanged");
        }

        Instant now = clock.instant();
        String subject = subject(owner.account().id());
        long wait = pendingPort.loadPending(VerificationPurpose.EMAIL_CHANGE, subject)
                .map(p -> codes.secondsBeforeResend(p, now)).orElse(0L);
        if (wait > 0) {
            return new RequestEmailChangeResult.CoolingDown(wait);
        }
        boolean sent = codes.send(challenge -> new PendingVerification(VerificationPurpose.EMAIL_CHANGE, subject, challenge,
                        Optional.empty(), Optional.empty(), Optional.of(newEmail.value())),
                owner.insurer(), newEmail, Optional.of(owner.member().id()), MailTemplate.EMAIL_CHANGE_CODE, Map.of(),
                owner.account().mailLanguage(), now);
        if (!sent) {
            return new RequestEmailChangeResult.MailFailed();
        }
        audit.account(AuditAction.EMAIL_CHANGE_REQUESTED, owner.account(), command.client(), "to " + newEmail.masked());
        return new RequestEmailChangeResult.CodeSent(newEmail.masked());
    }

    private static boolean confirms(EmailAddress newEmail, String confirmation) {
        try {
            return EmailAddress.parse(confirmation).key().equals(newEmail.key());
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
