package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import org.junit.jupiter.api.Test;

class CodeExpiresAfterTenMinutesTest extends RegistrationFixture {

    @Test
    void aCodeTypedOneSecondBeforeTenMinutesWorks() {
        String code = chooseAndReadCode();
        system.clock.advance(Duration.ofMinutes(10).minusSeconds(1));

        assertThat(confirm(code)).isInstanceOf(ConfirmRegistrationResult.Registered.class);
    }

    @Test
    void atTenMinutesTheCodeHasExpiredAndNoAccountIsMade() {
        String code = chooseAndReadCode();
        system.clock.advance(Duration.ofMinutes(10));

        assertThat(confirm(code)).isEqualTo(new ConfirmRegistrationResult.Expired());
        assertThat(system.accounts.all()).isEmpty();
        assertThat(system.audit.last().action()).isEqualTo(AuditAction.CODE_REJECTED);
    }

    @Test
    void aNewCodeWorksAfterTheOldOneExpired() {
        chooseAndReadCode();
        system.clock.advance(Duration.ofMinutes(15));
        resend();

        assertThat(confirm(lastCode())).isInstanceOf(ConfirmRegistrationResult.Registered.class);
    }
}
