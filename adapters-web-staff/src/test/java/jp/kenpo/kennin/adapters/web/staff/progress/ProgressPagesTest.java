package jp.kenpo.kennin.adapters.web.staff.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.TrustedProxies;
import jp.kenpo.kennin.adapters.web.staff.StaffAccess;
import jp.kenpo.kennin.adapters.web.staff.StaffSiteFixture;
import jp.kenpo.kennin.adapters.web.staff.review.ReviewQueuePages;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.fakes.InMemoryInsurers;
import jp.kenpo.kennin.application.fakes.InMemorySurveyYears;
import jp.kenpo.kennin.application.fakes.MutableClock;
import jp.kenpo.kennin.application.fakes.RecordingAuditLog;
import jp.kenpo.kennin.application.progress.ExportNonSubmittersService;
import jp.kenpo.kennin.application.progress.InMemoryProgress;
import jp.kenpo.kennin.application.progress.ListReviewQueueService;
import jp.kenpo.kennin.application.progress.MemberProgress;
import jp.kenpo.kennin.application.progress.ShowSurveyProgressService;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.Prospect;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard, the non-submitters' CSV and the review queue over real HTTP, with the real use cases on in-memory ports. */
class ProgressPagesTest {
    static final InsurerCode OMRON = InsurerCode.parse("omron");
    final InMemoryProgress progress = new InMemoryProgress();
    final RecordingAuditLog audit = new RecordingAuditLog();
    // The morning after the deadline day, in Tokyo.
    final MutableClock clock = MutableClock.at("2025-09-01T00:00:00Z");
    final StaffSiteFixture site;

    ProgressPagesTest() {
        InMemoryInsurers insurers = new InMemoryInsurers();
        insurers.saveInsurer(new Insurer(OMRON, "オムロン健康保険組合", EmailAddress.parse("kenpo@example.jp"),
                new InsurerContact("0120-123-456", "平日", "help@example.jp", "https://example.jp/faq"),
                CredentialPolicy.manualDefault(), 2025));
        InMemorySurveyYears years = new InMemorySurveyYears();
        years.saveSurveyYear(new SurveyYear(OMRON, 2025, "令和7年度 被扶養者資格調査", LocalDate.of(2025, 7, 1),
                new SurveyDeadline(LocalDate.of(2025, 8, 31))));
        ClientAddresses clients = new ClientAddresses(TrustedProxies.none());
        site = StaffSiteFixture.start(List.of(
                new ProgressPages(new ProgressUseCases(new ShowSurveyProgressService(insurers, years, progress, clock),
                        new ExportNonSubmittersService(insurers, years, progress, audit, clock)), clients),
                new ReviewQueuePages(new ListReviewQueueService(insurers, years, progress, audit, clock), clients)), clock);
        member(1, "本社", ProgressStatus.UNREGISTERED, null);
        member(2, "大阪支店", ProgressStatus.ANSWERING, null);
        member(3, "本社", ProgressStatus.SUBMITTED, Instant.parse("2025-08-20T01:00:00Z"));
        member(4, "本社", ProgressStatus.RETURNED, Instant.parse("2025-08-19T01:00:00Z"));
    }

