package jp.kenpo.kennin.application.verification;

import jp.kenpo.kennin.domain.account.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.kenpo.kennin.application.OnboardingSettings;
import jp.kenpo.kennin.application.mail.InsurerMails;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.application.security.SecretDigest;
import jp.kenpo.kennin.application.security.SecretGenerator;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.verification.CodeChallenge;
import jp.kenpo.kennin.domain.verification.PendingVerification;
import jp.kenpo.kennin.domain.verification.VerificationCode;

/** Mails 6-digit codes for pending verifications. */
public final class CodeMailer {
    private final PendingVerificationPort pendingPort;
    private final SecretGenerator secrets;
    private final SecretDigest digest;
    private final SendMailPort mailPort;
    private final OnboardingSettings settings;

    public CodeMailer(PendingVerificationPort pendingPort, SecretGenerator secrets, SecretDigest digest,
                      SendMailPort mailPort, OnboardingSettings settings) {
        this.pendingPort = pendingPort;
        this.secrets = secrets;
        this.digest = digest;
        this.mailPort = mailPort;
        this.settings = settings;
    }

    /** Whole seconds, rounded up, before another code may be mailed for this verification; 0 when one may. */
    public long secondsBeforeResend(PendingVerification pending, Instant now) {
        Duration wait = pending.challenge().resendWait(now, settings.resendCoolDown());
        return (wait.toMillis() + 999) / 1000;
    }

    /**
     * Mails a fresh code (template params {@code code}, {@code minutes}, {@code insurerName} plus
     * {@code extraParams}) after storing the pending verification {@code pendingWith} makes of its
     * challenge; a code of the same purpose and subject stops working. The pending verification is
     * stored first so that a code in the member's inbox is always one the system knows.
     *
     * @param member   the member the mail is for (filed under them in the mail log)
     * @param language the language of the mail: the account's, or before there is one the language the member asked in
     * @return false when the mail server refused the mail; what was pending before is then restored
     */
    public boolean send(Function<CodeChallenge, PendingVerification> pendingWith, Insurer insurer, EmailAddress to,
                        Optional<MemberId> member,
                        MailTemplate template, Map<String, String> extraParams, Language language, Instant now) {
        VerificationCode code = secrets.verificationCode();
        PendingVerification next = pendingWith.apply(CodeChallenge.issue(digest.digest(code.value()), now,
                settings.codeValidity(), settings.maxCodeTries()));
        Optional<PendingVerification> previous = pendingPort.loadPending(next.purpose(), next.subject());
        pendingPort.savePending(next);
        Map<String, String> params = new HashMap<>(extraParams);
        params.put("code", code.value());
        params.put("minutes", Integer.toString(settings.codeValidMinutes()));
        try {
            mailPort.send(InsurerMails.from(insurer, to, member, template, params).in(language));
            return true;
        } catch (SendMailPort.MailNotSentException e) {
            previous.ifPresentOrElse(pendingPort::savePending, () -> pendingPort.deletePending(next.purpose(), next.subject()));
            return false;
        }
    }
}
