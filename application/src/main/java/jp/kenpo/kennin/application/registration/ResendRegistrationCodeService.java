package jp.kenpo.kennin.application.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.application.OnboardingSettings;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.mail.InsurerMails;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.security.SecretDigest;
import jp.kenpo.kennin.application.security.SecretGenerator;
import jp.kenpo.kennin.application.verification.CodeMailer;
import jp.kenpo.kennin.application.verification.PendingVerificationPort;
import jp.kenpo.kennin.domain.audit.AuditAction;

public final class ResendRegistrationCodeService implements ResendRegistrationCodeUseCase {
    private final PendingRegistrations registrations;
    private final CodeMailer codes;
    private final AuditTrail audit;
    private final Clock clock;
    private final SignupCodeIssuing issuing;

    public ResendRegistrationCodeService(LoadMemberPort members, LoadInsurerPort insurers, PendingVerificationPort pending,
                                         SecretGenerator secrets, SecretDigest digest, SendMailPort mail,
                                         RecordAuditPort audit, Clock clock, OnboardingSettings settings,
                                         SignupLimitsPort limitsPort, SignupLimits limits) {
        this.registrations = new PendingRegistrations(pending, members, insurers);
        this.codes = new CodeMailer(pending, secrets, digest, mail, settings);
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
        this.issuing = new SignupCodeIssuing(limitsPort, limits, settings, clock);
    }

    @Override
    public ResendCodeResult resendRegistrationCode(ResendRegistrationCodeCommand command) {
        Optional<PendingRegistrations.Pending> found = registrations.load(command.member());
        if (found.isEmpty()) {
            return new ResendCodeResult.NothingPending();
        }
        PendingRegistrations.Pending pending = found.get();
        Instant now = clock.instant();
        long wait = codes.secondsBeforeResend(pending.verification(), now);
        if (wait > 0) {
            return new ResendCodeResult.CoolingDown(wait);
        }
        SignupCodeIssuing.Admission admission = issuing.admit(pending.member().id(), now);
        if (admission instanceof SignupCodeIssuing.Admission.CoolingDown cooling) {
            return new ResendCodeResult.CoolingDown(cooling.secondsLeft());
        }
        if (admission instanceof SignupCodeIssuing.Admission.DailyLimitReached) {
            audit.member(AuditAction.CODE_REJECTED, pending.member(), command.client(), "registration: daily code limit");
            return new ResendCodeResult.DailyLimitReached();
        }
        if (admission instanceof SignupCodeIssuing.Admission.Locked) {
            audit.member(AuditAction.CODE_REJECTED, pending.member(), command.client(), "registration: locked, code tries exhausted");
            return new ResendCodeResult.Locked();
        }
        boolean sent = codes.send(pending.verification()::withChallenge, pending.insurer(), pending.member().email(), Optional.of(pending.member().id()),
                MailTemplate.REGISTRATION_CODE, InsurerMails.contactMail(pending.insurer()), command.language(), now);
        if (!sent) {
            issuing.withdraw(pending.member().id(), (SignupCodeIssuing.Admission.Admitted) admission);
            return new ResendCodeResult.MailFailed();
        }
        audit.member(AuditAction.CODE_SENT, pending.member(), command.client(), "registration: resent");
        return new ResendCodeResult.Resent(pending.member().email().masked());
    }
}
