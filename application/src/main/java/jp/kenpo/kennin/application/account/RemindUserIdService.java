package jp.kenpo.kennin.application.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.Lenient;
import jp.kenpo.kennin.application.OnboardingSettings;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.mail.BestEffortMail;
import jp.kenpo.kennin.application.mail.InsurerMails;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.security.FailureCounterPort;
import jp.kenpo.kennin.application.security.RunAfterAnswerPort;
import jp.kenpo.kennin.application.security.Throttling;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.InsuredMember;

public final class RemindUserIdService implements RemindUserIdUseCase {
    private final LoadInsurerPort insurers;
    private final LoadMemberPort members;
    private final LoadAccountPort accounts;
    private final SendMailPort mail;
    private final Throttling throttling;
    private final AuditTrail audit;
    private final Clock clock;
    private final OnboardingSettings settings;
    private final RunAfterAnswerPort afterAnswer;

    public RemindUserIdService(LoadInsurerPort insurers, LoadMemberPort members, LoadAccountPort accounts, SendMailPort mail,
                               FailureCounterPort failures, RecordAuditPort audit, Clock clock, OnboardingSettings settings,
                               RunAfterAnswerPort afterAnswer) {
        this.insurers = insurers;
        this.members = members;
        this.accounts = accounts;
        this.mail = mail;
        this.throttling = new Throttling(failures);
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
        this.settings = settings;
        this.afterAnswer = afterAnswer;
    }

    @Override
    public RemindUserIdResult remindUserId(RemindUserIdCommand command) {
        Instant now = clock.instant();
        Optional<Instant> retryAt = throttling.admitRequest(now,
                new Throttling.Limit("remind:addr:" + command.client().value(), settings.forgottenPerAddress()));
        if (retryAt.isPresent()) {
            return new RemindUserIdResult.Throttled(retryAt.get());
        }

        // Looked up and mailed after the answer, so a member's address answers as fast as anyone's.
        afterAnswer.runAfterAnswer(() -> mailUserIds(command));
        return new RemindUserIdResult.Accepted();
    }

    private void mailUserIds(RemindUserIdCommand command) {
        Optional<Insurer> insurer = Lenient.read(() -> InsurerCode.parse(command.insurerCode())).flatMap(insurers::loadInsurer);
        Optional<EmailAddress> email = Lenient.read(() -> EmailAddress.parse(command.email()));
        int mailed = 0;
        if (insurer.isPresent() && email.isPresent()) {
            for (InsuredMember member : members.findByEmail(insurer.get().code(), email.get())) {
                Optional<Account> current = accounts.findByMember(member.id()).stream().findFirst()
                        .filter(newest -> newest.isCurrentFor(insurer.get()));
                if (current.isPresent() && BestEffortMail.send(mail, InsurerMails.toMember(insurer.get(), member,
                        MailTemplate.USER_ID_REMINDER, Map.of("userId", current.get().userId().value(),
                                "loginUrl", settings.loginUrl())).in(current.get().mailLanguage()))) {
                    mailed++;
                }
            }
        }
        audit.anonymous(AuditAction.USER_ID_REMINDER_REQUESTED, insurer.map(i -> i.code().value()).orElse(""), command.client(),
                "reminders mailed=" + mailed);
    }
}
