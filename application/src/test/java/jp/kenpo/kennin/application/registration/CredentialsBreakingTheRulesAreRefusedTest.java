package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsCommand;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsResult;
import jp.kenpo.kennin.domain.credential.CredentialField;
import jp.kenpo.kennin.domain.credential.CredentialViolation;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.member.MemberId;
import org.junit.jupiter.api.Test;

class CredentialsBreakingTheRulesAreRefusedTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    private ChooseCredentialsResult choose(MemberId member, String userId, String password, String confirmation) {
        return system.chooseCredentials.chooseCredentials(new ChooseCredentialsCommand(member, userId, password, confirmation,
                ClientAddress.local()));
    }

    private static List<String> codes(ChooseCredentialsResult result) {
        assertThat(result).isInstanceOf(ChooseCredentialsResult.Rejected.class);
        return ((ChooseCredentialsResult.Rejected) result).violations().stream().map(CredentialViolation::code).toList();
    }

    @Test
    void everyBrokenRuleIsListedAndNothingIsMailed() {
        ChooseCredentialsResult result = choose(omron.taro.id(), "taro", "19800401", "1980040");

        assertThat(codes(result)).containsExactly("credential.userId.length", "credential.password.letter",
                "credential.password.symbol", "credential.password.containsBirthDate", "credential.confirmation.mismatch");
        assertThat(system.mailer.sent()).isEmpty();
        assertThat(system.pending.all()).isEmpty();
    }

    @Test
    void aCommonPasswordThatMeetsTheManualsRulesIsRefusedAndNothingIsMailed() {
        for (String common : List.of("Password1!", "Qwerty123!")) {
            assertThat(codes(choose(omron.taro.id(), Omron.TARO_USER_ID, common, common))).containsExactly("credential.password.common");
        }
        assertThat(system.mailer.sent()).isEmpty();
    }

    @Test
    void aUserIdAnotherMemberHoldsIsTakenWhateverItsCase() {
        system.register(omron.hanako(), "TARO.YAMADA", "Hanako#Tsubaki7");

        ChooseCredentialsResult result = choose(omron.taro.id(), Omron.TARO_USER_ID, "short", "short");

        assertThat(result).isInstanceOf(ChooseCredentialsResult.Rejected.class);
        assertThat(((ChooseCredentialsResult.Rejected) result).violations().get(0))
                .isEqualTo(new CredentialViolation(CredentialField.USER_ID, "credential.userId.taken", List.of()));
        assertThat(codes(result)).contains("credential.password.length");
    }

    @Test
    void theMembersOwnIdFromLastYearIsTheirsToChooseAgain() {
        system.accounts.createAccount(omron.taro.id(), omron.insurer.code(), UserId.of(Omron.TARO_USER_ID), "old-hash", 2024,
                system.clock.instant());

        assertThat(choose(omron.taro.id(), Omron.TARO_USER_ID, Omron.TARO_PASSWORD, Omron.TARO_PASSWORD))
                .isInstanceOf(ChooseCredentialsResult.CodeSent.class);
    }

    @Test
    void anUnknownMemberIsAStaleSession() {
        assertThat(choose(new MemberId(999), Omron.TARO_USER_ID, Omron.TARO_PASSWORD, Omron.TARO_PASSWORD))
                .isEqualTo(new ChooseCredentialsResult.UnknownMember());
        assertThat(system.mailer.sent()).isEmpty();
    }
}
