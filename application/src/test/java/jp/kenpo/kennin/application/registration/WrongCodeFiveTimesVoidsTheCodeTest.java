package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import org.junit.jupiter.api.Test;

class WrongCodeFiveTimesVoidsTheCodeTest extends RegistrationFixture {

    @Test
    void eachWrongCodeSaysHowManyTriesAreLeftAndTheFifthVoidsTheCode() {
        String code = chooseAndReadCode();
        String wrong = otherThan(code);

        assertThat(confirm(wrong)).isEqualTo(new ConfirmRegistrationResult.WrongCode(4));
        assertThat(confirm(wrong)).isEqualTo(new ConfirmRegistrationResult.WrongCode(3));
        assertThat(confirm(wrong)).isEqualTo(new ConfirmRegistrationResult.WrongCode(2));
        assertThat(confirm(wrong)).isEqualTo(new ConfirmRegistrationResult.WrongCode(1));
        assertThat(confirm(wrong)).isEqualTo(new ConfirmRegistrationResult.TooManyTries());

        assertThat(confirm(code)).isEqualTo(new ConfirmRegistrationResult.TooManyTries());
        assertThat(system.accounts.all()).isEmpty();
        // Five wrong codes and the right one typed too late: every refused code is in the log.
        assertThat(system.audit.withAction(AuditAction.CODE_REJECTED)).hasSize(6)
                .last().satisfies(event -> assertThat(event.detail()).contains("exhausted"));
    }

    @Test
    void aNewCodeAfterTheCoolDownGivesFiveFreshTries() {
        String wrong = otherThan(chooseAndReadCode());
        for (int i = 0; i < 5; i++) {
            confirm(wrong);
        }
        system.clock.advance(Duration.ofSeconds(60));

        resend();
        String fresh = lastCode();

        assertThat(confirm(otherThan(fresh))).isEqualTo(new ConfirmRegistrationResult.WrongCode(4));
        assertThat(confirm(fresh)).isInstanceOf(ConfirmRegistrationResult.Registered.class);
    }
}
