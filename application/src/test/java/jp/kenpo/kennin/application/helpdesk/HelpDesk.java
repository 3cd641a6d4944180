package jp.kenpo.kennin.application.helpdesk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearCommand;
import jp.kenpo.kennin.application.mail.MailLogging;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeService;
import jp.kenpo.kennin.application.review.ExtendMemberDeadlineService;
import jp.kenpo.kennin.application.review.ReturnMemberResponseService;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersService;
import jp.kenpo.kennin.application.survey.SubmitSurveyService;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentService;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.survey.SurveyScope;

/**
 * omron's 2025 survey (deadline 2025-08-31) with 山田 太郎 and two dependents (妻 花子, 長男 一郎),
 * not registered yet; a second insurer, kobe, with a member of the same name; and every help-desk
 * use case wired to the in-memory system, with mails logged through {@link MailLogging}. Shipped in
 * the test-jar for the staff web's tests.
 */
public final class HelpDesk {
    public final Omron omron = new Omron();
    public final InMemorySystem system = omron.system;
    public final InMemoryHelpDesk store = new InMemoryHelpDesk(system.members, system.submissions, system.audit);
    public final MailLogging mailer = new MailLogging(system.mailer, store, system.clock);
    public final HelpDeskPorts ports = new HelpDeskPorts(system.surveyPorts, system.pending, system.failures, system.signupLimits,
            store, store, store, store, store);
    public final Insurer kobe = system.insurer("kobe", "神戸健康保険組合", 2025);
    public final InsuredMember kobeTaro = system.member(kobe, "12", "3456", "山田 太郎", "ヤマダ タロウ", Omron.TARO_BIRTH_DATE,
            "taro@kobe.example.jp");
    public final Dependent wife;
    public final Dependent son;

    public final SignedInStaff sato = staff(1, "sato", StaffRole.HELP_DESK, "omron");
    public final SignedInStaff kobeStaff = staff(2, "kobe.admin", StaffRole.ADMINISTRATOR, "kobe");
    public final SignedInStaff omronAdmin = staff(3, "omron.admin", StaffRole.ADMINISTRATOR, "omron");
    public final SignedInStaff employer = staff(4, "hr.contact", StaffRole.EMPLOYER_CONTACT, "omron");

    public final FindMemberService find = new FindMemberService(ports, system.audit, system.clock);
    public final ShowMemberCaseService show = new ShowMemberCaseService(ports, system.settings, system.signupLimitSettings,
            system.audit, system.clock);
    public final UnlockMemberService unlock = new UnlockMemberService(ports, system.audit, system.clock);
    public final ResendMemberCodeService resend = new ResendMemberCodeService(ports, new ResendRegistrationCodeService(
            system.members, system.insurers, system.pending, system.secrets, system.digest, mailer, system.audit,
            system.clock, system.settings, system.signupLimits, system.signupLimitSettings), system.audit, system.clock);
    public final WriteCallNoteService writeNote = new WriteCallNoteService(ports, system.audit, system.clock);
    public final ExtendMemberDeadlineService extend = new ExtendMemberDeadlineService(system.surveyPorts, system.audit, system.clock);
    public final ReturnMemberResponseService sendBack = new ReturnMemberResponseService(system.surveyPorts, mailer,
            system.settings.loginUrl(), system.audit, system.clock);
    public final SaveAnswersForMemberService saveForMember = new SaveAnswersForMemberService(ports,
            new SaveSurveyAnswersService(system.surveyPorts, system.transactions, system.audit, system.clock), system.audit,
            system.clock);
    public final UploadDocumentForMemberService uploadForMember = new UploadDocumentForMemberService(ports,
            new UploadSurveyDocumentService(system.surveyPorts, system.storage, system.documentLimits, system.transactions,
                    system.audit, system.clock), system.audit, system.clock);
    public final SubmitForMemberService submitForMember = new SubmitForMemberService(ports, new SubmitSurveyService(system.surveyPorts,
            system.secrets, mailer, system.settings.loginUrl(), system.transactions, system.audit, system.clock),
            system.audit, system.clock);
    public final ViewMemberDocumentService viewDocument = new ViewMemberDocumentService(ports, system.storage, system.audit,
            system.clock);
    public final QueryAuditLogService queryLog = new QueryAuditLogService(store, system.audit, system.clock);
    public final ExportAuditLogService exportLog = new ExportAuditLogService(store, system.audit, system.clock);

    public HelpDesk() {
        system.openSurveyYear.openSurveyYear(new OpenSurveyYearCommand("omron", 2025, "令和7年度", LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 8, 31), Optional.of(LocalDate.of(2025, 10, 1)), SurveyScope.agedAtLeast(18)));
        system.importDependents.importDependents(new ImportDependentsCommand("omron", List.of(
                new DependentRosterRow(2, "12", "3456", "1", "山田 花子", "ヤマダ ハナコ", "1982/06/15", "妻", "女", "同居", ""),
                new DependentRosterRow(3, "12", "3456", "2", "山田 一郎", "ヤマダ イチロウ", "2015/06/01", "長男", "男", "同居", ""))));
        List<Dependent> family = system.dependents.dependentsOf(omron.taro.id());
        wife = family.get(0);
        son = family.get(1);
    }

    public static SignedInStaff staff(long id, String login, StaffRole role, String insurer) {
        return new SignedInStaff(new StaffId(id), new LoginName(login), role, Optional.of(new InsurerCode(insurer)),
                Optional.empty());
    }
}
