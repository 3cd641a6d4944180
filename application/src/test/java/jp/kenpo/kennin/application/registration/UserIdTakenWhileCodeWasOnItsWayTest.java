package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsResult;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import jp.kenpo.kennin.domain.member.InsuredMember;
import org.junit.jupiter.api.Test;

class UserIdTakenWhileCodeWasOnItsWayTest extends RegistrationFixture {

    @Test
    void theSlowerMemberIsAskedToChooseAnotherId() {
        InsuredMember hanako = omron.hanako();
        choose(taro, "omron-user");
        String tarosCode = lastCode();
        choose(hanako, "Omron-User");
        String hanakosCode = lastCode();

        assertThat(confirm(hanako, hanakosCode)).isEqualTo(new ConfirmRegistrationResult.Registered("Omron-User"));
        assertThat(confirm(taro, tarosCode)).isEqualTo(new ConfirmRegistrationResult.UserIdTaken());

        assertThat(system.accounts.findByMember(taro.id())).isEmpty();
        assertThat(confirm(taro, tarosCode)).isEqualTo(new ConfirmRegistrationResult.NothingPending());
        assertThat(choose(taro, "omron-user")).isInstanceOf(ChooseCredentialsResult.Rejected.class);
        // A new code for Taro's record waits out the cool-down since his last one, as a resend would.
        system.clock.advance(Duration.ofSeconds(60));
        assertThat(choose(taro, "omron-user-2")).isInstanceOf(ChooseCredentialsResult.CodeSent.class);
    }
}
