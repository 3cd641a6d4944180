package jp.kenpo.kennin.application.helpdesk;

import java.util.Objects;
import jp.kenpo.kennin.application.mail.MailLogPort;
import jp.kenpo.kennin.application.registration.SignupLimitsPort;
import jp.kenpo.kennin.application.security.FailureCounterPort;
import jp.kenpo.kennin.application.survey.SurveyPorts;
import jp.kenpo.kennin.application.verification.PendingVerificationPort;

/** The out-ports the help desk reads a member's case through, wired once. */
public record HelpDeskPorts(SurveyPorts survey, PendingVerificationPort pending, FailureCounterPort failures,
                            SignupLimitsPort signupLimits, SearchMembersPort search, MemberHistoryPort history,
                            MailLogPort mails, CallNotePort callNotes, ProxyEntryPort proxyEntries) {
    public HelpDeskPorts {
        Objects.requireNonNull(survey);
        Objects.requireNonNull(pending);
        Objects.requireNonNull(failures);
        Objects.requireNonNull(signupLimits);
        Objects.requireNonNull(search);
        Objects.requireNonNull(history);
        Objects.requireNonNull(mails);
        Objects.requireNonNull(callNotes);
        Objects.requireNonNull(proxyEntries);
    }
}
