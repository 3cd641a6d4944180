package jp.kenpo.kennin.application;

import java.util.Optional;
import jp.kenpo.kennin.application.fakes.InMemoryInsurerSettings;
import jp.kenpo.kennin.application.insureradmin.CreateInsurerService;
import jp.kenpo.kennin.application.insureradmin.ListInsurersService;
import jp.kenpo.kennin.application.insureradmin.PublishTermsVersionService;
import jp.kenpo.kennin.application.insureradmin.ShowInsurerSettingsService;
import jp.kenpo.kennin.application.insureradmin.UpdateInsurerSettingsService;
import jp.kenpo.kennin.application.notice.AttachNoticeFileService;
import jp.kenpo.kennin.application.notice.ChangeNoticeStateService;
import jp.kenpo.kennin.application.notice.CreateNoticeService;
import jp.kenpo.kennin.application.notice.EditNoticeService;
import jp.kenpo.kennin.application.notice.NoticeQueriesService;
import jp.kenpo.kennin.application.notice.RemoveNoticeAttachmentService;
import jp.kenpo.kennin.application.roster.HoldRosterService;
import jp.kenpo.kennin.application.fakes.InMemoryHeldRosters;
import jp.kenpo.kennin.application.roster.UploadRosterService;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.survey.ShowSurveyFormService;
import jp.kenpo.kennin.application.survey.SurveyPorts;
import jp.kenpo.kennin.application.surveyyear.SetUpSurveyYearService;
import jp.kenpo.kennin.application.surveyyear.ShowSurveyYearService;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;

/**
 * The use cases that set an insurer up (issue 9), wired over an {@link InMemorySystem}'s fakes the
 * way bootstrap wires them over the database, so what staff do shows on the member's side, and
 * signed-in staff of each role to call them with.
 */
public final class BackOfficeSetup {
    /** Attachments up to 20 MB, as the notice table keeps them. */
    public static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;

    public final InMemorySystem system;
    public final InMemoryInsurerSettings insurerSettings;
    public final CreateInsurerService createInsurer;
    public final ListInsurersService listInsurers;
    public final ShowInsurerSettingsService showInsurerSettings;
    public final UpdateInsurerSettingsService updateInsurerSettings;
    public final PublishTermsVersionService publishTermsVersion;
    public final NoticeQueriesService noticeQueries;
    public final CreateNoticeService createNotice;
    public final EditNoticeService editNotice;
    public final ChangeNoticeStateService changeNoticeState;
    public final AttachNoticeFileService attachNoticeFile;
    public final RemoveNoticeAttachmentService removeNoticeAttachment;
    public final UploadRosterService uploadRoster;
    public final HoldRosterService holdRoster;
    public final SetUpSurveyYearService setUpSurveyYear;
    public final ShowSurveyYearService showSurveyYear;
    /** The member's survey form judged with the insurer's overrides, as bootstrap wires it. */
    public final ShowSurveyFormService showSurveyForm;
    private long staffIds = 1;

    public BackOfficeSetup() {
        this(new InMemorySystem());
    }

    public BackOfficeSetup(InMemorySystem s) {
        this.system = s;
        insurerSettings = new InMemoryInsurerSettings(s.insurers);
        createInsurer = new CreateInsurerService(insurerSettings, s.audit, s.clock);
        listInsurers = new ListInsurersService(insurerSettings);
        showInsurerSettings = new ShowInsurerSettingsService(s.insurers, insurerSettings, s.terms, s.surveyYears);
        updateInsurerSettings = new UpdateInsurerSettingsService(s.insurers, insurerSettings, s.audit, s.clock);
        publishTermsVersion = new PublishTermsVersionService(s.publishTerms, s.terms, s.audit, s.clock);
        noticeQueries = new NoticeQueriesService(s.notices);
        createNotice = new CreateNoticeService(s.notices, s.audit, s.clock);
        editNotice = new EditNoticeService(s.notices, s.audit, s.clock);
        changeNoticeState = new ChangeNoticeStateService(s.notices, s.audit, s.clock);
        attachNoticeFile = new AttachNoticeFileService(s.notices, s.storage, MAX_ATTACHMENT_BYTES, s.audit, s.clock);
        removeNoticeAttachment = new RemoveNoticeAttachmentService(s.notices, s.audit, s.clock);
        uploadRoster = new UploadRosterService(s.members, s.dependents,
                s.transactions, s.audit, s.clock);
        holdRoster = new HoldRosterService(new InMemoryHeldRosters(), s.clock);
        setUpSurveyYear = new SetUpSurveyYearService(s.insurers, s.members, s.dependents, s.openSurveyYear, s.audit, s.clock);
        showSurveyYear = new ShowSurveyYearService(s.insurers, s.surveyYears);
        SurveyPorts ports = new SurveyPorts(s.accounts, s.insurers, s.members, s.surveyYears, s.dependents, s.surveyResponses,
                s.surveyDocuments, s.submissions, insurerSettings);
        showSurveyForm = new ShowSurveyFormService(ports, s.audit, s.clock);
    }

    public SignedInStaff operator() {
        return new SignedInStaff(new StaffId(staffIds++), LoginName.parse("operator"), StaffRole.OPERATOR, Optional.empty(),
                Optional.empty());
    }

    public SignedInStaff staff(Insurer insurer, StaffRole role) {
        return new SignedInStaff(new StaffId(staffIds++), LoginName.parse(role.name().toLowerCase().replace('_', '-')), role,
                Optional.of(insurer.code()), role == StaffRole.EMPLOYER_CONTACT ? Optional.of("本社") : Optional.empty());
    }

    public SignedInStaff administrator(Insurer insurer) {
        return staff(insurer, StaffRole.ADMINISTRATOR);
    }
}
