package jp.kenpo.kennin.adapters.web.staff.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.TrustedProxies;
import jp.kenpo.kennin.adapters.web.staff.StaffSiteFixture;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.staff.CompleteStaffEnrolmentUseCase.CompleteStaffEnrolmentResult;
import jp.kenpo.kennin.application.staff.ShowStaffEnrolmentUseCase.ShowStaffEnrolmentResult;
import jp.kenpo.kennin.application.staff.StaffPasswords;
import jp.kenpo.kennin.domain.credential.CredentialField;
import jp.kenpo.kennin.domain.credential.CredentialViolation;
import jp.kenpo.kennin.domain.staff.LoginName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnrolmentPagesTest {
    private static final String TOKEN = "Zm9vYmFyLXRva2VuLW9mLTQzLWNoYXJhY3RlcnMtbG9uZw";
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final String URI = "otpauth://totp/kenpo-kennin:hanako.admin?secret=" + SECRET
            + "&issuer=kenpo-kennin&algorithm=SHA1&digits=6&period=30";
    private static final String GOOD_PASSWORD = "a long enough passphrase";
    private static final List<String> CODES = List.of("abcde-fghjk", "mnpqr-stuvw", "xyz23-45678", "9abcd-efghj",
            "kmnpq-rstuv", "wxyz2-34567", "89abc-defgh", "jkmnp-qrstu", "vwxyz-23456", "789ab-cdefg");
    private static final AtomicInteger shown = new AtomicInteger();
    private static StaffSiteFixture site;

    @BeforeAll
    static void start() {
        site = StaffSiteFixture.start(List.of(new EnrolmentPages(token -> {
            shown.incrementAndGet();
            return token.equals(TOKEN)
                    ? new ShowStaffEnrolmentResult.Enrolment(LoginName.parse("hanako.admin"), "健保 花子", SECRET, URI,
                    StaffPasswords.POLICY)
                    : new ShowStaffEnrolmentResult.LinkInvalid();
        }, command -> {
            if (!command.token().equals(TOKEN)) {
                return new CompleteStaffEnrolmentResult.LinkInvalid();
            }
            if (!command.password().equals(command.passwordAgain())) {
                return new CompleteStaffEnrolmentResult.PasswordsDiffer();
            }
            if (command.password().length() < 12) {
                return new CompleteStaffEnrolmentResult.PasswordRejected(List.of(new CredentialViolation(
                        CredentialField.PASSWORD, "credential.password.length", List.of(12, 128))));
            }
            return command.totpCode().equals("246810") ? new CompleteStaffEnrolmentResult.Enrolled(CODES)
                    : new CompleteStaffEnrolmentResult.WrongCode();
        }, new ClientAddresses(TrustedProxies.none()))));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String page(Browser browser) {
        return browser.open("/admin/enrol/" + TOKEN).body();
    }

    @Test
    void theEnrolmentPageShowsWhoTheSecretInGroupsOfFourAndTheSameOnReload() {
        Browser browser = site.browser();
        String first = page(browser);
        String again = page(browser);
        assertThat(first).contains("hanako.admin").contains("健保 花子");
        assertThat(first).contains("<code class=\"totp-secret\">JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP</code>");
        assertThat(again).contains("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP");
        assertThat(svg(first)).isEqualTo(svg(again));
        assertThat(first).contains("12文字以上128文字以内");
        PageChecks.everyControlIsLabelled(first);
        assertThat(first).containsPattern("id=\"password\" name=\"password\" type=\"password\"[^>]*autocomplete=\"new-password\"");
        assertThat(first).containsPattern("id=\"totpCode\"[^>]*autocomplete=\"one-time-code\" inputmode=\"numeric\"");
        assertThat(first).contains("name=\"username\" value=\"hanako.admin\" autocomplete=\"username\" aria-label=\"ログイン名\" hidden");
    }

    @Test
    void theQrCodeIsInlineSvgThatDecodesToTheOtpauthUri() throws Exception {
        String html = page(site.browser());
        String svg = svg(html);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("role=\"img\"")
                .contains("aria-labelledby=\"qr-label\"").doesNotContain("style=").doesNotContain("data:");
        assertThat(html).contains("id=\"qr-label\"");
        assertThat(decode(svg)).isEqualTo(URI);
    }

    @Test
    void aWrongCodeShowsTheFormAgainWithTheSameSecretAndTheErrorAtTheTopAndAtTheField() {
        Browser browser = site.browser();
        String before = page(browser);
        var again = browser.submit("/admin/enrol/" + TOKEN, Map.of("password", GOOD_PASSWORD, "passwordAgain", GOOD_PASSWORD,
                "totpCode", "111111"));
        String html = again.body();
        assertThat(again.uri().getPath()).isEqualTo("/admin/enrol/" + TOKEN);
        PageChecks.errorSummaryLinksTo(html, "totpCode");
        assertThat(html).contains("確認コードが正しくありません");
        assertThat(svg(html)).isEqualTo(svg(before));
        assertThat(html).contains("JBSW Y3DP EHPK 3PXP").doesNotContain(GOOD_PASSWORD).doesNotContain("111111");
    }

    @Test
    void aRejectedPasswordAndDifferingPasswordsAreShownAtTheirFields() {
        Browser browser = site.browser();
        page(browser);
        String tooShort = browser.submit("/admin/enrol/" + TOKEN, Map.of("password", "short", "passwordAgain", "short",
                "totpCode", "246810")).body();
        PageChecks.errorSummaryLinksTo(tooShort, "password");
        assertThat(tooShort).contains("パスワードは12文字以上128文字以内で設定してください。");

        String differ = browser.submit("/admin/enrol/" + TOKEN, Map.of("password", GOOD_PASSWORD, "passwordAgain",
                GOOD_PASSWORD + "x", "totpCode", "246810")).body();
        PageChecks.errorSummaryLinksTo(differ, "passwordAgain");
    }

    @Test
    void completingShowsTheTenRecoveryCodesOnce() {
        Browser browser = site.browser();
        page(browser);
        var done = browser.submit("/admin/enrol/" + TOKEN, Map.of("password", GOOD_PASSWORD, "passwordAgain", GOOD_PASSWORD,
                "totpCode", "246810"));
        assertThat(done.statusCode()).isEqualTo(200);
        String html = done.body();
        Matcher codes = Pattern.compile("<li><code>([a-z0-9-]+)</code></li>").matcher(html);
        List<String> shownCodes = new ArrayList<>();
        while (codes.find()) {
            shownCodes.add(codes.group(1));
        }
        assertThat(shownCodes).containsExactlyElementsOf(CODES);
        assertThat(html).contains("今すぐ印刷するか安全な場所に保管してください").contains("href=\"/admin/login\"");
        assertThat(html).doesNotContain("totp-secret");
    }

    @Test
    void anUnknownOrUsedLinkSaysSoAndWhomToAsk() {
        Browser browser = site.browser();
        String html = browser.open("/admin/enrol/used-or-unknown").body();
        assertThat(html).contains("このリンクは使えません").contains("管理者に依頼してください").doesNotContain("<svg");
        assertThat(browser.open("/admin/enrol/" + "x".repeat(500)).body()).contains("このリンクは使えません");
        page(browser); // a form (and its CSRF token) from a good link, posted to a bad one
        String posted = browser.submit("/admin/enrol/used-or-unknown", Map.of("password", GOOD_PASSWORD, "passwordAgain",
                GOOD_PASSWORD, "totpCode", "246810")).body();
        assertThat(posted).contains("このリンクは使えません");
    }

    private static String svg(String html) {
        int start = html.indexOf("<svg");
        assertThat(start).as("an inline svg").isPositive();
        return html.substring(start, html.indexOf("</svg>", start) + 6);
    }

    /** Draws the SVG's modules into pixels, 4 per module, and reads them with ZXing's own decoder. */
    static String decode(String svg) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        int scale = 4;
        int[] pixels = new int[size * scale * size * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z").matcher(svg);
        int runs = 0;
        while (run.find()) {
            runs++;
            int x0 = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            for (int x = x0; x < x0 + length; x++) {
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0xFF000000;
                    }
                }
            }
        }
        assertThat(runs).isPositive();
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size * scale, size * scale, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
