package jp.kenpo.kennin.adapters.web.staff.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.TrustedProxies;
import jp.kenpo.kennin.adapters.web.staff.StaffAccess;
import jp.kenpo.kennin.adapters.web.staff.StaffSiteFixture;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.fakes.InMemoryInsurers;
import jp.kenpo.kennin.application.fakes.InMemorySurveyYears;
import jp.kenpo.kennin.application.fakes.MutableClock;
import jp.kenpo.kennin.application.fakes.RecordingAuditLog;
import jp.kenpo.kennin.application.letters.DownloadLetterBatchService;
import jp.kenpo.kennin.application.letters.GenerateLetterBatchService;
import jp.kenpo.kennin.application.letters.InMemoryLetters;
import jp.kenpo.kennin.application.letters.LetterBatch;
import jp.kenpo.kennin.application.letters.ListLetterBatchesService;
import jp.kenpo.kennin.application.letters.RequestLetterBatchService;
import jp.kenpo.kennin.application.mailing.CampaignMailComposer;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The letters page over real HTTP, with the real use cases on in-memory ports (the background run is called directly). */
class LetterPagesTest {
    static final InsurerCode OMRON = InsurerCode.parse("omron");
    static final InsurerCode KOBE = InsurerCode.parse("kobe");
    final InMemoryLetters letters = new InMemoryLetters();
    final RecordingAuditLog audit = new RecordingAuditLog();
    final MutableClock clock = MutableClock.at("2025-08-01T01:00:00Z");
    final GenerateLetterBatchService generate;
    final StaffSiteFixture site;

