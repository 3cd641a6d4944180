package jp.kenpo.kennin.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.mail.BestEffortMail;
import jp.kenpo.kennin.application.mail.InsurerMails;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.security.FailureCounterPort;
import jp.kenpo.kennin.application.security.LoginFailureKeys;
import jp.kenpo.kennin.application.security.PasswordHasher;
import jp.kenpo.kennin.application.security.SecretDigest;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.application.verification.PendingVerificationPort;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.credential.CredentialViolation;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.verification.CodeCheck;
import jp.kenpo.kennin.domain.verification.PendingVerification;
import jp.kenpo.kennin.domain.verification.VerificationPurpose;

public final class ResetPasswordService implements ResetPasswordUseCase {
    private final LoadAccountPort accounts;
    private final LoadMemberPort members;
    private final LoadInsurerPort insurers;
    private final PendingVerificationPort pendingPort;
    private final SaveAccountPort saveAccounts;
    private final PasswordHasher passwordHasher;
    private final SecretDigest digest;
    private final FailureCounterPort failures;
    private final SendMailPort mail;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public ResetPasswordService(LoadAccountPort accounts, LoadMemberPort members, LoadInsurerPort insurers,
                                PendingVerificationPort pending, SaveAccountPort saveAccounts, PasswordHasher passwordHasher,
                                SecretDigest digest, FailureCounterPort failures, SendMailPort mail, Transactions transactions,
                                RecordAuditPort audit, Clock clock) {
        this.accounts = accounts;
        this.members = members;
        this.insurers = insurers;
        this.pendingPort = pending;
        this.saveAccounts = saveAccounts;
        this.passwordHasher = passwordHasher;
        this.digest = digest;
        this.failures = failures;
        this.mail = mail;
        this.transactions = transactions;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    private record ResetLink(PendingVerification pending, AccountOwner owner) {
    }

    @Override
    public Optional<CredentialPolicy> checkResetLink(String token) {
        return usableLink(token, clock.instant()).map(link -> link.owner().insurer().credentialPolicy());
    }

    @Override
    public ResetPasswordResult resetPassword(ResetPasswordCommand command) {
        Optional<ResetLink> link = usableLink(command.token(), clock.instant());
        if (link.isEmpty()) {
            return new ResetPasswordResult.LinkInvalid();
        }
        AccountOwner owner = link.get().owner();
        List<CredentialViolation> violations = owner.insurer().credentialPolicy().checkPassword(owner.account().userId().value(),
                command.password(), command.passwordConfirmation(), owner.member().birthDate());
        if (!violations.isEmpty()) {
            return new ResetPasswordResult.Rejected(violations);
        }

        String hash = passwordHasher.hash(command.password());
        PendingVerification pending = link.get().pending();
        // The link is used up by the delete whose row count says it was still there, before the
        // password is written: a second tab (or whoever else holds the link) that checked it at the
        // same moment finds it gone and changes nothing.
        boolean changed = transactions.inTransaction(() -> {
            if (!pendingPort.deletePending(pending.purpose(), pending.subject())) {
                return false;
            }
            saveAccounts.changePassword(owner.account().id(), hash);
            return true;
        });
        if (!changed) {
            return new ResetPasswordResult.LinkInvalid();
        }
        // Whoever locked the account out with wrong guesses, its owner has just proved who they are.
        failures.reset(LoginFailureKeys.account(owner.account().id()));
        boolean notified = BestEffortMail.send(mail, InsurerMails.toMember(owner.insurer(), owner.member(),
                MailTemplate.PASSWORD_CHANGED_NOTICE, InsurerMails.contactMail(owner.insurer())).in(owner.account().mailLanguage()));
        audit.account(AuditAction.PASSWORD_CHANGED, owner.account(), command.client(),
                notified ? "by reset link" : "by reset link; notice not sent");
        return new ResetPasswordResult.PasswordChanged(owner.account().id());
    }

    /** The link's pending reset and the current account it is for; empty for an unknown, used or expired link. */
    private Optional<ResetLink> usableLink(String token, Instant now) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        // Finding the pending reset by the token's digest is the match; the check adds expiry and single use.
        // During a key rotation a link mailed before it is stored under the previous key's digest.
        return digest.lookupDigests(token).stream()
                .map(candidate -> pendingPort.loadPending(VerificationPurpose.PASSWORD_RESET, candidate))
                .flatMap(Optional::stream).findFirst()
                .filter(p -> p.challenge().check(true, now).check() instanceof CodeCheck.Accepted)
                .flatMap(p -> accounts.findByUserId(new UserId(p.userId().orElseThrow()))
                        .flatMap(a -> AccountOwner.of(a, members, insurers))
                        .filter(AccountOwner::isCurrent)
                        .map(owner -> new ResetLink(p, owner)));
    }
}
