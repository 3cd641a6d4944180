package jp.kenpo.kennin.bootstrap.journey;

import static jp.kenpo.kennin.bootstrap.journey.OnboardingSystem.codeIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.roster.RosterRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * English end to end, over real HTTP with the real wiring and database: a member who switches to
 * English before signing up gets the sign-up code in English, keeps English on the account at login
 * (another browser, asking for nothing, reads English after logging in) and later mails about the
 * account arrive in English even when asked for from a Japanese page.
 */
class AMemberWhoChoseEnglishReadsAndIsMailedInEnglishTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;

    private OnboardingSystem system;
    private RosterRow member;

    @BeforeEach
    void start() {
        system = new OnboardingSystem(dataDir, mail);
        member = system.addMember("12", "4321", "検認　一郎", "ケンニン イチロウ", "1985/04/01", "ichiro.kennin@example.com");
    }

    @AfterEach
    void stop() {
        system.close();
    }

    @Test
    void englishChosenAtSignUpHoldsForThePagesTheAccountAndTheMails() {
        Browser browser = system.browser();
        browser.open("/signup");
        HttpResponse<String> english = browser.submit("/language", Map.of("lang", "en", "back", "/signup"));
        assertThat(english.body()).contains("<html lang=\"en\">");

        browser.submit("/signup", Map.of("insurerCode", OnboardingSystem.INSURER, "symbol", member.symbol(), "number",
                member.number(), "birthDate", member.birthDate(), "kanaName", member.nameKana()));
        browser.submit("/signup/credentials", Map.of("userId", "ichiro-2026", "password", "Kennin#2026",
                "passwordConfirmation", "Kennin#2026"));
        MimeMessage codeMail = system.lastMailTo(member.email());
        assertThat(subject(codeMail)).contains("Your verification code");
        assertThat(OnboardingSystem.body(codeMail)).contains("Verification code:").doesNotContain("認証コード");
        browser.submit("/signup/code", Map.of("code", codeIn(codeMail)));
        browser.open("/login");
        HttpResponse<String> terms = browser.submit("/login", Map.of("userId", "ichiro-2026", "password", "Kennin#2026"));
        assertThat(terms.uri().getPath()).isEqualTo("/terms");
        assertThat(terms.body()).contains("<html lang=\"en\">");
        assertThat(browser.submit("/terms", Map.of("agreed", "on", "version", "1")).uri().getPath()).isEqualTo("/home");
        browser.submit("/logout", Map.of());

        // Another browser with no preference at all: the account's language comes back at login.
        Browser other = system.browser();
        other.open("/login");
        assertThat(other.open("/login").body()).contains("<html lang=\"ja\">");
        HttpResponse<String> home = other.submit("/login", Map.of("userId", "ichiro-2026", "password", "Kennin#2026"));
        assertThat(home.uri().getPath()).isEqualTo("/home");
        assertThat(home.body()).contains("<html lang=\"en\">");

        // Asked for from a Japanese page by somebody not logged in: the mail still follows the account.
        int before = system.mailCount();
        Browser stranger = system.browser();
        stranger.open("/forgot/user-id");
        stranger.submit("/forgot/user-id", Map.of("insurerCode", OnboardingSystem.INSURER, "email", member.email()));
        system.awaitMailCount(before + 1);
        MimeMessage reminder = system.lastMailTo(member.email());
        assertThat(OnboardingSystem.body(reminder)).contains("ichiro-2026").doesNotContain("ユーザID：");
        assertThat(subject(reminder)).doesNotContain("ユーザID");
    }

    @Test
    void aMemberWhoNeverChoseIsMailedInJapanese() {
        Browser browser = system.browser();
        system.registerAndLogIn(browser, member, "ichiro-2026", "Kennin#2026");
        int before = system.mailCount();

        Browser stranger = system.browser();
        stranger.open("/forgot/user-id");
        stranger.submit("/forgot/user-id", Map.of("insurerCode", OnboardingSystem.INSURER, "email", member.email()));
        system.awaitMailCount(before + 1);

        assertThat(subject(system.lastMailTo(member.email()))).contains("ユーザID");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
