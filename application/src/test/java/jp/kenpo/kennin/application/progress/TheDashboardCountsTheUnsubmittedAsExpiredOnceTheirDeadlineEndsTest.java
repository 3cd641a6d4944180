package jp.kenpo.kennin.application.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.fakes.InMemoryInsurers;
import jp.kenpo.kennin.application.fakes.InMemorySurveyYears;
import jp.kenpo.kennin.application.fakes.MutableClock;
import jp.kenpo.kennin.application.fakes.RecordingAuditLog;
import jp.kenpo.kennin.application.progress.ExportNonSubmittersUseCase.ExportNonSubmittersCommand;
import jp.kenpo.kennin.application.progress.ExportNonSubmittersUseCase.ExportNonSubmittersResult;
import jp.kenpo.kennin.application.progress.ExportNonSubmittersUseCase.NonSubmitter;
import jp.kenpo.kennin.application.progress.ShowSurveyProgressUseCase.ShowSurveyProgressCommand;
import jp.kenpo.kennin.application.progress.ShowSurveyProgressUseCase.ShowSurveyProgressResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TheDashboardCountsTheUnsubmittedAsExpiredOnceTheirDeadlineEndsTest {
    static final InsurerCode INSURER = new InsurerCode("kenpo");
    static final ClientAddress CLIENT = new ClientAddress("192.0.2.1");
    static final SignedInStaff REVIEWER = staff(StaffRole.REVIEWER, Optional.empty());
    static final SignedInStaff HEAD_OFFICE_HR = staff(StaffRole.EMPLOYER_CONTACT, Optional.of("本社"));

    final InMemoryProgress progress = new InMemoryProgress();
    final RecordingAuditLog audit = new RecordingAuditLog();
    // 31 August 23:59 in Tokyo: the last minute of the deadline day.
    final MutableClock clock = MutableClock.at("2025-08-31T14:59:00Z");
    ShowSurveyProgressService dashboard;
    ExportNonSubmittersService nonSubmitters;

    static SignedInStaff staff(StaffRole role, Optional<String> office) {
        return new SignedInStaff(new StaffId(role.ordinal() + 1), LoginName.parse("staff" + role.ordinal()), role,
                Optional.of(INSURER), office);
    }

    @BeforeEach
    void setUp() {
        InMemoryInsurers insurers = new InMemoryInsurers();
        insurers.saveInsurer(new Insurer(INSURER, "サンプル健康保険組合", EmailAddress.parse("kenpo@example.jp"),
                new InsurerContact("0120-123-456", "平日", "help@example.jp", "https://example.jp/faq"),
                CredentialPolicy.manualDefault(), 2025));
        InMemorySurveyYears years = new InMemorySurveyYears();
        years.saveSurveyYear(new SurveyYear(INSURER, 2025, "令和7年度", LocalDate.of(2025, 7, 1),
                new SurveyDeadline(LocalDate.of(2025, 8, 31))));
        dashboard = new ShowSurveyProgressService(insurers, years, progress, clock);
        nonSubmitters = new ExportNonSubmittersService(insurers, years, progress, audit, clock);
        member(1, "本社", ProgressStatus.UNREGISTERED);
        member(2, "本社", ProgressStatus.ANSWERING);
        member(3, "本社", ProgressStatus.SUBMITTED);
        member(4, "大阪支店", ProgressStatus.REGISTERED);
        member(5, "大阪支店", ProgressStatus.RETURNED);
        // Member 2 was given until 10 September; member 4 an "extension" to a day before the deadline, which changes nothing.
        progress.extensions.put(2L, LocalDate.of(2025, 9, 10));
        progress.extensions.put(4L, LocalDate.of(2025, 8, 20));
    }

    void member(long id, String office, ProgressStatus status) {
        progress.rows.put(id, new MemberProgress(new MemberId(id), office, status, Optional.empty(), Optional.empty(), false,
                false));
    }

    ShowSurveyProgressResult.Shown show(SignedInStaff staff) {
        return (ShowSurveyProgressResult.Shown) dashboard.showSurveyProgress(new ShowSurveyProgressCommand(staff, CLIENT));
    }

    @Test
    void untilTheDeadlineDayEndsNobodyIsExpired() {
        ShowSurveyProgressResult.Shown shown = show(REVIEWER);

        assertThat(shown.pastDeadline()).isFalse();
        assertThat(shown.overall().of(ProgressStatus.EXPIRED)).isZero();
        assertThat(shown.overall().of(ProgressStatus.UNREGISTERED)).isEqualTo(1);
        assertThat(shown.overall().total()).isEqualTo(5);
        assertThat(shown.offices()).extracting(ShowSurveyProgressUseCase.OfficeCounts::office).containsExactly("大阪支店", "本社");
    }

    @Test
    void afterTheDeadlineTheUnsubmittedAreExpiredButForAnExtensionStillRunning() {
        clock.set(java.time.Instant.parse("2025-08-31T15:00:00Z"));

        ShowSurveyProgressResult.Shown shown = show(REVIEWER);

        assertThat(shown.pastDeadline()).isTrue();
        assertThat(shown.overall().byStatus()).containsAllEntriesOf(Map.of(ProgressStatus.EXPIRED, 2L,
                ProgressStatus.ANSWERING, 1L, ProgressStatus.UNREGISTERED, 0L, ProgressStatus.REGISTERED, 0L,
                ProgressStatus.SUBMITTED, 1L, ProgressStatus.RETURNED, 1L));
        assertThat(shown.overall().total()).isEqualTo(5);

        clock.set(java.time.Instant.parse("2025-09-10T15:00:00Z"));
        assertThat(show(REVIEWER).overall().of(ProgressStatus.EXPIRED)).isEqualTo(3);
    }

    @Test
    void anHrContactSeesTheirOwnOfficeAloneAndNoOtherOfficesList() {
        ShowSurveyProgressResult.Shown shown = show(HEAD_OFFICE_HR);

        assertThat(shown.offices()).extracting(ShowSurveyProgressUseCase.OfficeCounts::office).containsExactly("本社");
        assertThat(shown.overall().total()).isEqualTo(3);
        assertThat(nonSubmitters.exportNonSubmitters(new ExportNonSubmittersCommand(HEAD_OFFICE_HR, "大阪支店", CLIENT)))
                .isEqualTo(new ExportNonSubmittersResult.NotFound());
        assertThat(dashboard.showSurveyProgress(new ShowSurveyProgressCommand(staff(StaffRole.EMPLOYER_CONTACT,
                Optional.empty()), CLIENT))).isEqualTo(new ShowSurveyProgressResult.NoSurveyYear());
    }

    @Test
    void theNonSubmittersOfAnOfficeAreListedWithTheirOwnExpiryAndTheExportIsAudited() {
        clock.set(java.time.Instant.parse("2025-09-01T00:00:00Z"));

        var result = (ExportNonSubmittersResult.Exported) nonSubmitters.exportNonSubmitters(
                new ExportNonSubmittersCommand(HEAD_OFFICE_HR, "本社", CLIENT));

        assertThat(result.members()).extracting(NonSubmitter::number, NonSubmitter::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", ProgressStatus.EXPIRED),
                org.assertj.core.groups.Tuple.tuple("2", ProgressStatus.ANSWERING));
        assertThat(audit.actions()).containsExactly(AuditAction.NON_SUBMITTERS_EXPORTED);
        assertThat(audit.last().detail()).contains("office=本社", "rows=2");
    }

    @Test
    void staffWithoutAProgressPermissionAreRefusedByTheUseCaseItself() {
        SignedInStaff administratorOfNothing = staff(StaffRole.HELP_DESK, Optional.empty());
        assertThat(show(administratorOfNothing).overall().total()).isEqualTo(5);

        assertThatThrownBy(() -> new ListReviewQueueService(new InMemoryInsurers(), new InMemorySurveyYears(), progress, audit,
                clock).listReviewQueue(new ListReviewQueueUseCase.ListReviewQueueCommand(HEAD_OFFICE_HR, QueueFilter.submitted(),
                Optional.empty(), CLIENT))).isInstanceOf(StaffMayNot.class);
    }

    @Test
    void theRebuildWalksEveryMemberInBatchesAndStopsAfterTheLast() {
        InMemoryInsurers insurers = new InMemoryInsurers();
        insurers.saveInsurer(new Insurer(INSURER, "サンプル健康保険組合", EmailAddress.parse("kenpo@example.jp"),
                new InsurerContact("0120-123-456", "平日", "help@example.jp", "https://example.jp/faq"),
                CredentialPolicy.manualDefault(), 2025));
        InMemorySurveyYears years = new InMemorySurveyYears();
        years.saveSurveyYear(new SurveyYear(INSURER, 2025, "令和7年度", LocalDate.of(2025, 7, 1),
                new SurveyDeadline(LocalDate.of(2025, 8, 31))));
        InMemoryProgress fresh = new InMemoryProgress();
        for (long id = 1; id <= 7; id++) {
            fresh.add(new ProgressFacts(new MemberId(id), "本社", false, List.of(
                    AMembersProgressIsReadFromTheDependentsInScopeTest.WIFE), Map.of(), Optional.empty(), false));
        }
        var rebuild = new RebuildProgressService(insurers, years, fresh, fresh,
                new jp.kenpo.kennin.application.fakes.InlineTransactions(), 3);

        assertThat(rebuild.rebuildProgress(RebuildProgressUseCase.RebuildProgressCommand.currentYear(INSURER)))
                .isEqualTo(new RebuildProgressUseCase.RebuildProgressResult.Rebuilt(2025, 7));
        assertThat(fresh.rows).hasSize(7);
        assertThat(fresh.storeCalls).isEqualTo(3);
        assertThat(rebuild.rebuildProgress(RebuildProgressUseCase.RebuildProgressCommand.currentYear(new InsurerCode("other"))))
                .isEqualTo(new RebuildProgressUseCase.RebuildProgressResult.NoSurveyYear());
    }
}
