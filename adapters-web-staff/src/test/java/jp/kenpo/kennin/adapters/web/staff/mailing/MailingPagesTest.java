package jp.kenpo.kennin.adapters.web.staff.mailing;

import static jp.kenpo.kennin.application.mailing.campaign.MailingsOnFakes.OMRON;
import static jp.kenpo.kennin.application.mailing.campaign.MailingsOnFakes.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.TrustedProxies;
import jp.kenpo.kennin.adapters.web.staff.StaffSiteFixture;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.mailing.CampaignId;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort.DeliveryResult;
import jp.kenpo.kennin.application.mailing.campaign.CreateCampaignUseCase.CreateCampaignCommand;
import jp.kenpo.kennin.application.mailing.campaign.CreateCampaignUseCase.CreateCampaignResult;
import jp.kenpo.kennin.application.mailing.campaign.MailingsOnFakes;
import jp.kenpo.kennin.application.mailing.campaign.UndeliverableAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.mailing.DeliveryState;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** メール配信 over real HTTP with the real use cases on in-memory ports. */
class MailingPagesTest {
    final MailingsOnFakes m = new MailingsOnFakes();
    final StaffSiteFixture site;
    final SignedInStaff admin = m.staff(OMRON, StaffRole.ADMINISTRATOR, "kanri@omron.example.jp");

