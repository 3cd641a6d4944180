package jp.kenpo.kennin.adapters.web.staff.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.TrustedProxies;
import jp.kenpo.kennin.adapters.web.staff.StaffAccess;
import jp.kenpo.kennin.adapters.web.staff.StaffRouteTable.Method;
import jp.kenpo.kennin.adapters.web.staff.StaffSiteFixture;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.helpdesk.HelpDesk;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The help desk's pages over real HTTP with the real use cases on in-memory ports. */
class HelpDeskPagesTest {
    private final HelpDesk desk = new HelpDesk();
    private final StaffSiteFixture site = StaffSiteFixture.start(List.of(pages(desk)), desk.system.clock);
    private final long taro = desk.omron.taro.id().value();

    static HelpDeskPages pages(HelpDesk desk) {
        return new HelpDeskPages(new HelpDeskUseCases(desk.find, desk.show, desk.unlock, desk.resend, desk.extend,
                desk.sendBack, desk.writeNote, desk.saveForMember, desk.uploadForMember, desk.submitForMember, desk.viewDocument,
                desk.queryLog,
                desk.exportLog), new ClientAddresses(TrustedProxies.none()));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Browser signedIn(StaffRole role, String insurer) {
        Browser browser = site.browser();
        site.signIn(browser, StaffSiteFixture.staff(role, insurer));
        return browser;
    }

    @Test
    void theHelpDeskFindsTaroByKanaTypedInHiraganaAndOpensHisCase() {
        Browser browser = signedIn(StaffRole.HELP_DESK, "omron");

        HttpResponse<String> results = browser.open("/admin/members?by=kana&q=" + java.net.URLEncoder.encode("やまだ たろう",
                StandardCharsets.UTF_8));

        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body()).contains("山田 太郎").contains("href=\"/admin/members/" + taro + "\"");
        HttpResponse<String> memberCase = browser.open("/admin/members/" + taro);
        assertThat(memberCase.statusCode()).isEqualTo(200);
        assertThat(memberCase.body()).contains("未登録").contains("山田 花子").contains("対象外").contains("回答期限 2025/08/31");
        assertThat(desk.system.audit.withAction(AuditAction.MEMBER_CASE_VIEWED)).hasSize(1);
    }

    @Test
    void staffOfAnotherInsurerFindNothingAndGetNotFoundForEveryMemberRoute() {
        Browser kobe = signedIn(StaffRole.ADMINISTRATOR, "kobe");

        assertThat(kobe.open("/admin/members?by=email&q=" + Omron.TARO_EMAIL).body()).doesNotContain("/admin/members/" + taro);
        kobe.open("/admin/members");
        for (var route : site.site().routes()) {
            if (!route.path().contains("{memberId}")) {
                continue;
            }
            String path = route.path().replace("{memberId}", Long.toString(taro))
                    .replace("{documentId}", "0123456789abcdef0123456789abcdef");
            int status = route.method() == Method.GET ? kobe.fetch(path).statusCode()
                    : kobe.post(path, Map.of("_csrf", kobe.csrfToken().orElseThrow(), "reason", "依頼", "until", "2025/09/15",
                    "text", "メモ", "dependent", Long.toString(desk.wife.id().value())), Map.of()).statusCode();
            assertThat(status).as(route.method() + " " + route.path()).isEqualTo(404);
        }
        assertThat(desk.system.submissions.deadlineExtension(desk.omron.insurer.code(), 2025, desk.omron.taro.id())).isEmpty();
    }

