package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The help desk on the production wiring and database: a member locked out after wrong passwords
 * calls; the help desk finds them by their kana name typed in hiragana, sees the lock and the
 * sign-up mail the member received, unlocks them with a reason and extends their deadline; the
 * member logs in again, and the 管理者 finds all of it in the audit log and its CSV.
 */
class HelpDeskEndToEndTest {
    private static final String PASSWORD = "Kennin#2026";
    private static final Pattern CASE_LINK = Pattern.compile("href=\"(/admin/members/[0-9]+)\"");
    private static final Pattern DEADLINE = Pattern.compile("回答期限 ([0-9]{4}/[0-9]{2}/[0-9]{2})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;
    private OnboardingSystem system;
    private BackOfficeStaff staff;

    @BeforeEach
    void start() {
        system = new OnboardingSystem(dataDir, mail);
        staff = new BackOfficeStaff(system);
    }

    @AfterEach
    void stop() {
        system.close();
    }

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
}
