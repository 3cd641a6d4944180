package jp.kenpo.kennin.application.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.fakes.InMemoryDocumentStorage;
import jp.kenpo.kennin.application.fakes.InMemoryResultNotices;
import jp.kenpo.kennin.application.fakes.InMemoryStaff;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearCommand;
import jp.kenpo.kennin.application.progress.ProgressTracker;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffPort.NewStaff;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase.DeclareNoLongerEligibleCommand;
import jp.kenpo.kennin.application.survey.DependentReview;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersCommand;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.SubmitSurveyResult;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentCommand;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentResult;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyScope;

/**
 * omron's 2025 survey (deadline 2025-08-31) in which 山田 太郎 declared that his wife 花子 found a
 * job with her own insurance and proved his student son 一郎's status with files, and submitted;
 * two omron reviewers (佐藤, 鈴木), omron's help desk, and a reviewer of kobe, another insurer
 * with its own member; every review use case wired to the in-memory system with a tracker that
 * records what it was told.
 */
final class ReviewDesk {
    static final ClientAddress CLIENT = ClientAddress.local();

    final Omron omron = new Omron();
    final InMemorySystem system = omron.system;
    final InMemoryStaff staffAccounts = new InMemoryStaff();
    final List<MemberId> progressed = new ArrayList<>();
    final ProgressTracker tracker = (insurer, year, member) -> progressed.add(member);
    /** The outbox's side of result notices: what the decisions queued. */
    final InMemoryResultNotices resultNotices = new InMemoryResultNotices();
    final ReviewPorts ports = new ReviewPorts(system.surveyPorts, system.reviews, system.reviews, system.reviews,
            system.reviews, system.reviews, resultNotices, staffAccounts, system.transactions, tracker);
    final Insurer kobe = system.insurer("kobe", "神戸健康保険組合", 2025);
    final InsuredMember kobeTaro = system.member(kobe, "12", "3456", "山田 太郎", "ヤマダ タロウ", Omron.TARO_BIRTH_DATE,
            "taro@kobe.example.jp");
    final Account taro;
    final Dependent wife;
    final Dependent son;
    final SignedInStaff sato;
    final SignedInStaff suzuki;
    final SignedInStaff helpDesk;
    final SignedInStaff kobeReviewer;

    final ShowReviewCaseService show = new ShowReviewCaseService(ports, system.audit, system.clock);
    final ClaimReviewService claim = new ClaimReviewService(ports, system.audit, system.clock);
    final DecideDependentService decide = new DecideDependentService(ports, system.audit, system.clock);
    final ApproveDecisionService approve = new ApproveDecisionService(ports, system.audit, system.clock);
    final RejectDocumentService reject = new RejectDocumentService(ports, system.mailer, system.settings.loginUrl(),
            system.audit, system.clock);
    final RequestExtraDocumentService requestExtra = new RequestExtraDocumentService(ports, system.mailer,
            system.settings.loginUrl(), system.audit, system.clock);
    final SendBackResponseService sendBack = new SendBackResponseService(ports, system.mailer, system.settings.loginUrl(),
            system.audit, system.clock);

    ReviewDesk() {
        system.openSurveyYear.openSurveyYear(new OpenSurveyYearCommand("omron", 2025, "令和7年度", LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 8, 31), Optional.of(LocalDate.of(2025, 10, 1)), SurveyScope.all()));
        system.importDependents.importDependents(new ImportDependentsCommand("omron", List.of(
                new DependentRosterRow(2, "12", "3456", "1", "山田 花子", "ヤマダ ハナコ", "1982/06/15", "妻", "女", "同居", ""),
                new DependentRosterRow(3, "12", "3456", "2", "山田 一郎", "ヤマダ イチロウ", "2005/06/01", "長男", "男", "別居", ""))));
        taro = system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        List<Dependent> family = system.dependents.dependentsOf(omron.taro.id());
        wife = family.get(0);
        son = family.get(1);
        sato = staff("sato", "佐藤 次郎", StaffRole.REVIEWER, omron.insurer.code());
        suzuki = staff("suzuki", "鈴木 三郎", StaffRole.REVIEWER, omron.insurer.code());
        helpDesk = staff("desk", "田中 四郎", StaffRole.HELP_DESK, omron.insurer.code());
        kobeReviewer = staff("kobe.reviewer", "神戸 五郎", StaffRole.REVIEWER, kobe.code());
    }

    private SignedInStaff staff(String login, String name, StaffRole role, InsurerCode insurer) {
        var id = staffAccounts.createStaff(new NewStaff(Optional.of(insurer), LoginName.parse(login), name, Optional.empty(),
                role, Optional.empty()), system.clock.instant()).orElseThrow();
        return new SignedInStaff(id, LoginName.parse(login), role, Optional.of(insurer), Optional.empty());
    }

    MemberId member() {
        return omron.taro.id();
    }

    /** The son's answers, every file his checklist asks for, the wife's declaration, and the submission. */
    ReviewDesk submitted() {
        Map<Question, String> raw = new EnumMap<>(Question.class);
        raw.putAll(Map.of(Question.LIVING, "APART_FOR_SCHOOL", Question.SITUATION, "STUDENT", Question.RESIDENCE, "IN_JAPAN",
                Question.EMPLOYMENT_CHANGED, "no", Question.UNEMPLOYMENT_BENEFIT, "NOT_CLAIMING",
                Question.OTHER_HEALTH_INSURANCE, "no", Question.DISABLED, "no", Question.REMITTANCE, "120万"));
        system.saveSurveyAnswers.saveSurveyAnswers(new SaveSurveyAnswersCommand(taro.id(), son.id(), raw, CLIENT));
        sonsChecklist().outstanding().forEach(kind -> upload(kind, "IMG_" + kind.ordinal() + ".jpg"));
        system.declareNoLongerEligible.declareNoLongerEligible(new DeclareNoLongerEligibleCommand(taro.id(), wife.id(),
                "2025/06/01", "EMPLOYED_WITH_OWN_INSURANCE", CLIENT));
        resubmit();
        progressed.clear();
        return this;
    }

    void resubmit() {
        assertThat(system.submitSurvey.submitSurvey(taro.id(), CLIENT)).isInstanceOf(SubmitSurveyResult.Submitted.class);
    }

    SurveyDocument upload(DocumentKind kind, String fileName) {
        var result = system.uploadSurveyDocument.uploadSurveyDocument(new UploadSurveyDocumentCommand(taro.id(), son.id(),
                kind.name(), new ByteArrayInputStream(InMemoryDocumentStorage.jpeg()), fileName, "image/jpeg",
                Optional.empty(), CLIENT));
        return ((UploadSurveyDocumentResult.Uploaded) result).document();
    }

    DependentReview sonsChecklist() {
        return system.showSurveyDocuments.showSurveyDocuments(taro.id(), son.id(), CLIENT).orElseThrow().review();
    }
}