    LetterPagesTest() {
        InMemoryInsurers insurers = new InMemoryInsurers();
        InMemorySurveyYears years = new InMemorySurveyYears();
        for (InsurerCode code : List.of(OMRON, KOBE)) {
            insurers.saveInsurer(new Insurer(code, "健康保険組合 " + code.value(), EmailAddress.parse("kenpo@example.jp"),
                    new InsurerContact("0120-123-456", "平日", "help@example.jp", ""), CredentialPolicy.manualDefault(), 2025));
            years.saveSurveyYear(new SurveyYear(code, 2025, "令和7年度", LocalDate.of(2025, 7, 1),
                    new SurveyDeadline(LocalDate.of(2025, 8, 31))));
        }
        letters.member(OMRON, 1, "10", "1", "本社", Optional.empty(), true, false);
        letters.member(OMRON, 2, "10", "2", "大阪支店", Optional.empty(), false, false);
        letters.member(KOBE, 3, "20", "1", "神戸本社", Optional.empty(), true, false);
        generate = new GenerateLetterBatchService(letters, insurers, years, letters, letters, letters,
                new CampaignMailComposer("https://kennin.example.jp"), clock);
        site = StaffSiteFixture.start(List.of(new LetterPages(new LetterUseCases(new ListLetterBatchesService(insurers, letters,
                letters), new RequestLetterBatchService(insurers, years, letters, letters, letters, audit, clock),
                new DownloadLetterBatchService(letters, letters, audit, clock)), new ClientAddresses(TrustedProxies.none()))),
                clock);
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

    @Test
    void anAdministratorAsksForLettersSeesThemQueuedThenDoneAndDownloadsThePdf() {
        Browser admin = signedIn(StaffRole.ADMINISTRATOR, "omron");
        HttpResponse<String> empty = admin.open("/admin/letters");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("郵送のお知らせ", "メールが届かなかった加入者", "大阪支店", "まだ作成したお知らせはありません");

        HttpResponse<String> queued = admin.submit("/admin/letters", Map.of("kind", "UNDELIVERABLE", "office", "", "cards", ""));

        assertThat(queued.statusCode()).isEqualTo(200);
        assertThat(queued.body()).contains("受付番号 1、1通", "data-state=\"QUEUED\"").doesNotContain("/admin/letters/1/letters.pdf");
        assertThat(queued.headers().firstValue("Refresh")).contains("10");
        assertThat(letters.scheduled).containsExactly(1L);
        assertThat(admin.fetch("/admin/letters/1/letters.pdf").statusCode()).isEqualTo(303);

        generate.generateLetterBatch(1);

        HttpResponse<String> done = admin.open("/admin/letters");
        assertThat(done.body()).contains("data-state=\"DONE\"", "href=\"/admin/letters/1/letters.pdf\"");
        assertThat(done.headers().firstValue("Refresh")).isEmpty();
        HttpResponse<byte[]> pdf = admin.download("/admin/letters/1/letters.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        assertThat(new String(pdf.body(), StandardCharsets.UTF_8)).contains("会員1", "記号 10 番号 ※1").doesNotContain("会員2");
        assertThat(audit.actions()).containsExactly(AuditAction.LETTER_BATCH_REQUESTED, AuditAction.LETTER_BATCH_DOWNLOADED);
    }

    @Test
    void aListWithABadLineIsShownBackInJapaneseAndNothingIsQueued() {
        Browser admin = signedIn(StaffRole.ADMINISTRATOR, "omron");
        admin.open("/admin/letters");

        HttpResponse<String> page = admin.submit("/admin/letters", Map.of("kind", "LIST", "office", "",
                "cards", "１０　１\nやまだ\n20 1\n"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("使えない行が 2 行あります", "2行目: 記号と番号として読めません。",
                "3行目: この記号・番号の加入者は登録されていません。", "やまだ");
        assertThat(letters.batches).isEmpty();
        assertThat(letters.scheduled).isEmpty();
    }

    @Test
    void anEmptySelectionIsRefusedWithItsReason() {
        Browser admin = signedIn(StaffRole.ADMINISTRATOR, "omron");
        admin.open("/admin/letters");

        assertThat(admin.submit("/admin/letters", Map.of("kind", "OFFICE", "office", "名古屋支店", "cards", "")).body())
                .contains("選んだ事業所に加入者はいません");
        assertThat(admin.submit("/admin/letters", Map.of("kind", "OFFICE", "office", "", "cards", "")).body())
                .contains("事業所を選んでください");
        assertThat(letters.batches).isEmpty();
    }

    @Test
    void aReviewerMayNotUseLetters() {
        Browser reviewer = signedIn(StaffRole.REVIEWER, "omron");

        assertThat(reviewer.fetch("/admin/letters").statusCode()).isEqualTo(403);
        assertThat(reviewer.post("/admin/letters", Map.of("kind", "UNDELIVERABLE", "_csrf",
                reviewer.csrfToken().orElse("x")), Map.of()).statusCode()).isEqualTo(403);
        assertThat(letters.batches).isEmpty();
    }

    @Test
    void anotherInsurersBatchIsNotFoundAndNotListed() {
        Browser omron = signedIn(StaffRole.ADMINISTRATOR, "omron");
        omron.open("/admin/letters");
        omron.submit("/admin/letters", Map.of("kind", "UNDELIVERABLE", "office", "", "cards", ""));
        generate.generateLetterBatch(1);
        assertThat(letters.batches.get(1L).state()).isEqualTo(LetterBatch.State.DONE);

        Browser kobe = signedIn(StaffRole.ADMINISTRATOR, "kobe");

        assertThat(kobe.fetch("/admin/letters/1/letters.pdf").statusCode()).isEqualTo(404);
        assertThat(kobe.fetch("/admin/letters/abc/letters.pdf").statusCode()).isEqualTo(404);
        assertThat(kobe.open("/admin/letters").body()).doesNotContain("/admin/letters/1/letters.pdf")
                .contains("まだ作成したお知らせはありません");
        assertThat(audit.actions()).doesNotContain(AuditAction.LETTER_BATCH_DOWNLOADED);
    }

    @Test
    void aRequestWithoutTheFormsCsrfTokenIsRefusedAndQueuesNothing() {
        Browser admin = signedIn(StaffRole.ADMINISTRATOR, "omron");
        admin.open("/admin/letters");

        assertThat(admin.post("/admin/letters", Map.of("kind", "UNDELIVERABLE"), Map.of()).statusCode()).isEqualTo(403);
        assertThat(admin.post("/admin/letters", Map.of("kind", "UNDELIVERABLE", "_csrf", "wrong"), Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(letters.batches).isEmpty();
    }

    @Test
    void everyLettersRouteNeedsManageMailings() {
        assertThat(site.site().routes()).filteredOn(r -> r.path().startsWith("/admin/letters")).hasSize(3)
                .allSatisfy(r -> assertThat(r.access()).isEqualTo(StaffAccess.needs(
                        jp.kenpo.kennin.domain.staff.StaffPermission.MANAGE_MAILINGS)));
    }
}