    @Test
    void everyHelpDeskRouteDeclaresAPermissionAndRolesWithoutItAreRefused() {
        assertThat(site.site().routes()).filteredOn(r -> r.path().startsWith("/admin/members") || r.path().startsWith("/admin/audit-log"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.access()).isNotIn(StaffAccess.PUBLIC, StaffAccess.SIGNED_IN));
        Browser hr = signedIn(StaffRole.EMPLOYER_CONTACT, "omron");
        assertThat(hr.fetch("/admin/members").statusCode()).isEqualTo(403);
        assertThat(hr.fetch("/admin/members/" + taro).statusCode()).isEqualTo(403);
        Browser helpDesk = signedIn(StaffRole.HELP_DESK, "omron");
        assertThat(helpDesk.fetch("/admin/audit-log").statusCode()).isEqualTo(403);
        Browser reviewer = signedIn(StaffRole.REVIEWER, "omron");
        assertThat(reviewer.open("/admin/members/" + taro).body()).doesNotContain("/extend");
        assertThat(reviewer.post("/admin/members/" + taro + "/extend", Map.of("_csrf", reviewer.csrfToken().orElseThrow()),
                Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void aLockedOutMemberIsUnlockedWithAReasonAndAMissingReasonIsSaid() {
        desk.system.register(desk.omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        for (int i = 0; i < 10; i++) {
            desk.system.logIn.logIn(new LogInCommand(Omron.TARO_USER_ID, "wrong-" + i, new ClientAddress("198.51.100.7")));
            desk.system.clock.advance(java.time.Duration.ofSeconds(6));
        }
        Browser browser = signedIn(StaffRole.HELP_DESK, "omron");
        assertThat(browser.open("/admin/members/" + taro).body()).contains("ロック中").contains("/unlock-login");

        HttpResponse<String> refused = browser.submit("/admin/members/" + taro + "/unlock-login", Map.of("reason", ""));
        assertThat(refused.body()).contains("対応理由を入力してください。").contains("ロック中");

        HttpResponse<String> unlocked = browser.submit("/admin/members/" + taro + "/unlock-login",
                Map.of("reason", "ご本人から電話"));
        assertThat(unlocked.body()).contains("ログインのロックを解除しました。").doesNotContain("ロック中（");
    }

    @Test
    void theDeadlineIsExtendedAndACallNoteKeptFromTheCaseScreen() {
        Browser browser = signedIn(StaffRole.HELP_DESK, "omron");
        browser.open("/admin/members/" + taro);

        HttpResponse<String> extended = browser.submit("/admin/members/" + taro + "/extend",
                Map.of("until", "2025/09/15", "reason", "入院のため"));
        assertThat(extended.body()).contains("回答期限を 2025/09/15 まで延長しました。").contains("2025/09/15 まで延長");
        HttpResponse<String> noted = browser.submit("/admin/members/" + taro + "/notes", Map.of("text", "<b>延長を案内</b>"));
        assertThat(noted.body()).contains("&lt;b&gt;延長を案内&lt;/b&gt;");
    }

    @Test
    void theAuditLogIsFilteredAndDownloadedAsCsvForExcelWithFormulasDefused() {
        desk.system.audit.record(new AuditEvent(Instant.parse("2025-07-02T03:00:00Z"), AuditAction.LOGIN_FAILED, "omron",
                Optional.of(taro), Optional.empty(), Optional.empty(), "=1+1", "=HYPERLINK(\"x\")"));
        desk.system.audit.record(new AuditEvent(Instant.parse("2025-07-02T03:00:00Z"), AuditAction.LOGIN_FAILED, "kobe",
                Optional.of(taro), Optional.empty(), Optional.empty(), "local", "kobe line"));
        Browser admin = signedIn(StaffRole.ADMINISTRATOR, "omron");

        HttpResponse<String> page = admin.open("/admin/audit-log?member=" + taro + "&from=2025/07/02&to=2025/07/02");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("LOGIN_FAILED").doesNotContain("kobe line");

        HttpResponse<byte[]> csv = admin.download("/admin/audit-log/export?member=" + taro);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        byte[] body = csv.body();
        assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("番号,日時（日本時間）,操作").contains("2025-07-02 12:00:00").contains("'=1+1")
                .contains("\"'=HYPERLINK(\"\"x\"\")\"").doesNotContain("kobe line");
        assertThat(desk.system.audit.actions()).contains(AuditAction.AUDIT_LOG_VIEWED, AuditAction.AUDIT_LOG_EXPORTED);
        assertThat(admin.open("/admin/audit-log?from=yesterday").body()).contains("開始日を YYYY/MM/DD の形式で入力してください。");
    }

    @Test
    void anIdThatIsNoNumberIsNotFound() {
        Browser browser = signedIn(StaffRole.HELP_DESK, "omron");
        assertThat(browser.fetch("/admin/members/abc").statusCode()).isEqualTo(404);
        assertThat(browser.fetch("/admin/members/999999").statusCode()).isEqualTo(404);
    }

}
