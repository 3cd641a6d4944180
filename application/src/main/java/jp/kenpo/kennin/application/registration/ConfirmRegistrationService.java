package jp.kenpo.kennin.application.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.OnboardingSettings;
import jp.kenpo.kennin.application.account.SaveAccountPort;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.mail.InsurerMails;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.security.SecretDigest;
import jp.kenpo.kennin.application.progress.ProgressTracker;
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
    private final SendMailPort mail;
    private final SignupLimitsPort limitsPort;
    private final SignupLimits limits;
    private final OnboardingSettings settings;
    private final AuditTrail audit;
    private final Clock clock;
    private final ProgressTracker progress;

    public ConfirmRegistrationService(LoadMemberPort members, LoadInsurerPort insurers, PendingVerificationPort pending,
                                      SaveAccountPort accounts, SecretDigest digest, Transactions transactions,
                                      SendMailPort mail, SignupLimitsPort limitsPort, SignupLimits limits,
                                      OnboardingSettings settings, RecordAuditPort audit, Clock clock) {
        this(members, insurers, pending, accounts, digest, transactions, mail, limitsPort, limits, settings, audit, clock,
                ProgressTracker.none());
    }

    public ConfirmRegistrationService(LoadMemberPort members, LoadInsurerPort insurers, PendingVerificationPort pending,
                                      SaveAccountPort accounts, SecretDigest digest, Transactions transactions,
                                      SendMailPort mail, SignupLimitsPort limitsPort, SignupLimits limits,
                                      OnboardingSettings settings, RecordAuditPort audit, Clock clock,
                                      ProgressTracker progress) {
        this.registrations = new PendingRegistrations(pending, members, insurers);
        this.pendingPort = pending;
        this.accounts = accounts;
        this.codes = new CodeChecker(pending, digest);
        this.transactions = transactions;
        this.mail = mail;
        this.limitsPort = limitsPort;
        this.limits = limits;
        this.settings = settings;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
        this.progress = progress;
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
        if (locked(pending)) {
            audit.member(AuditAction.CODE_REJECTED, pending.member(), command.client(), "registration: locked, code tries exhausted");
            return new ConfirmRegistrationResult.Locked();
        }
        // The code's own try is counted first, then the member record's try across codes; only
        // when both were left is the code compared.
        CodeCheck check = codes.check(pending.verification(), typed, now,
                () -> limitsPort.countCodeTry(pending.member().id(), limits.maxCodeTries()));
        if (check instanceof CodeCheck.Wrong wrong) {
            audit.member(AuditAction.CODE_REJECTED, pending.member(), command.client(), "registration");
            return new ConfirmRegistrationResult.WrongCode(wrong.remainingTries());
        }
        if (check instanceof CodeCheck.Exhausted) {
            if (locked(pending)) {
                audit.member(AuditAction.CODE_REJECTED, pending.member(), command.client(),
                        "registration: locked, code tries exhausted");
                return new ConfirmRegistrationResult.Locked();
            }
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

    private boolean locked(PendingRegistrations.Pending pending) {
        return limitsPort.load(pending.member().id()).codeTries() >= limits.maxCodeTries();
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
                progress.memberChanged(member.insurer(), created.fiscalYear(), member.id());
                return created;
            });
        } catch (SaveAccountPort.UserIdTakenException e) {
            // The chosen ID cannot be had any more, so the code would only fail again: the member chooses anew.
            pendingPort.deletePending(verification.purpose(), verification.subject());
            return new ConfirmRegistrationResult.UserIdTaken();
        } catch (SaveAccountPort.AccountExistsException e) {
            return refuseSecondAccount(pending, command);
        }
        // A right code ends the run of failures (NIST counts consecutive failed attempts).
        limitsPort.resetCodeTries(member.id());
        audit.member(AuditAction.CODE_ACCEPTED, member, command.client(), "registration");
        audit.account(AuditAction.ACCOUNT_REGISTERED, account, command.client(), "fiscalYear=" + account.fiscalYear());
        return new ConfirmRegistrationResult.Registered(account.userId().value());
    }

    /**
     * Sign-up never replaces a current account. Only now, with the code mailed to the registered
     * address typed back, is the member told that the account exists, so the answer reaches only
     * whoever reads that mailbox; the notice mail goes there too, in case it was not the member.
     */
    private ConfirmRegistrationResult refuseSecondAccount(PendingRegistrations.Pending pending,
                                                          ConfirmRegistrationCommand command) {
        InsuredMember member = pending.member();
        pendingPort.deletePending(pending.verification().purpose(), pending.verification().subject());
        limitsPort.resetCodeTries(member.id());
        audit.member(AuditAction.CODE_ACCEPTED, member, command.client(), "registration refused: account exists");
        Map<String, String> params = new HashMap<>(InsurerMails.contactMail(pending.insurer()));
        params.put("loginUrl", settings.loginUrl());
        try {
            mail.send(InsurerMails.toMember(pending.insurer(), member, MailTemplate.REGISTRATION_ATTEMPT_NOTICE, params));
        } catch (SendMailPort.MailNotSentException e) {
            // The screen still tells the member; the audit log keeps what happened.
            audit.member(AuditAction.CODE_ACCEPTED, member, command.client(), "registration attempt notice not sent");
        }
        return new ConfirmRegistrationResult.AlreadyRegistered();
    }
}
