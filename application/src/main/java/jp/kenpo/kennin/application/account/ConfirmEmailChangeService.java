package jp.kenpo.kennin.application.account;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.mail.BestEffortMail;
import jp.kenpo.kennin.application.mail.InsurerMails;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.member.UpdateMemberEmailPort;
import jp.kenpo.kennin.application.security.SecretDigest;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.application.verification.CodeChecker;
import jp.kenpo.kennin.application.verification.PendingVerificationPort;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.verification.CodeCheck;
import jp.kenpo.kennin.domain.verification.PendingVerification;
import jp.kenpo.kennin.domain.verification.VerificationCode;
import jp.kenpo.kennin.domain.verification.VerificationPurpose;

public final class ConfirmEmailChangeService implements ConfirmEmailChangeUseCase {
    private final LoadAccountPort accounts;
    private final LoadMemberPort members;
    private final LoadInsurerPort insurers;
    private final PendingVerificationPort pendingPort;
    private final UpdateMemberEmailPort updateEmail;
    private final CodeChecker codes;
    private final SendMailPort mail;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public ConfirmEmailChangeService(LoadAccountPort accounts, LoadMemberPort members, LoadInsurerPort insurers,
                                     PendingVerificationPort pending, UpdateMemberEmailPort updateEmail, SecretDigest digest,
                                     SendMailPort mail, Transactions transactions, RecordAuditPort audit, Clock clock) {
        this.accounts = accounts;
        this.members = members;
        this.insurers = insurers;
        this.pendingPort = pending;
        this.updateEmail = updateEmail;
        this.codes = new CodeChecker(pending, digest);
        this.mail = mail;
        this.transactions = transactions;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public ConfirmEmailChangeResult confirmEmailChange(ConfirmEmailChangeCommand command) {
        VerificationCode typed;
        try {
            typed = VerificationCode.parse(command.code());
        } catch (InvalidValueException e) {
            return new ConfirmEmailChangeResult.Malformed();
        }
        Optional<AccountOwner> owner = accounts.loadAccount(command.account())
                .flatMap(account -> AccountOwner.of(account, members, insurers));
        Optional<PendingVerification> pending = owner.flatMap(o -> pendingPort.loadPending(VerificationPurpose.EMAIL_CHANGE,
                RequestEmailChangeService.subject(o.account().id())));
        if (pending.isEmpty()) {
            return new ConfirmEmailChangeResult.NothingPending();
        }

        CodeCheck check = codes.check(pending.get(), typed, clock.instant());
        if (check instanceof CodeCheck.Wrong wrong) {
            audit.account(AuditAction.CODE_REJECTED, owner.get().account(), command.client(), "email change");
            return new ConfirmEmailChangeResult.WrongCode(wrong.remainingTries());
        }
        if (check instanceof CodeCheck.Exhausted) {
            audit.account(AuditAction.CODE_REJECTED, owner.get().account(), command.client(), "email change: tries exhausted");
            return new ConfirmEmailChangeResult.TooManyTries();
        }
        if (check instanceof CodeCheck.Expired) {
            audit.account(AuditAction.CODE_REJECTED, owner.get().account(), command.client(), "email change: expired");
            return new ConfirmEmailChangeResult.Expired();
        }
        if (check instanceof CodeCheck.AlreadyUsed) {
            return new ConfirmEmailChangeResult.NothingPending();
        }
        return change(owner.get(), pending.get(), command);
    }

    private ConfirmEmailChangeResult change(AccountOwner owner, PendingVerification pending, ConfirmEmailChangeCommand command) {
        EmailAddress newEmail = new EmailAddress(pending.newEmail().orElseThrow());
        transactions.inTransaction(() -> {
            updateEmail.changeEmailByMember(owner.member().id(), newEmail);
            pendingPort.deletePending(pending.purpose(), pending.subject());
        });
        // The old address hears of the change, so that a member whose session was misused notices.
        Map<String, String> params = new HashMap<>(InsurerMails.contactMail(owner.insurer()));
        params.put("newAddressMasked", newEmail.masked());
        boolean notified = BestEffortMail.send(mail,
                InsurerMails.toMember(owner.insurer(), owner.member(), MailTemplate.EMAIL_CHANGED_NOTICE, params)
                        .in(owner.account().mailLanguage()));
        audit.account(AuditAction.CODE_ACCEPTED, owner.account(), command.client(), "email change");
        audit.account(AuditAction.EMAIL_CHANGED, owner.account(), command.client(),
                "to " + newEmail.masked() + (notified ? "" : "; notice to old address not sent"));
        return new ConfirmEmailChangeResult.Changed(newEmail.masked());
    }
}
