package jp.kenpo.kennin.adapters.web.staff.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.TrustedProxies;
import jp.kenpo.kennin.adapters.web.staff.StaffSiteFixture;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInCommand;
import jp.kenpo.kennin.application.staff.StaffLogInUseCase.StaffLogInResult;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInPagesTest {
    private static final SignedInStaff ALICE = StaffSiteFixture.staff(StaffRole.ADMINISTRATOR, "06130013");
    private static final String PASSWORD = "correct horse battery";
    private static final AtomicReference<StaffLogInCommand> lastCommand = new AtomicReference<>();
    private static final AtomicReference<String> mode = new AtomicReference<>("normal");
    private static final AtomicReference<Integer> codesLeft = new AtomicReference<>(10);
    private static StaffSiteFixture site;

    @BeforeAll
    static void start() {
        site = StaffSiteFixture.startWithSessions(sessions -> List.of(new SignInPages(command -> {
            lastCommand.set(command);
            switch (mode.get()) {
                case "throttled":
                    return new StaffLogInResult.Throttled();
                case "busy":
                    throw new RejectedExecutionException("password hashing is saturated");
                default:
                    boolean right = command.login().equals(ALICE.login().value()) && command.password().equals(PASSWORD)
                            && command.oneTimeCode().equals("123456");
                    return right ? new StaffLogInResult.SignedIn(ALICE, codesLeft.get()) : new StaffLogInResult.Refused();
            }
        }, sessions, new ClientAddresses(TrustedProxies.none()))), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @BeforeEach
    void reset() {
        mode.set("normal");
        codesLeft.set(10);
    }

    private static Map<String, String> fields(String login, String password, String code) {
        return Map.of("login", login, "password", password, "oneTimeCode", code);
    }

    @Test
    void theRightLoginPasswordAndCodeStartANewSessionAndLandOnTheStartPage() {
        Browser browser = site.browser();
        site.signIn(browser, StaffSiteFixture.staff(StaffRole.HELP_DESK, "06130013"));
        String before = browser.cookie("kennin_staff").orElseThrow();
        browser.open("/admin");
        browser.submit("/admin/logout", Map.of());
        browser.open("/admin/login");
        var response = browser.submit("/admin/login", fields(ALICE.login().value(), PASSWORD, "123456"));

        assertThat(response.uri().getPath()).isEqualTo("/admin");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(ALICE.login().value()).contains("ログアウト");
        assertThat(browser.cookie("kennin_staff")).isPresent().get().isNotEqualTo(before);
        assertThat(lastCommand.get().client().value()).isEqualTo("127.0.0.1");
    }

    @Test
    void everyRefusalReadsTheSameWhicheverPartWasWrong() {
        List<Map<String, String>> attempts = List.of(
                fields("nobody", PASSWORD, "123456"),
                fields(ALICE.login().value(), "wrong password!", "123456"),
                fields(ALICE.login().value(), PASSWORD, "654321"),
                fields(ALICE.login().value(), PASSWORD, "abcde-fghjk"));
        List<String> boxes = attempts.stream().map(attempt -> {
            Browser browser = site.browser();
            browser.open("/admin/login");
            var page = browser.submit("/admin/login", attempt);
            assertThat(page.uri().getPath()).isEqualTo("/admin/login");
            assertThat(page.body()).doesNotContain("aria-invalid").doesNotContain(PASSWORD).doesNotContain("654321");
            assertThat(browser.cookie("kennin_staff")).isEmpty();
            return PageChecks.errorBox(page.body());
        }).toList();
        assertThat(boxes.get(0)).contains("ログインできませんでした。ログイン名、パスワード、確認コードを確かめて");
        assertThat(boxes).allMatch(boxes.get(0)::equals);
    }

    @Test
    void aThrottledSignInHasItsOwnMessage() {
        mode.set("throttled");
        Browser browser = site.browser();
        browser.open("/admin/login");
        var page = browser.submit("/admin/login", fields(ALICE.login().value(), PASSWORD, "123456"));
        assertThat(PageChecks.errorBox(page.body())).contains("しばらくの間ログインできません").doesNotContain("ログインできませんでした");
        assertThat(browser.cookie("kennin_staff")).isEmpty();
    }

    @Test
    void aFullHashingQueueAnswers503WithRetryAfter() {
        mode.set("busy");
        Browser browser = site.browser();
        browser.open("/admin/login");
        var page = browser.post("/admin/login", Map.of("_csrf", browser.csrfToken().orElseThrow(), "login", "x",
                "password", "y", "oneTimeCode", "1"), Map.of());
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(page.body()).contains("混み合っています");
    }

    @Test
    void fewRecoveryCodesLeftAreWarnedAboutOnTheStartPage() {
        codesLeft.set(2);
        Browser browser = site.browser();
        browser.open("/admin/login");
        var home = browser.submit("/admin/login", fields(ALICE.login().value(), PASSWORD, "123456"));
        assertThat(home.body()).contains("リカバリーコードの残りは2個です");
        assertThat(browser.open("/admin").body()).doesNotContain("リカバリーコードの残り");

        codesLeft.set(4);
        Browser other = site.browser();
        other.open("/admin/login");
        assertThat(other.submit("/admin/login", fields(ALICE.login().value(), PASSWORD, "123456")).body())
                .doesNotContain("リカバリーコードの残り");
    }

    @Test
    void signingOutEndsTheSessionSoItsCookieIsWorthNothing() {
        Browser browser = site.browser();
        browser.open("/admin/login");
        browser.submit("/admin/login", fields(ALICE.login().value(), PASSWORD, "123456"));
        String cookie = browser.cookie("kennin_staff").orElseThrow();

        var out = browser.submit("/admin/logout", Map.of());
        assertThat(out.uri().getPath()).isEqualTo("/admin/login");
        assertThat(out.body()).contains("ログアウトしました。");

        Browser replay = site.browser();
        replay.setCookie("kennin_staff", cookie);
        var refused = replay.fetch("/admin");
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.headers().firstValue("Location")).hasValue("/admin/login?ended");
        assertThat(replay.open("/admin").body()).contains("もう一度ログインしてください");
    }

    @Test
    void signingOutNeedsTheSessionsCsrfToken() {
        Browser browser = site.browser();
        site.signIn(browser, ALICE);
        assertThat(browser.post("/admin/logout", Map.of(), Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.fetch("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void theSignInPageIsOneLabelledFormForPasswordManagersAndAuthenticators() {
        String html = site.browser().open("/admin/login").body();
        PageChecks.everyControlIsLabelled(html);
        assertThat(html).contains("name=\"login\"").containsPattern("id=\"login\"[^>]*autocomplete=\"username\"");
        assertThat(html).containsPattern("id=\"password\" name=\"password\" type=\"password\"[^>]*autocomplete=\"current-password\"");
        assertThat(html).containsPattern("id=\"oneTimeCode\"[^>]*autocomplete=\"one-time-code\" inputmode=\"numeric\"");
        assertThat(html).contains("id=\"oneTimeCode-hint\"").contains("リカバリーコード");
        assertThat(html).contains("<html lang=\"ja\">").contains("<h1>");
    }

    @Test
    void aSignedInStaffMemberIsTakenFromTheSignInPageToTheStart() {
        Browser browser = site.browser();
        site.signIn(browser, ALICE);
        var response = browser.fetch("/admin/login");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/admin");
    }
}
