package jp.kenpo.kennin.application.login;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.kenpo.kennin.application.Lenient;
import jp.kenpo.kennin.application.OnboardingSettings;
import jp.kenpo.kennin.application.account.LoadAccountPort;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.TermsPort;
import jp.kenpo.kennin.application.security.FailureCounterPort;
import jp.kenpo.kennin.application.security.LoginFailureKeys;
import jp.kenpo.kennin.application.security.PasswordHasher;
import jp.kenpo.kennin.application.security.SecretDigest;
import jp.kenpo.kennin.application.security.Throttling;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.text.JapaneseText;
import jp.kenpo.kennin.domain.throttle.ThrottleDecision;

public final class LogInService implements LogInUseCase {
    private final LoadAccountPort accounts;
    private final LoadInsurerPort insurers;
    private final TermsPort terms;
    private final PasswordHasher passwordHasher;
    private final SecretDigest digest;
    private final Throttling throttling;
    private final AuditTrail audit;
    private final Clock clock;
    private final OnboardingSettings settings;

    public LogInService(LoadAccountPort accounts, LoadInsurerPort insurers, TermsPort terms, PasswordHasher passwordHasher,
                        SecretDigest digest, FailureCounterPort failures, RecordAuditPort audit, Clock clock,
                        OnboardingSettings settings) {
        this.accounts = accounts;
        this.insurers = insurers;
        this.terms = terms;
        this.passwordHasher = passwordHasher;
        this.digest = digest;
        this.throttling = new Throttling(failures);
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Failures on an ID no account has, under a keyed digest of what was typed (normalised as a
     * lookup would be), so the counter never holds typed text: often a password in the wrong field.
     */
    private String unknownIdFailureKey(String typed) {
        String normalised = typed == null ? "" : JapaneseText.nfkc(typed).toLowerCase(Locale.ROOT);
        return "login:unknown:" + digest.digest("login-user-id:" + normalised);
    }

    @Override
    public LogInResult logIn(LogInCommand command) {
        Instant now = clock.instant();
        String addressKey = "login:addr:" + command.client().value();
        Optional<Account> found = Lenient.read(() -> UserId.of(command.userId())).flatMap(accounts::findByUserId);
        List<Throttling.Limit> limits = new ArrayList<>(List.of(new Throttling.Limit(addressKey, settings.loginPerAddress())));
        // An unknown ID is throttled like an account, or the lock-out message would tell which IDs exist.
        String idKey = found.map(a -> LoginFailureKeys.account(a.id())).orElseGet(() -> unknownIdFailureKey(command.userId()));
        limits.add(new Throttling.Limit(idKey, settings.loginPerAccount()));

        ThrottleDecision decision = throttling.decide(now, limits);
        Optional<Instant> retryAt = Throttling.waitUntil(decision);
        if (retryAt.isPresent()) {
            auditAttempt(AuditAction.LOGIN_THROTTLED, found, command, "");
            return new LogInResult.Throttled(retryAt.get(), decision instanceof ThrottleDecision.Locked);
        }
        if (found.isEmpty()) {
            // Same work and same answer as a wrong password, so timing and text do not tell which IDs exist.
            passwordHasher.verifyAgainstDummy(command.password());
            throttling.recordFailure(now, List.of(addressKey, idKey));
            auditAttempt(AuditAction.LOGIN_FAILED, found, command, "unknown user id");
            return new LogInResult.BadCredentials();
        }
        Account account = found.get();
        if (!passwordHasher.verify(command.password(), account.passwordHash())) {
            throttling.recordFailure(now, limits.stream().map(Throttling.Limit::key).toList());
            auditAttempt(AuditAction.LOGIN_FAILED, found, command, "wrong password");
            return new LogInResult.BadCredentials();
        }
        throttling.reset(LoginFailureKeys.account(account.id()));
        if (insurers.loadInsurer(account.insurer()).filter(account::isCurrentFor).isEmpty()) {
            audit.account(AuditAction.LOGIN_REFUSED_EXPIRED_REGISTRATION, account, command.client(),
                    "fiscalYear=" + account.fiscalYear());
            return new LogInResult.RegistrationExpired();
        }
        audit.account(AuditAction.LOGIN_SUCCEEDED, account, command.client(), "");
        return new LogInResult.LoggedIn(account.id(), account.mustAccept(terms.currentTerms(account.insurer())), account.language());
    }

    private void auditAttempt(AuditAction action, Optional<Account> account, LogInCommand command, String detail) {
        account.ifPresentOrElse(a -> audit.account(action, a, command.client(), detail),
                () -> audit.anonymous(action, "", command.client(), detail));
    }
}