    void member(long id, String office, ProgressStatus status, Instant submitted) {
        progress.rows.put(id, new MemberProgress(new MemberId(id), office, status, Optional.ofNullable(submitted),
                Optional.of(Prospect.NEEDS_REVIEW).filter(p -> submitted != null), false, false));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    Browser signedIn(StaffRole role, String insurer) {
        Browser browser = site.browser();
        site.signIn(browser, StaffSiteFixture.staff(role, insurer));
        return browser;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aReviewerSeesEveryOfficeWithTheUnsubmittedCountedAsExpiredAndALinkToEachOfficesList() {
        HttpResponse<String> page = signedIn(StaffRole.REVIEWER, "omron").open("/admin/progress");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("調査の進捗", "未提出のまま期限切れ", "大阪支店", "本社", "回答期限を過ぎました")
                .contains("/admin/progress/non-submitters.csv?office=" + encode("大阪支店"))
                .contains("data-status=\"EXPIRED\">2<");
    }

    @Test
    void theNonSubmittersOfOneOfficeComeAsUtf8CsvWithABomAndTheExportIsAudited() {
        Browser browser = signedIn(StaffRole.HELP_DESK, "omron");

        HttpResponse<byte[]> csv = browser.download("/admin/progress/non-submitters.csv?office=" + encode("本社"));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        byte[] body = csv.body();
        assertThat(body[0]).isEqualTo((byte) 0xEF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).containsExactly("記号,番号,氏名,氏名カナ,状況", "01,1,山田 太郎,ヤマダ タロウ,未提出のまま期限切れ",
                "01,4,山田 太郎,ヤマダ タロウ,差し戻し中");
        assertThat(audit.actions()).containsExactly(AuditAction.NON_SUBMITTERS_EXPORTED);
    }

    @Test
    void anHrContactSeesTheirOwnOfficeOnlyAndCanNeverAskForAnother() {
        Browser hr = signedIn(StaffRole.EMPLOYER_CONTACT, "omron");

        HttpResponse<String> own = hr.open("/admin/office-progress");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("本社").doesNotContain("大阪支店");
        HttpResponse<byte[]> csv = hr.download("/admin/office-progress/non-submitters.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("未提出のまま期限切れ").doesNotContain(",2,");

        assertThat(hr.fetch("/admin/office-progress/non-submitters.csv?office=" + encode("大阪支店")).statusCode()).isEqualTo(404);
        assertThat(hr.fetch("/admin/progress").statusCode()).isEqualTo(403);
        assertThat(hr.fetch("/admin/progress/non-submitters.csv?office=" + encode("大阪支店")).statusCode()).isEqualTo(403);
        assertThat(hr.fetch("/admin/review").statusCode()).isEqualTo(403);
    }

    @Test
    void theHomePageLinksEachRoleToTheProgressPagesItMayUse() {
        assertThat(signedIn(StaffRole.EMPLOYER_CONTACT, "omron").open("/admin").body())
                .contains("href=\"/admin/office-progress\"").doesNotContain("href=\"/admin/progress\"");
        assertThat(signedIn(StaffRole.REVIEWER, "omron").open("/admin").body())
                .contains("href=\"/admin/progress\"", "href=\"/admin/review\"");
        assertThat(signedIn(StaffRole.HELP_DESK, "omron").open("/admin").body())
                .contains("href=\"/admin/progress\"").doesNotContain("href=\"/admin/review\"");
    }

    @Test
    void staffOfAnotherInsurerSeeNoneOfItsProgress() {
        Browser kobe = signedIn(StaffRole.ADMINISTRATOR, "kobe");

        assertThat(kobe.open("/admin/progress").body()).doesNotContain("本社");
        assertThat(kobe.fetch("/admin/progress/non-submitters.csv?office=" + encode("本社")).statusCode()).isEqualTo(404);
        assertThat(kobe.open("/admin/review").body()).doesNotContain("/admin/review/members/");
    }

    @Test
    void everyProgressRouteDeclaresAPermission() {
        assertThat(site.site().routes()).filteredOn(r -> r.path().contains("progress") || r.path().startsWith("/admin/review"))
                .hasSize(5)
                .allSatisfy(r -> assertThat(r.access()).isNotIn(StaffAccess.PUBLIC, StaffAccess.SIGNED_IN));
    }

    @Test
    void theQueueListsTheOldestSubmissionFirstFiftyAPageWithALinkToTheNext() {
        for (long id = 10; id < 70; id++) {
            member(id, "本社", ProgressStatus.SUBMITTED, Instant.parse("2025-08-01T00:00:00Z").plusSeconds(id));
        }
        Browser reviewer = signedIn(StaffRole.REVIEWER, "omron");

        HttpResponse<String> first = reviewer.open("/admin/review");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("href=\"/admin/review/members/10\"").doesNotContain("href=\"/admin/review/members/3\"")
                .contains("要確認").contains("rel=\"next\"");
        assertThat(first.body().indexOf("/admin/review/members/10\"")).isLessThan(first.body().indexOf("/admin/review/members/11\""));
        String next = first.body().replaceAll("(?s).*href=\"([^\"]*)\" rel=\"next\".*", "$1").replace("&amp;", "&");
        HttpResponse<String> second = reviewer.open(next);
        assertThat(second.body()).contains("/admin/review/members/60\"", "/admin/review/members/3\"")
                .doesNotContain("/admin/review/members/10\"").doesNotContain("rel=\"next\"");
        assertThat(reviewer.open("/admin/review?status=RETURNED").body()).contains("/admin/review/members/4\"")
                .doesNotContain("/admin/review/members/3\"");
        assertThat(audit.withAction(AuditAction.REVIEW_QUEUE_VIEWED)).hasSize(3);
    }
}
