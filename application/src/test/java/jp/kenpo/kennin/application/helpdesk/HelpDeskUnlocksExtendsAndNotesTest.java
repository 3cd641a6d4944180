package jp.kenpo.kennin.application.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.helpdesk.ResendMemberCodeUseCase.ResendMemberCodeCommand;
import jp.kenpo.kennin.application.helpdesk.ResendMemberCodeUseCase.ResendMemberCodeResult;
import jp.kenpo.kennin.application.helpdesk.ShowMemberCaseUseCase.MemberCase;
import jp.kenpo.kennin.application.helpdesk.ShowMemberCaseUseCase.Registration;
import jp.kenpo.kennin.application.helpdesk.ShowMemberCaseUseCase.ShowMemberCaseResult;
import jp.kenpo.kennin.application.helpdesk.UnlockMemberUseCase.Lock;
import jp.kenpo.kennin.application.helpdesk.UnlockMemberUseCase.UnlockMemberCommand;
import jp.kenpo.kennin.application.helpdesk.UnlockMemberUseCase.UnlockMemberResult;
import jp.kenpo.kennin.application.helpdesk.WriteCallNoteUseCase.WriteCallNoteCommand;
import jp.kenpo.kennin.application.helpdesk.WriteCallNoteUseCase.WriteCallNoteResult;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import jp.kenpo.kennin.application.mail.MailLogPort;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsCommand;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase.ResendCodeResult;
import jp.kenpo.kennin.application.review.ExtendMemberDeadlineUseCase.ExtendMemberDeadlineCommand;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase.ExtendSurveyDeadlineResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.junit.jupiter.api.Test;

class HelpDeskUnlocksExtendsAndNotesTest {
    private final HelpDesk desk = new HelpDesk();
    private final MemberId taro = desk.omron.taro.id();

    private MemberCase caseOf(MemberId member) {
        ShowMemberCaseResult result = desk.show.showMemberCase(desk.sato, member, ClientAddress.local());
        assertThat(result).isInstanceOf(ShowMemberCaseResult.Shown.class);
        return ((ShowMemberCaseResult.Shown) result).memberCase();
    }

    private LogInResult logIn(String password) {
        return desk.system.logIn.logIn(new LogInCommand(Omron.TARO_USER_ID, password, new ClientAddress("198.51.100." + password.length())));
    }

