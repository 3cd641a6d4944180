package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.account.RequestEmailChangeUseCase.RequestEmailChangeCommand;
import jp.kenpo.kennin.application.account.ResetPasswordUseCase.ResetPasswordResult;
import org.junit.jupiter.api.Test;

/** Two browsers of one member over real HTTP: what one does to the account reaches the other's session. */
class SessionsEndAfterAccountChangesTest extends WebAppFixture {
    private final MovingClock clock = new MovingClock();

    @Override
    WebSettings settings() {
        return WebSettings.forBaseUrl("http://localhost", clock);
    }

    private Browser loggedInBrowser() {
        Browser b = newBrowser();
        b.open("/login");
        b.submit("/login", Map.of("userId", "taro.kenpo", "password", "Passw0rd!"));
        assertThat(b.open("/home").uri().getPath()).isEqualTo("/home");
        return b;
    }

    @Test
    void aPasswordResetEndsEveryOtherSessionOfTheAccount() {
        Browser phone = loggedInBrowser();
        Browser laptop = loggedInBrowser();
        fakes.validResetToken = "tok";
        fakes.resetPassword = new ResetPasswordResult.PasswordChanged(FakeUseCases.ACCOUNT);

        Browser mailLink = newBrowser();
        mailLink.open("/password/reset?token=tok");
        mailLink.submit("/password/reset", Map.of("token", "tok", "password", "Renewed#2027",
                "passwordConfirmation", "Renewed#2027"));

        assertThat(phone.open("/home").uri().getPath()).isEqualTo("/login");
        assertThat(laptop.open("/home").uri().getPath()).isEqualTo("/login");
        assertThat(loggedInBrowser().open("/home").uri().getPath()).as("a new login works").isEqualTo("/home");
    }

    @Test
    void aSessionEndsEightHoursAfterLoginHoweverBusy() {
        Browser member = loggedInBrowser();
        for (int i = 0; i < 16; i++) {
            clock.advance(Duration.ofMinutes(29));
            assertThat(member.open("/home").uri().getPath()).isEqualTo("/home");
        }
        clock.advance(Duration.ofMinutes(20)); // 8 h 4 min after login, never idle for 30 minutes

        assertThat(member.open("/home").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void changingTheMailAddressAsksForTheCurrentPassword() {
        Browser member = loggedInBrowser();
        String form = member.open("/account/email").body();
        assertThat(form).contains("name=\"currentPassword\"").contains("type=\"password\"");

        String refused = member.submit("/account/email", Map.of("newEmail", "new@example.jp",
                "newEmailConfirmation", "new@example.jp")).body();
        assertThat(refused).contains("現在のパスワードを入力してください");
        assertThat(fakes.callsOf(RequestEmailChangeCommand.class)).isEmpty();

        member.open("/account/email");
        member.submit("/account/email", Map.of("newEmail", "new@example.jp", "newEmailConfirmation", "new@example.jp",
                "currentPassword", "Passw0rd!"));
        assertThat(fakes.callsOf(RequestEmailChangeCommand.class)).singleElement()
                .satisfies(c -> assertThat(c.currentPassword()).isEqualTo("Passw0rd!"));
    }

    @Test
    void theDefaultAbsoluteLifetimeIsEightHours() {
        assertThat(WebSettings.forBaseUrl("https://kennin.example.jp", CLOCK).sessionLifetime()).isEqualTo(Duration.ofHours(8));
    }

    /** Tokyo time that a test moves forward; both session timeouts follow it. */
    static final class MovingClock extends Clock {
        private volatile Instant now = Instant.parse("2025-09-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Tokyo");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
