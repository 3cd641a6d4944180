package jp.kenpo.kennin.application.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.OnboardingSettings;
import jp.kenpo.kennin.application.account.LoadAccountPort;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.mail.InsurerMails;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.security.PasswordHasher;
import jp.kenpo.kennin.application.security.SecretDigest;
import jp.kenpo.kennin.application.security.SecretGenerator;
import jp.kenpo.kennin.application.verification.PendingVerificationPort;
import jp.kenpo.kennin.application.verification.CodeMailer;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.CredentialField;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.credential.CredentialViolation;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.verification.PendingVerification;
import jp.kenpo.kennin.domain.verification.VerificationPurpose;

public final class ChooseCredentialsService implements ChooseCredentialsUseCase {
    private final LoadMemberPort members;
    private final LoadInsurerPort insurers;
    private final LoadAccountPort accounts;
    private final PasswordHasher passwordHasher;
    private final CodeMailer codes;
    private final AuditTrail audit;
    private final Clock clock;
    private final OnboardingSettings settings;
    private final SignupCodeIssuing issuing;

    public ChooseCredentialsService(LoadMemberPort members, LoadInsurerPort insurers, LoadAccountPort accounts,
                                    PendingVerificationPort pending, PasswordHasher passwordHasher, SecretGenerator secrets,
                                    SecretDigest digest, SendMailPort mail, RecordAuditPort audit, Clock clock,
                                    OnboardingSettings settings, SignupLimitsPort limitsPort, SignupLimits limits) {
        this.members = members;
        this.insurers = insurers;
        this.accounts = accounts;
        this.passwordHasher = passwordHasher;
        this.codes = new CodeMailer(pending, secrets, digest, mail, settings);
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
        this.settings = settings;
        this.issuing = new SignupCodeIssuing(limitsPort, limits, settings, clock);
    }

    @Override
    public ChooseCredentialsResult chooseCredentials(ChooseCredentialsCommand command) {
        Optional<InsuredMember> found = members.loadMember(command.member());
        Optional<Insurer> insurer = found.flatMap(m -> insurers.loadInsurer(m.insurer()));
        if (insurer.isEmpty()) {
            return new ChooseCredentialsResult.UnknownMember();
        }
        InsuredMember member = found.get();
        CredentialPolicy policy = insurer.get().credentialPolicy();
        List<CredentialViolation> violations = new ArrayList<>(
                policy.check(command.userId(), command.password(), command.passwordConfirmation(), member.birthDate()));
        if (policy.checkUserId(command.userId()).isEmpty() && takenByAnother(command.userId(), member)) {
            violations.add(0, new CredentialViolation(CredentialField.USER_ID, "credential.userId.taken", List.of()));
        }
        if (!violations.isEmpty()) {
            return new ChooseCredentialsResult.Rejected(violations);
        }

        // Every code comes with fresh tries, so choosing credentials again must wait like a resend;
        // asked before the (slow) password hash, so that a refused request costs little.
        Instant now = clock.instant();
        SignupCodeIssuing.Admission admission = issuing.admit(member.id(), now);
        if (admission instanceof SignupCodeIssuing.Admission.CoolingDown cooling) {
            return new ChooseCredentialsResult.CoolingDown(cooling.secondsLeft());
        }
        if (admission instanceof SignupCodeIssuing.Admission.DailyLimitReached) {
            audit.member(AuditAction.CODE_REJECTED, member, command.client(), "registration: daily code limit");
            return new ChooseCredentialsResult.DailyLimitReached();
        }
        if (admission instanceof SignupCodeIssuing.Admission.Locked) {
            audit.member(AuditAction.CODE_REJECTED, member, command.client(), "registration: locked, code tries exhausted");
            return new ChooseCredentialsResult.Locked();
        }

        SignupCodeIssuing.Admission.Admitted admitted = (SignupCodeIssuing.Admission.Admitted) admission;
        boolean sent;
        try {
            String passwordHash = passwordHasher.hash(command.password());
            String userId = UserId.of(command.userId()).value();
            sent = codes.send(challenge -> new PendingVerification(VerificationPurpose.REGISTRATION,
                            PendingRegistrations.subject(member.id()), challenge, Optional.of(userId), Optional.of(passwordHash),
                            Optional.empty()),
                    insurer.get(), member.email(), Optional.of(member.id()), MailTemplate.REGISTRATION_CODE, InsurerMails.contactMail(insurer.get()),
                    command.language(), now);
        } catch (RuntimeException e) {
            // No code went out (the hashing pool was full, say): it must not hold the member to the cool-down.
            issuing.withdraw(member.id(), admitted);
            throw e;
        }
        if (!sent) {
            issuing.withdraw(member.id(), admitted);
            return new ChooseCredentialsResult.MailFailed();
        }
        audit.member(AuditAction.CODE_SENT, member, command.client(), "registration");
        return new ChooseCredentialsResult.CodeSent(member.email().masked(), insurer.get().senderAddress().value(),
                settings.codeValidMinutes());
    }

    /**
     * The member's own account does not hold the ID against them: an earlier year's is replaced
     * by registering again, and a current one refuses the registration only once the code is
     * confirmed (so that only the owner of the mailbox learns it exists).
     */
    private boolean takenByAnother(String userId, InsuredMember member) {
        return accounts.findByUserId(UserId.of(userId)).filter(a -> !a.member().equals(member.id())).isPresent();
    }
}
