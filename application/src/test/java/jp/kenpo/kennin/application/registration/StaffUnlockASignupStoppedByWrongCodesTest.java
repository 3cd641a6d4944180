package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsCommand;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsResult;
import jp.kenpo.kennin.application.registration.UnlockSignupUseCase.UnlockSignupCommand;
import jp.kenpo.kennin.application.registration.UnlockSignupUseCase.UnlockSignupResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffUnlockASignupStoppedByWrongCodesTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;
    private final UnlockSignupService unlock = new UnlockSignupService(system.members, system.signupLimits, system.audit,
            system.clock);

    @BeforeEach
    void taroUsedUpEveryCodeTryARecordHas() {
        for (int i = 0; i < system.signupLimitSettings.maxCodeTries(); i++) {
            system.signupLimits.countCodeTry(omron.taro.id(), system.signupLimitSettings.maxCodeTries());
        }
        assertThat(choose()).isInstanceOf(ChooseCredentialsResult.Locked.class);
    }

    private ChooseCredentialsResult choose() {
        return system.chooseCredentials.chooseCredentials(new ChooseCredentialsCommand(omron.taro.id(), Omron.TARO_USER_ID,
                Omron.TARO_PASSWORD, Omron.TARO_PASSWORD, ClientAddress.local()));
    }

    @Test
    void afterStaffUnlockTheRecordTaroMaySignUpAgainAndTheAuditLogNamesTheStaff() {
        UnlockSignupResult result = unlock.unlockSignup(new UnlockSignupCommand("ＯＭＲＯＮ", "１２", "3456", "佐藤", ClientAddress.local()));

        assertThat(result).isEqualTo(new UnlockSignupResult.Unlocked());
        assertThat(system.signupLimits.load(omron.taro.id()).codeTries()).isZero();
        assertThat(choose()).isInstanceOf(ChooseCredentialsResult.CodeSent.class);
        assertThat(system.audit.withAction(AuditAction.SIGNUP_UNLOCKED)).singleElement()
                .satisfies(e -> assertThat(e.toString()).contains("staff=佐藤"));
    }

    @Test
    void anUnknownCardUnlocksNothing() {
        assertThat(unlock.unlockSignup(new UnlockSignupCommand("omron", "12", "9999", "佐藤", ClientAddress.local())))
                .isEqualTo(new UnlockSignupResult.NotFound());
        assertThat(unlock.unlockSignup(new UnlockSignupCommand("other", "12", "3456", "佐藤", ClientAddress.local())))
                .isEqualTo(new UnlockSignupResult.NotFound());
        assertThat(choose()).isInstanceOf(ChooseCredentialsResult.Locked.class);
        assertThat(system.audit.actions()).doesNotContain(AuditAction.SIGNUP_UNLOCKED);
    }

    @Test
    void anUnreadableCardIsInvalidWithTheFieldsCode() {
        assertThat(unlock.unlockSignup(new UnlockSignupCommand("omron", "", "3456", "佐藤", ClientAddress.local())))
                .isInstanceOf(UnlockSignupResult.Invalid.class);
    }
}