    MailingPagesTest() {
        site = StaffSiteFixture.start(List.of(new MailingPages(new MailingUseCases(m.campaignService, m.campaignService,
                m.campaignService, m.export, m.templates, m.templates, m.samples, m.samples),
                new ClientAddresses(TrustedProxies.none()))), m.clock);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    Browser signedIn(SignedInStaff staff) {
        Browser browser = site.browser();
        site.signIn(browser, staff);
        return browser;
    }

    CampaignId campaignOf(SignedInStaff owner, CampaignKind kind) {
        return ((CreateCampaignResult.Created) m.campaignService.createCampaign(new CreateCampaignCommand(owner, kind,
                Optional.of(LocalDateTime.of(2025, 7, 2, 9, 0)), ClientAddress.local()))).id();
    }

    @Test
    void aReviewerIsRefusedEveryMailingPage() {
        Browser reviewer = signedIn(m.staff(OMRON, StaffRole.REVIEWER, null));
        CampaignId id = campaignOf(admin, CampaignKind.INVITATION);

        assertThat(reviewer.fetch("/admin/mailings").statusCode()).isEqualTo(403);
        assertThat(reviewer.fetch("/admin/mailings/templates/invitation").statusCode()).isEqualTo(403);
        assertThat(reviewer.fetch("/admin/mailings/" + id + "/undeliverable.csv").statusCode()).isEqualTo(403);
        reviewer.open("/admin");
        assertThat(reviewer.post("/admin/mailings/" + id + "/pause", Map.of("_csrf", reviewer.csrfToken().orElse("")), Map.of())
                .statusCode()).isEqualTo(403);
        assertThat(m.campaigns.campaigns.get(id.value()).paused).isFalse();
    }

    @Test
    void theAdministratorCreatesACampaignAndSeesItScheduledWithItsButtons() {
        Browser browser = signedIn(admin);
        browser.open("/admin/mailings");

        HttpResponse<String> page = browser.submit("/admin/mailings", Map.of("kind", "INVITATION", "startDate", "2025-07-02",
                "startTime", "09:00"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("配信を作成しました。", "2025年度の配信", "案内", "2025/07/02 09:00", "data-state=\"SCHEDULED\">予定<",
                "一時停止", "中止");
        assertThat(m.campaigns.campaigns).hasSize(1);
    }

    @Test
    void aStartInThePastIsRefusedInJapaneseAndNothingIsStored() {
        Browser browser = signedIn(admin);
        browser.open("/admin/mailings");

        HttpResponse<String> page = browser.submit("/admin/mailings", Map.of("kind", "REMINDER", "startDate", "2025-06-30",
                "startTime", "09:00"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("入力内容に誤りがあります", "開始日時は現在以降にしてください。", "href=\"#startDate\"");
        assertThat(browser.submit("/admin/mailings", Map.of("kind", "REMINDER", "startDate", "七月二日", "startTime", "9時"))
                .body()).contains("開始日と開始時刻を入力してください。");
        assertThat(m.campaigns.campaigns).isEmpty();
    }

    @Test
    void pauseAndResumeAreButtonsAndADoubleClickIsHarmless() {
        CampaignId id = campaignOf(admin, CampaignKind.INVITATION);
        m.campaigns.start(id, Instant.parse("2025-07-02T00:00:00Z"), Map.of(DeliveryState.QUEUED, 4L, DeliveryState.SENT, 2L));
        Browser browser = signedIn(admin);
        browser.open("/admin/mailings");

        assertThat(browser.submit("/admin/mailings/" + id + "/pause", Map.of()).body()).contains("配信を一時停止しました。",
                "data-state=\"PAUSED\">一時停止<", "data-count=\"QUEUED\">4<", "再開");
        assertThat(browser.submit("/admin/mailings/" + id + "/pause", Map.of()).statusCode()).isEqualTo(200);
        assertThat(browser.submit("/admin/mailings/" + id + "/cancel", Map.of()).body())
                .contains("配信はすでに始まっているため中止できません。");
        assertThat(browser.submit("/admin/mailings/" + id + "/resume", Map.of()).body()).contains("data-state=\"SENDING\">送信中<");
        assertThat(m.audit.withAction(AuditAction.CAMPAIGN_PAUSED)).hasSize(1);
    }

    @Test
    void anotherInsurersCampaignIsNotFound() {
        CampaignId foreign = campaignOf(m.staff(OMRON, StaffRole.ADMINISTRATOR, null), CampaignKind.INVITATION);
        Browser other = signedIn(m.staff(OTHER, StaffRole.ADMINISTRATOR, "a@other.example.jp"));
        other.open("/admin/mailings");

        for (String action : List.of("pause", "resume", "cancel")) {
            assertThat(other.post("/admin/mailings/" + foreign + "/" + action, Map.of("_csrf", other.csrfToken().orElseThrow()),
                    Map.of()).statusCode()).isEqualTo(404);
        }
        assertThat(other.fetch("/admin/mailings/" + foreign + "/undeliverable.csv").statusCode()).isEqualTo(404);
        assertThat(other.fetch("/admin/mailings/abc/undeliverable.csv").statusCode()).isEqualTo(404);
        assertThat(m.campaigns.campaigns.get(foreign.value()).paused).isFalse();
        assertThat(m.campaigns.campaigns.get(foreign.value()).cancelledAt).isNull();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        CampaignId id = campaignOf(admin, CampaignKind.INVITATION);
        Browser browser = signedIn(admin);
        browser.open("/admin/mailings");

        assertThat(browser.post("/admin/mailings/" + id + "/cancel", Map.of(), Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.post("/admin/mailings", Map.of("kind", "REMINDER", "startDate", "2025-07-03", "startTime", "09:00"),
                Map.of()).statusCode()).isEqualTo(403);
        assertThat(m.campaigns.campaigns).hasSize(1);
        assertThat(m.campaigns.campaigns.get(id.value()).cancelledAt).isNull();
    }

    @Test
    void theFailedCodeMailsOfTheLastDayAndWeekAreOnTheMailingPage() {
        m.campaigns.failedMail(OMRON, Instant.parse("2025-06-30T12:00:00Z"));
        m.campaigns.failedMail(OMRON, Instant.parse("2025-06-27T12:00:00Z"));

        String page = signedIn(admin).open("/admin/mailings").body();

        assertThat(page).contains("直近24時間: 1件 ／ 直近7日間: 2件", "data-failed-day=\"1\"", "メールサーバーの設定や状態を確認してください",
                "href=\"/admin/mailings/templates/invitation\"", "href=\"/admin/mailings/templates/result-notice\"",
                "メールが届かない加入者: 0人");
    }

    @Test
    void aTemplateWithAMistypedPlaceholderIsRefusedNamingItAndNothingIsStored() {
        Browser browser = signedIn(admin);
        browser.open("/admin/mailings/templates/reminder");

        HttpResponse<String> page = browser.submit("/admin/mailings/templates/reminder", Map.of("action", "save",
                "subject", "ご提出のお願い", "body", "{nmae} 様\n{results}"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("入力内容に誤りがあります", "知らない差し込み項目があります: {nmae}",
                "この種類のメールでは使えない差し込み項目があります: {results}", "本文に {url} を入れてください", "{nmae} 様");
        assertThat(m.campaigns.loadTemplate(OMRON, CampaignKind.REMINDER)).isEmpty();
    }

    @Test
    void aGoodTemplateIsSavedAndShownAsTheInsurersOwn() {
        Browser browser = signedIn(admin);
        browser.open("/admin/mailings/templates/reminder");

        HttpResponse<String> page = browser.submit("/admin/mailings/templates/reminder", Map.of("action", "save",
                "subject", "ご提出のお願い", "body", "{name} 様\n{url}"));

        assertThat(page.body()).contains("文面を保存しました。", "この組合の文面", "ご提出のお願い");
        assertThat(m.campaigns.loadTemplate(OMRON, CampaignKind.REMINDER)).isPresent();
    }

    @Test
    void thePreviewShowsTheTypedTextFilledForTheChosenMemberAndIsAudited() {
        Browser browser = signedIn(admin);
        browser.open("/admin/mailings/templates/invitation");

        HttpResponse<String> page = browser.submit("/admin/mailings/templates/invitation", Map.of("action", "preview",
                "source", "typed", "subject", "{name} 様へのご案内", "body", "期限は{deadline}です。\n{url}", "symbol", "01", "number", "42"));

        assertThat(page.body()).contains("山田 太郎 様へのご案内", "期限は2025年8月31日です。", "https://kennin.example.jp/signup",
                "yamada@example.jp");
        assertThat(m.audit.actions()).containsExactly(AuditAction.CAMPAIGN_MAIL_PREVIEWED);
        assertThat(browser.submit("/admin/mailings/templates/invitation", Map.of("action", "preview", "source", "saved",
                "symbol", "01", "number", "43")).body()).contains("この記号・番号の加入者は見つかりません。",
                "value=\"saved\" checked");
    }

    @Test
    void theTestMailSaysWhereItWentOrWhatTheServerSaid() {
        Browser browser = signedIn(admin);
        browser.open("/admin/mailings/templates/invitation");
        Map<String, String> test = Map.of("action", "test", "source", "saved", "symbol", "01", "number", "42");

        assertThat(browser.submit("/admin/mailings/templates/invitation", test).body())
                .contains("テストメールを kanri@omron.example.jp に送信しました");
        m.delivery.answer = new DeliveryResult.RetryLater("connect to smtp.example.jp:25 refused", true);
        assertThat(browser.submit("/admin/mailings/templates/invitation", test).body())
                .contains("送信できませんでした。メールサーバーの応答: connect to smtp.example.jp:25 refused");
        Browser noMail = signedIn(m.staff(OMRON, StaffRole.ADMINISTRATOR, null));
        noMail.open("/admin/mailings/templates/invitation");
        assertThat(noMail.submit("/admin/mailings/templates/invitation", test).body())
                .contains("あなたのアカウントにメールアドレスが登録されていないため、テスト送信できません。");
        assertThat(m.delivery.mails).hasSize(2);
    }

    @Test
    void theUndeliverableListDownloadsAsCsvInWindows31JOrUtf8AndIsAudited() {
        CampaignId id = campaignOf(admin, CampaignKind.INVITATION);
        m.campaigns.addUndeliverable(OMRON, id, new UndeliverableAddress("01", "42", "山田 太郎", "本社", "yamada@example.jp",
                "550 no such user", Instant.parse("2025-07-02T00:05:00Z")));
        Browser browser = signedIn(admin);

        HttpResponse<byte[]> sjis = browser.download("/admin/mailings/" + id + "/undeliverable.csv");
        HttpResponse<byte[]> utf8 = browser.download("/admin/mailings/" + id + "/undeliverable.csv?encoding=utf8");

        assertThat(sjis.statusCode()).isEqualTo(200);
        assertThat(sjis.headers().firstValue("Content-Type")).hasValue("text/csv; charset=Windows-31J");
        assertThat(sjis.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment",
                "undeliverable-" + id + ".csv"));
        assertThat(new String(sjis.body(), StandardCharsets.UTF_8)).isEqualTo("01\t42\t山田 太郎\tWINDOWS_31J\n");
        assertThat(utf8.headers().firstValue("Content-Type")).hasValue("text/csv; charset=UTF-8");
        assertThat(new String(utf8.body(), StandardCharsets.UTF_8)).endsWith("UTF8_BOM\n");
        assertThat(m.audit.withAction(AuditAction.UNDELIVERABLE_ADDRESSES_EXPORTED)).hasSize(2);
    }

    @Test
    void aResultNoticePreviewSaysWhereTheDecisionsWillGo() {
        Browser browser = signedIn(admin);
        browser.open("/admin/mailings/templates/result-notice");

        assertThat(browser.submit("/admin/mailings/templates/result-notice", Map.of("action", "preview", "source", "saved",
                "symbol", "01", "number", "42")).body()).contains("審査の結果は次のとおりです。\n\n（ここに被扶養者ごとの審査結果が1行ずつ入ります）");
    }
}