    @Test
    void taroLockedOutAfterWrongPasswordsIsShownLockedAndLogsInAgainOnceTheHelpDeskUnlocksHim() {
        desk.system.register(desk.omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        for (int i = 0; i < 10; i++) {
            logIn("wrong-password-" + i);
            desk.system.clock.advance(java.time.Duration.ofSeconds(6));
        }
        assertThat(logIn(Omron.TARO_PASSWORD)).isInstanceOf(LogInResult.Throttled.class);
        assertThat(caseOf(taro).login().locked()).isTrue();
        assertThat(caseOf(taro).registration()).isInstanceOf(Registration.Registered.class);

        UnlockMemberResult result = desk.unlock.unlockMember(new UnlockMemberCommand(desk.sato, taro, Lock.LOGIN,
                "ご本人から電話（パスワードを思い出した）", ClientAddress.local()));

        assertThat(result).isEqualTo(new UnlockMemberResult.Unlocked());
        assertThat(caseOf(taro).login().locked()).isFalse();
        assertThat(logIn(Omron.TARO_PASSWORD)).isInstanceOf(LogInResult.LoggedIn.class);
        assertThat(desk.system.audit.withAction(AuditAction.MEMBER_LOGIN_UNLOCKED)).singleElement().satisfies(e -> {
            assertThat(e.staffId()).contains(1L);
            assertThat(e.memberId()).contains(taro.value());
            assertThat(e.detail()).contains("ご本人から電話");
        });
    }

    @Test
    void everyActionWantsAReasonOnOneLine() {
        assertThat(desk.unlock.unlockMember(new UnlockMemberCommand(desk.sato, taro, Lock.LOGIN, "  ", ClientAddress.local())))
                .isEqualTo(new UnlockMemberResult.Invalid("staff.reason.required"));
        assertThat(desk.unlock.unlockMember(new UnlockMemberCommand(desk.sato, taro, Lock.LOGIN, "電話\nforged line",
                ClientAddress.local()))).isEqualTo(new UnlockMemberResult.Invalid("staff.reason.controlCharacters"));
        assertThat(desk.extend.extendMemberDeadline(new ExtendMemberDeadlineCommand(desk.sato, taro, "2025/09/15", "",
                ClientAddress.local()))).isEqualTo(new ExtendSurveyDeadlineResult.Invalid("staff.reason.required"));
        assertThat(desk.system.audit.actions()).doesNotContain(AuditAction.MEMBER_LOGIN_UNLOCKED,
                AuditAction.SURVEY_DEADLINE_EXTENDED);
    }

    @Test
    void anotherInsurersStaffGetNotFoundForTaroAndChangeNothing() {
        desk.system.signupLimits.countCodeTry(taro, 100);

        assertThat(desk.show.showMemberCase(desk.kobeStaff, taro, ClientAddress.local()))
                .isEqualTo(new ShowMemberCaseResult.NotFound());
        assertThat(desk.unlock.unlockMember(new UnlockMemberCommand(desk.kobeStaff, taro, Lock.SIGNUP, "依頼",
                ClientAddress.local()))).isEqualTo(new UnlockMemberResult.NotFound());
        assertThat(desk.extend.extendMemberDeadline(new ExtendMemberDeadlineCommand(desk.kobeStaff, taro, "2025/09/15", "依頼",
                ClientAddress.local()))).isEqualTo(new ExtendSurveyDeadlineResult.NotFound());
        assertThat(desk.writeNote.writeCallNote(new WriteCallNoteCommand(desk.kobeStaff, taro, "メモ", ClientAddress.local())))
                .isEqualTo(new WriteCallNoteResult.NotFound());
        assertThat(desk.system.signupLimits.load(taro).codeTries()).isEqualTo(1);
        assertThat(desk.system.submissions.deadlineExtension(desk.omron.insurer.code(), 2025, taro)).isEmpty();
        assertThat(desk.system.audit.events()).noneMatch(e -> e.staffId().equals(java.util.Optional.of(2L))
                && e.memberId().equals(java.util.Optional.of(taro.value())));
    }

    @Test
    void theDeadlineExtendedForTaroShowsOnHisCaseWithTheSurveyStatusOfEachDependentAndWhoIsNotAsked() {
        ExtendSurveyDeadlineResult result = desk.extend.extendMemberDeadline(new ExtendMemberDeadlineCommand(desk.sato, taro,
                "２０２５／０９／１５", "入院のため", ClientAddress.local()));

        assertThat(result).isEqualTo(new ExtendSurveyDeadlineResult.Extended(new SurveyDeadline(LocalDate.of(2025, 9, 15))));
        MemberCase c = caseOf(taro);
        assertThat(c.survey()).hasValueSatisfying(s -> {
            assertThat(s.effectiveDeadline().day()).isEqualTo(LocalDate.of(2025, 9, 15));
            assertThat(s.dependents()).extracting(d -> d.dependent().id(), d -> d.status())
                    .containsExactly(org.assertj.core.api.Assertions.tuple(desk.wife.id(), java.util.Optional.of(SurveyStatus.NOT_STARTED)),
                            org.assertj.core.api.Assertions.tuple(desk.son.id(), java.util.Optional.empty()));
        });
        assertThat(desk.system.audit.withAction(AuditAction.SURVEY_DEADLINE_EXTENDED)).singleElement()
                .satisfies(e -> assertThat(e.staffId()).contains(1L));
        assertThat(desk.system.audit.withAction(AuditAction.MEMBER_CASE_VIEWED)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.memberId()).contains(taro.value()));
    }

