package jp.kenpo.kennin.application.helpdesk;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.helpdesk.CallNotePort.CallNote;
import jp.kenpo.kennin.application.helpdesk.ProxyEntryPort.ProxyEntry;
import jp.kenpo.kennin.application.mail.MailLogPort.MailLogEntry;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import jp.kenpo.kennin.domain.survey.SurveySubmission;
import jp.kenpo.kennin.domain.survey.SurveyYear;

/**
 * The help desk's screen of one member (問い合わせ対応): everything a caller may ask about, read in
 * one go. Requires {@code LOOK_UP_MEMBERS}; every view is audited, since it shows personal data.
 */
public interface ShowMemberCaseUseCase {
    /** How many mails and call notes the screen lists, newest first. */
    int RECENT = 50;

    ShowMemberCaseResult showMemberCase(SignedInStaff staff, MemberId member, ClientAddress client);

    sealed interface ShowMemberCaseResult {
        record Shown(MemberCase memberCase) implements ShowMemberCaseResult {
        }

        /** No such member at the staff member's insurer (another insurer's member included). */
        record NotFound() implements ShowMemberCaseResult {
        }
    }

    record MemberCase(InsuredMember member, Registration registration, LoginLock login, SignupLock signup,
                      List<MailLogEntry> mails, Optional<SurveyCase> survey, List<CallNote> callNotes,
                      List<ProxyEntry> proxyEntries) {
        public MemberCase {
            Objects.requireNonNull(member);
            Objects.requireNonNull(registration);
            Objects.requireNonNull(login);
            Objects.requireNonNull(signup);
            mails = List.copyOf(mails);
            Objects.requireNonNull(survey);
            callNotes = List.copyOf(callNotes);
            proxyEntries = List.copyOf(proxyEntries);
        }
    }

    /** Where the member stands with signing up for the insurer's current year. */
    sealed interface Registration {
        /** Never signed up, or a code was asked for and has lapsed. */
        record NotRegistered() implements Registration {
        }

        /** Credentials chosen, the mailed code not typed yet. */
        record CodePending(Instant expiresAt, boolean expired) implements Registration {
        }

        record Registered(int fiscalYear, UserId userId, Instant registeredAt) implements Registration {
        }

        /** Only an account of an earlier year, which stopped working when the insurer opened a new one. */
        record Retired(int lastFiscalYear, UserId userId) implements Registration {
        }
    }

    /**
     * @param recentFailures failed logins counted within the lock-out window
     * @param lockedUntil    present while logins are refused
     */
    record LoginLock(int recentFailures, Optional<Instant> lockedUntil) {
        public boolean locked() {
            return lockedUntil.isPresent();
        }
    }

    /** @param codeTries codes compared since the last registration or unlock; at {@code max} sign-up stops */
    record SignupLock(int codeTries, int max) {
        public boolean locked() {
            return codeTries >= max;
        }
    }

    /**
     * @param extension  the later deadline staff gave this member, if any
     * @param dependents every dependent on record, those outside the survey's scope included (対象外)
     */
    record SurveyCase(SurveyYear year, Optional<SurveyDeadline> extension, List<DependentCase> dependents,
                      List<SurveySubmission> submissions) {
        public SurveyCase {
            Objects.requireNonNull(year);
            Objects.requireNonNull(extension);
            dependents = List.copyOf(dependents);
            submissions = List.copyOf(submissions);
        }

        public SurveyDeadline effectiveDeadline() {
            return extension.orElse(year.deadline());
        }
    }

    /**
     * @param status       empty when the dependent is not asked about this year (対象外)
     * @param returnReason staff's reason while the response is sent back
     * @param documents    the proof files uploaded, oldest first (opening one needs {@code VIEW_DOCUMENTS})
     * @param answers      what is stored for each answered question, as the form posts it (for 代行入力 to start from)
     */
    record DependentCase(Dependent dependent, Optional<SurveyStatus> status, Optional<String> returnReason,
                         List<SurveyDocument> documents, Map<Question, String> answers) {
        public DependentCase {
            documents = List.copyOf(documents);
            answers = Map.copyOf(answers);
        }

        public boolean inScope() {
            return status.isPresent();
        }
    }
}
