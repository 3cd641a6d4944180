package jp.kenpo.kennin.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import jp.kenpo.kennin.domain.throttle.Throttle;
import org.junit.jupiter.api.Test;

class OnboardingSettingsTest {
    private final OnboardingSettings defaults = OnboardingSettings.defaults("https://kennin.example.jp/");

    @Test
    void codesFollowTheManual() {
        assertThat(defaults.codeValidity()).isEqualTo(Duration.ofMinutes(10));
        assertThat(defaults.codeValidMinutes()).isEqualTo(10);
        assertThat(defaults.maxCodeTries()).isEqualTo(5);
        assertThat(defaults.resendCoolDown()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.resetLinkValidity()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void throttlesAreTheAgreedOnes() {
        assertThat(defaults.loginPerAccount()).isEqualTo(new Throttle(3, Duration.ofSeconds(5), 10, Duration.ofMinutes(30)));
        assertThat(defaults.loginPerAddress()).isEqualTo(new Throttle(10, Duration.ofSeconds(2), 50, Duration.ofMinutes(15)));
        assertThat(defaults.identifyPerMember()).isEqualTo(new Throttle(3, Duration.ofSeconds(5), 5, Duration.ofMinutes(30)));
        assertThat(defaults.identifyPerAddress()).isEqualTo(new Throttle(10, Duration.ofSeconds(2), 30, Duration.ofMinutes(30)));
        assertThat(defaults.forgottenPerAddress()).isEqualTo(new Throttle(10, Duration.ZERO, 10, Duration.ofMinutes(60)));
    }

    @Test
    void linksAreBuiltOnTheBaseUrlWithoutADoubleSlash() {
        assertThat(defaults.baseUrl()).isEqualTo("https://kennin.example.jp");
    }

    @Test
    void withoutABaseUrlNoLinkCouldBeMailed() {
        assertThatThrownBy(() -> OnboardingSettings.defaults(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
