package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.crypto.Totp;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorCommand;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The back office's front door through the production wiring (H2, Argon2id, real TOTP, real SMTP):
 * the operator's link from create-operator, enrolment with a code computed from the secret the
 * page shows, sign-in at /admin/login, then a 管理者 created in the browser who enrols from the
 * mailed link and manages their own staff; a help-desk account is refused the staff pages.
 */
class StaffSignInJourneyTest {
    private static final Pattern SECRET = Pattern.compile("<code class=\"totp-secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern CODES = Pattern.compile("<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>");
    private static final Pattern MAILED_LINK = Pattern.compile("https?://[^/\\s]+(/admin/enrol/[A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;
    private OnboardingSystem system;
    private final Totp authenticator = Totp.standard();

    @BeforeEach
    void start() {
        system = new OnboardingSystem(dataDir, mail);
    }

    @AfterEach
    void stop() {
        system.close();
    }

    @Test
    void theOperatorEnrolsSignsInAndMakesA管理者WhoEnrolsFromTheMailAndManagesTheirStaff() {
        var created = system.wiring.createOperator(new CreateOperatorCommand("ops.web", "運用 花子"));
        String operatorLink = URI.create(((CreateOperatorResult.Created) created).enrolmentLink()).getPath();

        Browser operator = system.browser();
        String operatorPassword = "運用者のとても長いパスフレーズ";
        String operatorSecret = enrol(operator, operatorLink, "ops.web", operatorPassword);
        system.clock.advance(Duration.ofSeconds(30));
        var home = signIn(operator, "ops.web", operatorPassword, operatorSecret);
        assertThat(home.uri().getPath()).isEqualTo("/admin");
        assertThat(home.body()).contains("ops.web").contains("運用管理者").contains("href=\"/admin/operator/staff\"");
        // The used step is refused again, with the words every refusal has.
        Browser replay = system.browser();
        replay.open("/admin/login");
        var refused = replay.submit("/admin/login", Map.of("login", "ops.web", "password", operatorPassword,
                "oneTimeCode", authenticator.codeAt(operatorSecret, system.clock.instant())));
        assertThat(refused.uri().getPath()).isEqualTo("/admin/login");
        assertThat(refused.body()).contains("ログインできませんでした");

        // The operator makes the demo insurer's 管理者; the link goes out by mail.
        operator.open("/admin/operator/staff/new");
        var list = operator.submit("/admin/operator/staff/new", Map.of("insurerCode", OnboardingSystem.INSURER,
                "login", "kanri.demo", "displayName", "管理 次郎", "email", "kanri@example.com"));
        assertThat(list.uri().getPath()).isEqualTo("/admin/operator/staff");
        assertThat(list.body()).contains("kanri.demo").contains("利用登録待ち");
        Matcher mailed = MAILED_LINK.matcher(OnboardingSystem.body(system.lastMailTo("kanri@example.com")));
        assertThat(mailed.find()).as("an enrolment link in the mail").isTrue();

        Browser admin = system.browser();
        String adminPassword = "管理者のとても長いパスフレーズ";
        String adminSecret = enrol(admin, mailed.group(1), "kanri.demo", adminPassword);
        system.clock.advance(Duration.ofSeconds(30));
        assertThat(signIn(admin, "kanri.demo", adminPassword, adminSecret).uri().getPath()).isEqualTo("/admin");
        assertThat(admin.open("/admin/operator/staff").statusCode()).isEqualTo(403);

        admin.open("/admin/staff/new");
        var staffList = admin.submit("/admin/staff/new", Map.of("login", "madoguchi", "displayName", "窓口 三郎",
                "email", "madoguchi@example.com", "role", "HELP_DESK", "office", ""));
        assertThat(staffList.uri().getPath()).isEqualTo("/admin/staff");
        assertThat(staffList.body()).contains("madoguchi").contains("問い合わせ対応").doesNotContain("ops.web");

        Matcher helpDeskLink = MAILED_LINK.matcher(OnboardingSystem.body(system.lastMailTo("madoguchi@example.com")));
        assertThat(helpDeskLink.find()).isTrue();
        Browser helpDesk = system.browser();
        String helpDeskPassword = "窓口のとても長いパスフレーズ";
        String helpDeskSecret = enrol(helpDesk, helpDeskLink.group(1), "madoguchi", helpDeskPassword);
        system.clock.advance(Duration.ofSeconds(30));
        assertThat(signIn(helpDesk, "madoguchi", helpDeskPassword, helpDeskSecret).uri().getPath()).isEqualTo("/admin");
        assertThat(helpDesk.fetch("/admin/staff").statusCode()).isEqualTo(403);

        // Disabling the help desk ends their session at once.
        String helpDeskRow = admin.open("/admin/staff").body();
        Matcher disable = Pattern.compile("href=\"(/admin/staff/[0-9]+/disable)\"").matcher(helpDeskRow);
        assertThat(disable.find()).isTrue();
        admin.open(disable.group(1));
        assertThat(admin.submit(disable.group(1), Map.of()).body()).contains("アカウントを無効にしました");
        assertThat(helpDesk.fetch("/admin").headers().firstValue("Location")).hasValue("/admin/login?ended");

        // Signing out ends the operator's session.
        operator.open("/admin");
        assertThat(operator.submit("/admin/logout", Map.of()).body()).contains("ログアウトしました。");
        assertThat(operator.fetch("/admin").statusCode()).isEqualTo(303);
    }

    /** Enrols behind {@code link} with a code computed from the secret the page shows; returns the secret. */
    private String enrol(Browser browser, String link, String login, String password) {
        String page = browser.open(link).body();
        assertThat(page).contains(login).contains("<svg");
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).as("the secret as text").isTrue();
        String base32 = secret.group(1).replace(" ", "");
        var done = browser.submit(link, Map.of("password", password, "passwordAgain", password,
                "totpCode", authenticator.codeAt(base32, system.clock.instant())));
        List<String> codes = new ArrayList<>();
        Matcher m = CODES.matcher(done.body());
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(browser.open(link).body()).contains("このリンクは使えません");
        return base32;
    }

    private java.net.http.HttpResponse<String> signIn(Browser browser, String login, String password, String secret) {
        browser.open("/admin/login");
        return browser.submit("/admin/login", Map.of("login", login, "password", password,
                "oneTimeCode", authenticator.codeAt(secret, system.clock.instant())));
    }
}
