package jp.kenpo.kennin.application.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.application.account.SaveAccountPort;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.security.SecretDigest;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.application.verification.CodeChecker;
import jp.kenpo.kennin.application.verification.PendingVerificationPort;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.verification.CodeCheck;
import jp.kenpo.kennin.domain.verification.PendingVerification;
import jp.kenpo.kennin.domain.verification.VerificationCode;

public final class ConfirmRegistrationService implements ConfirmRegistrationUseCase {
    private final PendingRegistrations registrations;
    private final PendingVerificationPort pendingPort;
    private final SaveAccountPort accounts;
    private final CodeChecker codes;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public ConfirmRegistrationService(LoadMemberPort members, LoadInsurerPort insurers, PendingVerificationPort pending,
                                      SaveAccountPort accounts, SecretDigest digest, Transactions transactions,
                                      RecordAuditPort audit, Clock clock) {
        this.registrations = new PendingRegistrations(pending, members, insurers);
        this.pendingPort = pending;
        this.accounts = accounts;
        this.codes = new CodeChecker(pending, digest);
        this.transactions = transactions;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public ConfirmRegistrationResult confirmRegistration(ConfirmRegistrationCommand command) {
        VerificationCode typed;
        try {
            typed = VerificationCode.parse(command.code());
        } catch (InvalidValueException e) {
            return new ConfirmRegistrationResult.Malformed();
        }
        Optional<PendingRegistrations.Pending> found = registrations.load(command.member());
        if (found.isEmpty()) {
            return new ConfirmRegistrationResult.NothingPending();
        }
        PendingRegistrations.Pending pending = found.get();
        Instant now = clock.instant();
        CodeCheck check = codes.check(pending.verification(), typed, now);
        if (check instanceof CodeCheck.Wrong wrong) {
            audit.member(AuditAction.CODE_REJECTED, pending.member(), command.client(), "registration");
            return new ConfirmRegistrationResult.WrongCode(wrong.remainingTries());
        }
        if (check instanceof CodeCheck.Exhausted) {
            audit.member(AuditAction.CODE_REJECTED, pending.member(), command.client(), "registration: tries exhausted");
            return new ConfirmRegistrationResult.TooManyTries();
        }
        if (check instanceof CodeCheck.Expired) {
            audit.member(AuditAction.CODE_REJECTED, pending.member(), command.client(), "registration: expired");
            return new ConfirmRegistrationResult.Expired();
        }
        if (check instanceof CodeCheck.AlreadyUsed) {
            return new ConfirmRegistrationResult.NothingPending();
        }
        return register(pending, command, now);
    }

    private ConfirmRegistrationResult register(PendingRegistrations.Pending pending, ConfirmRegistrationCommand command,
                                               Instant now) {
        PendingVerification verification = pending.verification();
        InsuredMember member = pending.member();
        Account account;
        try {
            account = transactions.inTransaction(() -> {
                Account created = accounts.createAccount(member.id(), member.insurer(),
                        new UserId(verification.userId().orElseThrow()), verification.passwordHash().orElseThrow(),
                        pending.insurer().currentFiscalYear(), now);
                pendingPort.deletePending(verification.purpose(), verification.subject());
                return created;
            });
        } catch (SaveAccountPort.UserIdTakenException e) {
            // The chosen ID cannot be had any more, so the code would only fail again: the member chooses anew.
            pendingPort.deletePending(verification.purpose(), verification.subject());
            return new ConfirmRegistrationResult.UserIdTaken();
        }
        audit.member(AuditAction.CODE_ACCEPTED, member, command.client(), "registration");
        audit.account(AuditAction.ACCOUNT_REGISTERED, account, command.client(), "fiscalYear=" + account.fiscalYear());
        return new ConfirmRegistrationResult.Registered(account.userId().value());
    }
}