    @Test
    void aCodeResentByTheHelpDeskIsMailedUnderTheMembersLimitsAndShowsInTheMailLog() {
        desk.system.chooseCredentials.chooseCredentials(new ChooseCredentialsCommand(taro, Omron.TARO_USER_ID,
                Omron.TARO_PASSWORD, Omron.TARO_PASSWORD, ClientAddress.local()));
        assertThat(caseOf(taro).registration()).isInstanceOf(Registration.CodePending.class);

        ResendMemberCodeResult tooSoon = desk.resend.resendMemberCode(new ResendMemberCodeCommand(desk.sato, taro,
                "コードが届かない", ClientAddress.local()));
        desk.system.clock.advance(java.time.Duration.ofSeconds(61));
        ResendMemberCodeResult resent = desk.resend.resendMemberCode(new ResendMemberCodeCommand(desk.sato, taro,
                "コードが届かない", ClientAddress.local()));

        assertThat(tooSoon).isInstanceOfSatisfying(ResendMemberCodeResult.Done.class,
                d -> assertThat(d.outcome()).isInstanceOf(ResendCodeResult.CoolingDown.class));
        assertThat(resent).isInstanceOfSatisfying(ResendMemberCodeResult.Done.class,
                d -> assertThat(d.outcome()).isInstanceOf(ResendCodeResult.Resent.class));
        assertThat(caseOf(taro).mails()).singleElement().satisfies(m -> {
            assertThat(m.template()).isEqualTo(MailTemplate.REGISTRATION_CODE);
            assertThat(m.outcome()).isEqualTo(MailLogPort.Outcome.SENT);
        });
    }

    @Test
    void aMailTheServerRefusedIsLoggedAsFailed() {
        desk.system.chooseCredentials.chooseCredentials(new ChooseCredentialsCommand(taro, Omron.TARO_USER_ID,
                Omron.TARO_PASSWORD, Omron.TARO_PASSWORD, ClientAddress.local()));
        desk.system.clock.advance(java.time.Duration.ofSeconds(61));
        desk.system.mailer.refuseMail(true);

        desk.resend.resendMemberCode(new ResendMemberCodeCommand(desk.sato, taro, "再送依頼", ClientAddress.local()));

        assertThat(caseOf(taro).mails()).extracting(MailLogPort.MailLogEntry::outcome).containsExactly(MailLogPort.Outcome.FAILED);
    }

    @Test
    void callNotesAreKeptWithTheirWriterNewestFirstAndRefuseControlCharacters() {
        assertThat(desk.writeNote.writeCallNote(new WriteCallNoteCommand(desk.sato, taro, "扶養の範囲について問い合わせ。\r\n収入の目安を案内。",
                ClientAddress.local()))).isEqualTo(new WriteCallNoteResult.Written());
        desk.system.clock.advance(java.time.Duration.ofMinutes(5));
        desk.writeNote.writeCallNote(new WriteCallNoteCommand(desk.omronAdmin, taro, "折り返し済み", ClientAddress.local()));

        assertThat(desk.writeNote.writeCallNote(new WriteCallNoteCommand(desk.sato, taro, "bad\u0000note", ClientAddress.local())))
                .isEqualTo(new WriteCallNoteResult.Invalid("callNote.controlCharacters"));
        assertThat(caseOf(taro).callNotes()).extracting(n -> n.staffLogin().value(), n -> n.text().value()).containsExactly(
                org.assertj.core.api.Assertions.tuple("omron.admin", "折り返し済み"),
                org.assertj.core.api.Assertions.tuple("sato", "扶養の範囲について問い合わせ。\n収入の目安を案内。"));
    }

    @Test
    void lookingUpIsNotHelpingAndHelpingNeedsItsOwnPermission() {
        SignedInStaff reviewer = HelpDesk.staff(9, "reviewer", jp.kenpo.kennin.domain.staff.StaffRole.REVIEWER, "omron");

        assertThat(desk.show.showMemberCase(reviewer, taro, ClientAddress.local())).isInstanceOf(ShowMemberCaseResult.Shown.class);
        assertThatThrownBy(() -> desk.unlock.unlockMember(new UnlockMemberCommand(reviewer, taro, Lock.LOGIN, "依頼",
                ClientAddress.local()))).isInstanceOf(StaffMayNot.class);
        assertThatThrownBy(() -> desk.show.showMemberCase(desk.employer, taro, ClientAddress.local()))
                .isInstanceOf(StaffMayNot.class);
    }
}
