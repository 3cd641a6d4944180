package jp.kenpo.kennin.bootstrap.journey;

import static jp.kenpo.kennin.bootstrap.journey.OnboardingSystem.codeIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearCommand;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearResult;
import jp.kenpo.kennin.application.roster.RosterRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first-login manual, end to end over real HTTP: 初回認証 → ユーザID・パスワード → the code read
 * from the mail a real SMTP server received → 完了 → ログイン → 利用規約 → メイン画面, and the
 * ways it must refuse.
 */
class MemberOnboardingJourneyTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;

    private OnboardingSystem system;
    private Browser browser;
    private RosterRow member;

    @BeforeEach
    void start() {
        system = new OnboardingSystem(dataDir, mail);
        browser = system.browser();
        member = system.addMember("12", "4321", "検認　一郎", "ケンニン イチロウ", "1985/04/01", "ichiro.kennin@example.com");
    }

    @AfterEach
    void stop() {
        system.close();
    }

    @Test
    void memberFollowsTheManualFromSignupToTheMainScreen() throws Exception {
        HttpResponse<String> signup = browser.open("/signup");
        assertThat(signup.body()).contains("保険者指定コード", "記号", "番号", "生年月日", "氏名（カナ）", ">認証<");

        // Typed as members type it: full-width letters and digits, leading zeros, a compact date,
        // hiragana with a full-width space.
        HttpResponse<String> credentials = browser.submit("/signup", identity("ｄｅｍｏ", "１２", "004321", "19850401", "けんにん　いちろう"));
        assertThat(credentials.uri().getPath()).isEqualTo("/signup/credentials");
        assertThat(credentials.body()).contains("ic※", "@example.com", "ユーザID", "パスワード（確認）", "作成する")
                .doesNotContain("ichiro.kennin@example.com");

        HttpResponse<String> codePage = browser.submit("/signup/credentials", credentials("ichiro-2026", "Kennin#2026", "Kennin#2026"));
        assertThat(codePage.uri().getPath()).isEqualTo("/signup/code");
        assertThat(codePage.body()).contains("kennin-demo@localhost.localdomain", "迷惑メール", "10分以内");

        MimeMessage codeMail = system.lastMailTo(member.email());
        assertThat(((InternetAddress) codeMail.getFrom()[0]).getAddress()).isEqualTo("kennin-demo@localhost.localdomain");
        assertThat(codeMail.getSubject()).contains("認証コード");

        HttpResponse<String> done = browser.submit("/signup/code", Map.of("code", codeIn(codeMail)));
        assertThat(done.body()).contains("登録が完了しました").containsPattern("<dialog open[^>]*aria-modal=\"true\"")
                .contains("href=\"/login\"");

        HttpResponse<String> terms = logIn("ichiro-2026", "Kennin#2026");
        assertThat(terms.uri().getPath()).isEqualTo("/terms");
        assertThat(terms.body()).contains("利用規約に同意する", "次へ");

        HttpResponse<String> home = browser.submit("/terms", Map.of("agreed", "on", "version", "1"));
        assertThat(home.uri().getPath()).isEqualTo("/home");
        // No dependent of his is on the roster: the main screen says there is nothing to answer, not 未回答.
        assertThat(home.body()).contains("検認　一郎 様", "今回の調査の対象となる被扶養者はいません", "健康保険組合からのお知らせ",
                "メールアドレスの変更", "ログアウト");

        // The terms were recorded: the next login goes straight to the main screen.
        browser.submit("/logout", Map.of());
        assertThat(logIn("ichiro-2026", "Kennin#2026").uri().getPath()).isEqualTo("/home");
    }

    @Test
    void aMismatchSaysTheSameWhicheverFieldWasWrong() {
        browser.open("/signup");
        String wrongKana = browser.submit("/signup", identity("demo", "12", "4321", "1985/04/01", "ケンニン ジロウ")).body();
        browser.open("/signup");
        String unknownNumber = browser.submit("/signup", identity("demo", "12", "9999", "1985/04/01", "ケンニン イチロウ")).body();
        browser.open("/signup");
        String wrongBirthDate = browser.submit("/signup", identity("demo", "12", "4321", "1985/04/02", "ケンニン イチロウ")).body();

        for (String page : new String[] {wrongKana, unknownNumber, wrongBirthDate}) {
            assertThat(page).contains("入力された内容では認証できませんでした").contains("role=\"alert\"");
        }
    }

    @Test
    void repeatedIdentityFailuresOnOneMemberAreThrottled() {
        for (int i = 0; i < 5; i++) {
            browser.open("/signup");
            browser.submit("/signup", identity("demo", "12", "4321", "1985/04/02", "ケンニン イチロウ"));
            system.clock.advance(Duration.ofSeconds(6));
        }
        browser.open("/signup");
        String page = browser.submit("/signup", identity("demo", "12", "4321", "1985/04/01", "ケンニン イチロウ")).body();
        assertThat(page).contains("受付を一時停止しています").doesNotContain("ユーザID・パスワードの設定");
    }

    @Test
    void credentialsBreakingThePolicyAreNamedNextToTheirFieldsAndNoCodeIsSent() {
        identify();
        String page = browser.submit("/signup/credentials", credentials("abc", "19850401a!", "different")).body();
        assertThat(page).contains("ユーザIDは6桁以上50桁以内で設定してください。")
                .contains("id=\"password-error\"").contains("id=\"passwordConfirmation-error\"");
        assertThat(system.mailCountTo(member.email())).isZero();
    }

    @Test
    void wrongCodeFiveTimesVoidsTheCodeAndNoAccountIsMade() {
        identify();
        browser.submit("/signup/credentials", credentials("ichiro-2026", "Kennin#2026", "Kennin#2026"));
        String code = codeIn(system.lastMailTo(member.email()));
        String wrong = code.equals("000000") ? "111111" : "000000";

        String page = "";
        for (int i = 1; i <= 4; i++) {
            page = browser.submit("/signup/code", Map.of("code", wrong)).body();
            assertThat(page).contains("あと" + (5 - i) + "回入力できます");
        }
        page = browser.submit("/signup/code", Map.of("code", wrong)).body();
        assertThat(page).contains("この認証コードは使えなくなりました");

        page = browser.submit("/signup/code", Map.of("code", code)).body();
        assertThat(page).doesNotContain("登録が完了しました");
        assertThat(logIn("ichiro-2026", "Kennin#2026").body()).contains("ユーザIDまたはパスワードが正しくありません");
    }

    @Test
    void aCodeTypedAfterTenMinutesHasExpiredAndAResentCodeWorks() {
        identify();
        browser.submit("/signup/credentials", credentials("ichiro-2026", "Kennin#2026", "Kennin#2026"));
        String first = codeIn(system.lastMailTo(member.email()));
        system.clock.advance(Duration.ofMinutes(10));

        assertThat(browser.submit("/signup/code", Map.of("code", first)).body()).contains("有効期限が切れました");

        browser.submit("/signup/code/resend", Map.of());
        assertThat(system.mailCountTo(member.email())).isEqualTo(2);
        String second = codeIn(system.lastMailTo(member.email()));
        assertThat(browser.submit("/signup/code", Map.of("code", second)).body()).contains("登録が完了しました");
    }

    @Test
    void bruteForceOnALoginIsSlowedThenLockedEvenForTheRightPassword() {
        register("ichiro-2026", "Kennin#2026");
        String page = "";
        for (int i = 0; i < 10; i++) {
            page = logIn("ichiro-2026", "Wrong#" + i + "pass").body();
            system.clock.advance(Duration.ofSeconds(6));
        }
        assertThat(page).contains("パスワードを忘れた方");
        page = logIn("ichiro-2026", "Kennin#2026").body();
        assertThat(page).contains("ログインを停止しました").doesNotContain("メイン画面");

        system.clock.advance(Duration.ofMinutes(31));
        assertThat(logIn("ichiro-2026", "Kennin#2026").uri().getPath()).isEqualTo("/terms");
    }

    @Test
    void forgottenPasswordAnswersTheSameForStrangersAndMailsOnlyTheMember() {
        register("ichiro-2026", "Kennin#2026");
        int mailsBeforeLink = system.mailCount();
        String known = withoutToken(forgotPassword("ichiro-2026", "ichiro.kennin@example.com"));
        String unknown = withoutToken(forgotPassword("nobody-here", "nobody@example.com"));
        String wrongMail = withoutToken(forgotPassword("ichiro-2026", "someone.else@example.com"));

        assertThat(known).isEqualTo(unknown).isEqualTo(wrongMail).contains("パスワード再設定用のURL");
        // The link is mailed after the answer (the same time for strangers as for members): wait for it to arrive.
        system.awaitMailCount(mailsBeforeLink + 1);
        assertThat(system.mailCountTo("nobody@example.com")).isZero();
        assertThat(system.mailCountTo("someone.else@example.com")).isZero();

        String link = OnboardingSystem.body(system.lastMailTo(member.email())).lines()
                .filter(l -> l.contains("/password/reset?token=")).findFirst().orElseThrow().strip();
        String path = link.substring(link.indexOf("/password/reset"));
        String form = browser.open(path).body();
        assertThat(form).contains("name=\"token\"");
        String token = path.substring(path.indexOf("token=") + "token=".length());
        int mailsBefore = system.mailCountTo(member.email());
        browser.submit("/password/reset", Map.of("token", token, "password", "Renewed#2027", "passwordConfirmation", "Renewed#2027"));
        // The member is told their password changed.
        assertThat(system.mailCountTo(member.email())).isEqualTo(mailsBefore + 1);

        assertThat(logIn("ichiro-2026", "Kennin#2026").body()).contains("ユーザIDまたはパスワードが正しくありません");
        assertThat(logIn("ichiro-2026", "Renewed#2027").uri().getPath()).isEqualTo("/terms");
        // The link works once only.
        assertThat(browser.open(path).body()).doesNotContain("name=\"passwordConfirmation\"");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        register("ichiro-2026", "Kennin#2026");
        browser.open("/login");
        HttpResponse<String> forged = browser.post("/login",
                Map.of("userId", "ichiro-2026", "password", "Kennin#2026"), Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.open("/home").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void theSessionIdChangesAtLogin() {
        register("ichiro-2026", "Kennin#2026");
        browser.open("/login");
        String before = browser.sessionId().orElseThrow();
        logIn("ichiro-2026", "Kennin#2026");
        assertThat(browser.sessionId()).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void emailChangeConfirmsTheNewAddressAndTellsTheOldOne() {
        register("ichiro-2026", "Kennin#2026");
        logIn("ichiro-2026", "Kennin#2026");
        browser.submit("/terms", Map.of("agreed", "on", "version", "1"));

        browser.open("/account/email");
        browser.submit("/account/email", Map.of("newEmail", "ichiro.new@example.org", "newEmailConfirmation", "ichiro.new@example.org",
                "currentPassword", "Kennin#2026"));
        String code = codeIn(system.lastMailTo("ichiro.new@example.org"));
        int oldBefore = system.mailCountTo(member.email());
        HttpResponse<String> home = browser.submit("/account/email/confirm", Map.of("code", code));

        assertThat(home.uri().getPath()).isEqualTo("/home");
        assertThat(home.body()).contains("ic※", "@example.org");
        assertThat(system.mailCountTo(member.email())).isEqualTo(oldBefore + 1);
        assertThat(OnboardingSystem.body(system.lastMailTo(member.email()))).contains("@example.org");
    }

    @Test
    void lastYearsAccountStopsWorkingWhenTheInsurerOpensANewSurveyYear() {
        register("ichiro-2026", "Kennin#2026");
        var opened = system.wiring.staffUseCases().openSurveyYear().openSurveyYear(new OpenSurveyYearCommand(
                OnboardingSystem.INSURER, 2027, "2027年度 被扶養者資格確認調査", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 11, 30)));
        assertThat(opened).isEqualTo(new OpenSurveyYearResult.Opened(true));

        String page = logIn("ichiro-2026", "Kennin#2026").body();
        assertThat(page).contains("昨年のIDとパスワードはリセットされている").contains("href=\"/signup\"");
        // Registering again for the new year works, with the same user ID (a while later: codes are a minute apart).
        system.clock.advance(Duration.ofMinutes(1));
        register("ichiro-2026", "Kennin#2027");
        assertThat(logIn("ichiro-2026", "Kennin#2027").uri().getPath()).isEqualTo("/terms");
    }

    @Test
    void signingUpAgainWithAnAccountLeavesItAloneSaysToLogInAndMailsTheRegisteredAddress() {
        register("ichiro-2026", "Kennin#2026");
        system.clock.advance(Duration.ofMinutes(1));
        int mailsBefore = system.mailCountTo(member.email());

        identify();
        HttpResponse<String> codePage = browser.submit("/signup/credentials",
                credentials("intruder-2026", "Intruder#2026", "Intruder#2026"));
        // Up to here nothing differs from a member without an account: the code goes to the address on record.
        assertThat(codePage.uri().getPath()).isEqualTo("/signup/code");
        String page = browser.submit("/signup/code", Map.of("code", codeIn(system.lastMailTo(member.email())))).body();

        assertThat(page).contains("すでに今年度の登録が済んでいます", "パスワードを忘れた方", "href=\"/forgot/password\"",
                "href=\"/login\"").doesNotContain("登録が完了しました");
        assertThat(system.mailCountTo(member.email())).isEqualTo(mailsBefore + 2);
        assertThat(OnboardingSystem.body(system.lastMailTo(member.email())))
                .contains("初回登録の手続きがありました", "パスワードを忘れた方").doesNotContain("intruder-2026", "認証コード：");
        assertThat(logIn("intruder-2026", "Intruder#2026").body()).contains("ユーザIDまたはパスワードが正しくありません");
        assertThat(logIn("ichiro-2026", "Kennin#2026").uri().getPath()).isEqualTo("/terms");
    }

    @Test
    void thirtyWrongCodesPostedAtOnceGetAtMostFiveAnswersAndTheCodeIsSpent() throws Exception {
        identify();
        browser.submit("/signup/credentials", credentials("ichiro-2026", "Kennin#2026", "Kennin#2026"));
        String code = codeIn(system.lastMailTo(member.email()));
        String wrong = code.equals("000000") ? "111111" : "000000";
        String token = browser.csrfToken().orElseThrow();

        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(30);
        java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return browser.post("/signup/code", Map.of("code", wrong, "_csrf", token), Map.of()).statusCode();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(303);
            }
            // Of 30 guesses 5 at most are compared: 4 are wrong with tries left (each audited as plain "registration"),
            // the fifth voids the code. The pages are all redirects now, so the audit is what tells.
            assertThat(wrongGuessesCompared()).isBetween(1L, 4L);
        } finally {
            pool.shutdownNow();
        }
        assertThat(browser.submit("/signup/code", Map.of("code", code)).body()).doesNotContain("登録が完了しました");
    }

    private long wrongGuessesCompared() throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(jp.kenpo.kennin.adapters.persistence.Database.h2FileUrl(dataDir),
                jp.kenpo.kennin.adapters.persistence.Database.EMBEDDED_USER,
                java.nio.file.Files.readString(dataDir.resolve(jp.kenpo.kennin.bootstrap.config.KenninConfig.DB_KEY_FILE)).strip());
             java.sql.PreparedStatement query = db.prepareStatement(
                     "select count(*) from audit_log where action = 'CODE_REJECTED' and detail = 'registration'");
             java.sql.ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void postingTheCredentialsAgainRightAwayMailsNoSecondCode() {
        identify();
        browser.submit("/signup/credentials", credentials("ichiro-2026", "Kennin#2026", "Kennin#2026"));
        browser.open("/signup/credentials");

        String page = browser.submit("/signup/credentials", credentials("ichiro-2026", "Kennin#2026", "Kennin#2026")).body();

        assertThat(page).contains("あと60秒お待ちください");
        assertThat(system.mailCountTo(member.email())).isEqualTo(1);
    }

    private void identify() {
        browser.open("/signup");
        HttpResponse<String> page = browser.submit("/signup", identity("demo", "12", "4321", "1985/04/01", "ケンニン イチロウ"));
        assertThat(page.uri().getPath()).isEqualTo("/signup/credentials");
    }

    private void register(String userId, String password) {
        identify();
        browser.submit("/signup/credentials", credentials(userId, password, password));
        String page = browser.submit("/signup/code", Map.of("code", codeIn(system.lastMailTo(member.email())))).body();
        assertThat(page).contains("登録が完了しました");
    }

    private HttpResponse<String> logIn(String userId, String password) {
        browser.open("/login");
        return browser.submit("/login", Map.of("userId", userId, "password", password));
    }

    private String forgotPassword(String userId, String email) {
        browser.open("/forgot/password");
        return browser.submit("/forgot/password", Map.of("userId", userId, "email", email)).body();
    }

    private static String withoutToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }

    private static Map<String, String> identity(String insurer, String symbol, String number, String birthDate, String kana) {
        return Map.of("insurerCode", insurer, "symbol", symbol, "number", number, "birthDate", birthDate, "kanaName", kana);
    }

    private static Map<String, String> credentials(String userId, String password, String confirmation) {
        return Map.of("userId", userId, "password", password, "passwordConfirmation", confirmation);
    }
}
