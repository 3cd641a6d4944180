package jp.kenpo.kennin.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SmtpSettingsTest {
    @Test
    void passwordNeverShowsInLogsOrMessages() {
        SmtpSettings settings = new SmtpSettings("smtp.example.jp", 587, "kennin", "s3cret-Pw", true);

        assertThat(settings.toString()).contains("smtp.example.jp", "587", "kennin").doesNotContain("s3cret-Pw");
    }

    @Test
    void emptyUserAndPasswordFromTheEnvironmentMeanNoAuthentication() {
        SmtpSettings settings = new SmtpSettings("smtp.example.jp", 25, " ", "", false);

        assertThat(settings.authenticates()).isFalse();
        assertThat(settings.user()).isNull();
        assertThat(settings.password()).isNull();
    }

    @Test
    void userWithoutPasswordIsAConfigurationMistake() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SmtpSettings("smtp.example.jp", 587, "kennin", null, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new SmtpSettings("smtp.example.jp", 587, null, "s3cret-Pw", true));
    }

    @Test
    void hostAndPortMustBeUsable() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SmtpSettings(" ", 587, null, null, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new SmtpSettings("smtp.example.jp", 0, null, null, true));
    }
}
