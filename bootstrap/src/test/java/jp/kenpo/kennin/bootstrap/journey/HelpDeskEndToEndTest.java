package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

/**
 * The help desk on the production wiring and database: a member locked out after wrong passwords
 * calls; the help desk finds them by their kana name typed in hiragana, sees the lock and the
 * sign-up mail the member received, unlocks them with a reason and extends their deadline; the
 * member logs in again, and the 管理者 finds all of it in the audit log and its CSV.
 */
class HelpDeskEndToEndTest extends BackOfficeEndToEnd {
    private static final String PASSWORD = "Kennin#2026";
    private static final Pattern CASE_LINK = Pattern.compile("href=\"(/admin/members/[0-9]+)\"");
    private static final Pattern DEADLINE = Pattern.compile("回答期限 ([0-9]{4}/[0-9]{2}/[0-9]{2})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    /** A wrong password typed by whoever tries the member's user ID, after the slow-down of the last one. */
    private void failLogIn(Browser browser, String password) {
        browser.open("/login");
        browser.submit("/login", Map.of("userId", "kennin-hanako", "password", password));
        system.clock.advance(Duration.ofSeconds(6));
    }

    @Test
    void theHelpDeskFindsALockedOutMemberByKanaUnlocksThemAndExtendsTheirDeadline() {
        RosterRow row = system.addMember("50", "5001", "検認 花子", "ケンニン ハナコ", "1985/05/05", "kennin.hanako@example.com");
        Browser member = system.browser();
        system.registerAndLogIn(member, row, "kennin-hanako", PASSWORD);
        Browser locked = system.browser();
        for (int i = 0; i < 10; i++) {
            failLogIn(locked, "wrong-password-" + i);
        }
        locked.open("/login");
        assertThat(locked.submit("/login", Map.of("userId", "kennin-hanako", "password", PASSWORD)).uri().getPath())
                .isNotEqualTo("/home");

        BackOfficeStaff.Enrolled operator = staff.operator("ops.kanri");
        BackOfficeStaff.Enrolled admin = staff.staff(operator, OnboardingSystem.INSURER, "admin.demo", StaffRole.ADMINISTRATOR);
        BackOfficeStaff.Enrolled helpDesk = staff.staff(admin, null, "help.desk", StaffRole.HELP_DESK);
        Browser desk = system.browser();
        staff.signIn(desk, helpDesk);

        HttpResponse<String> found = desk.open("/admin/members?by=kana&q=" + URLEncoder.encode("けんにん はなこ",
                StandardCharsets.UTF_8));
        Matcher link = CASE_LINK.matcher(found.body());
        assertThat(link.find()).as("a result linking to the member's case").isTrue();
        String casePath = link.group(1);
        String screen = desk.open(casePath).body();
        assertThat(screen).contains("検認 花子").contains("ロック中").contains("初回登録の確認コード").contains("送信済み");

        assertThat(desk.submit(casePath + "/unlock-login", Map.of("reason", "ご本人から電話。パスワードを思い出した")).body())
                .contains("ログインのロックを解除しました。");
        Matcher deadline = DEADLINE.matcher(screen);
        assertThat(deadline.find()).isTrue();
        String later = LocalDate.parse(deadline.group(1), DAY).plusDays(14).format(DAY);
        assertThat(desk.submit(casePath + "/extend", Map.of("until", later, "reason", "入院のため")).body())
                .contains("回答期限を " + later + " まで延長しました。");

        locked.open("/login");
        assertThat(locked.submit("/login", Map.of("userId", "kennin-hanako", "password", PASSWORD)).uri().getPath())
                .isIn("/home", "/terms");

        Browser adminBrowser = system.browser();
        staff.signIn(adminBrowser, admin);
        String memberId = casePath.substring(casePath.lastIndexOf('/') + 1);
        String log = adminBrowser.open("/admin/audit-log?member=" + memberId).body();
        assertThat(log).contains("MEMBER_LOGIN_UNLOCKED").contains("SURVEY_DEADLINE_EXTENDED").contains("MEMBER_CASE_VIEWED");
        HttpResponse<byte[]> csv = adminBrowser.download("/admin/audit-log/export?member=" + memberId);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("MEMBER_LOGIN_UNLOCKED").contains("reason=ご本人から電話");
    }

    private static byte[] pdf() {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * 紙 回答 never signed up: he posts the paper form back with his son's student card. The help desk
     * enters the answers and the scans for him (代行入力) and submits, getting the receipt number to
     * tell him on the phone. When he registers later, his own pages show the submitted survey.
     */
    @Test
    void theHelpDeskAnswersForAMemberWhoNeverRegisteredAndHeSeesItOnceHeRegisters() {
        RosterRow row = system.addMember("52", "5201", "紙　回答", "カミ カイトウ", "1970/03/03", "kami.kaito@example.com");
        assertThat(system.wiring.importDependents(new jp.kenpo.kennin.application.roster.ImportDependentsUseCase
                .ImportDependentsCommand(OnboardingSystem.INSURER, java.util.List.of(new jp.kenpo.kennin.application.roster
                .DependentRosterRow(2, "52", "5201", "1", "紙　学", "カミ マナブ", "2006/06/01", "長男", "男", "同居", "")))))
                .isInstanceOf(jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult.Imported.class);
        BackOfficeStaff.Enrolled operator = staff.operator("ops.kanri");
        BackOfficeStaff.Enrolled admin = staff.staff(operator, OnboardingSystem.INSURER, "admin.demo", StaffRole.ADMINISTRATOR);
        BackOfficeStaff.Enrolled helpDesk = staff.staff(admin, null, "help.desk", StaffRole.HELP_DESK);
        Browser desk = system.browser();
        staff.signIn(desk, helpDesk);
        Matcher link = CASE_LINK.matcher(desk.open("/admin/members?by=card&symbol=52&number=5201").body());
        assertThat(link.find()).isTrue();
        String proxy = link.group(1) + "/proxy";
        String page = desk.open(proxy).body();
        assertThat(page).contains("今年度の利用登録をしていません").contains("紙　学");
        Matcher dependent = Pattern.compile("name=\"dependent\" value=\"([0-9]+)\"").matcher(page);
        assertThat(dependent.find()).isTrue();
        String son = dependent.group(1);

        assertThat(desk.submit(proxy + "/answers", Map.ofEntries(Map.entry("dependent", son), Map.entry("LIVING", "TOGETHER"),
                Map.entry("SITUATION", "STUDENT"), Map.entry("RESIDENCE", "IN_JAPAN"), Map.entry("EMPLOYMENT_CHANGED", "no"),
                Map.entry("UNEMPLOYMENT_BENEFIT", "NOT_CLAIMING"), Map.entry("OTHER_HEALTH_INSURANCE", "no"),
                Map.entry("DISABLED", "no"), Map.entry("MEMBER_INCOME", "600万"), Map.entry("reason", "紙の調査票で回答")))
                .body()).contains("回答を代行入力しました");
        for (jp.kenpo.kennin.domain.eligibility.DocumentKind kind : jp.kenpo.kennin.domain.eligibility.DocumentKind.values()) {
            desk.open(proxy);
            assertThat(desk.upload(proxy + "/documents", Map.of("dependent", son, "kind", kind.name(),
                    "reason", "紙の調査票に同封"), kind + ".pdf", "application/pdf", pdf()).body()).contains("書類を代行登録しました。");
        }
        desk.open(proxy);
        String submitted = desk.submit(proxy + "/submit", Map.of("reason", "紙の調査票で回答")).body();
        Matcher receipt = Pattern.compile("代行で提出しました。受付番号 ([0-9]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})").matcher(submitted);
        assertThat(receipt.find()).as(submitted).isTrue();
        assertThat(desk.open(link.group(1)).body()).contains("help.desk").contains(receipt.group(1));

        Browser member = system.browser();
        system.registerAndLogIn(member, row, "kami-kaito", PASSWORD);
        assertThat(member.open("/home").body()).contains(receipt.group(1));
    }
}
