package jp.kenpo.kennin.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.OptionalLong;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import org.junit.jupiter.api.Test;

class StaffIdentityRulesTest {
    private static final Optional<InsurerCode> ACME = Optional.of(new InsurerCode("acme"));

    @Test
    void aTimeStepIsAcceptedOnlyAfterTheLastOneUsed() {
        assertThat(TotpReplay.accepts(OptionalLong.empty(), 0)).isTrue();
        assertThat(TotpReplay.accepts(OptionalLong.of(100), 101)).isTrue();
        assertThat(TotpReplay.accepts(OptionalLong.of(100), 100)).as("the same step again").isFalse();
        assertThat(TotpReplay.accepts(OptionalLong.of(100), 99)).as("an earlier step inside the window").isFalse();
        assertThat(TotpReplay.accepts(OptionalLong.empty(), -1)).isFalse();
    }

    @Test
    void recoveryCodesAreTwoGroupsOfFiveWithoutLookAlikes() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 200; i++) {
            String code = RecoveryCode.generate(random);
            assertThat(code).matches("[a-z2-9]{5}-[a-z2-9]{5}").doesNotContain("0", "1", "o", "l", "i");
            assertThat(RecoveryCode.normalise(code)).contains(code.replace("-", ""));
        }
    }

    @Test
    void aRecoveryCodeIsComparedAfterWidthCaseAndHyphensAreEvenedOut() {
        assertThat(RecoveryCode.normalise("k7m2p-x9rtq")).contains("k7m2px9rtq");
        assertThat(RecoveryCode.normalise(" K7M2P X9RTQ ")).contains("k7m2px9rtq");
        assertThat(RecoveryCode.normalise("ｋ７ｍ２ｐ－ｘ９ｒｔｑ")).contains("k7m2px9rtq");
        assertThat(RecoveryCode.normalise("k7m2px9rtqk")).isEmpty();
        assertThat(RecoveryCode.normalise("k7m2p-x9rt0")).isEmpty();
        assertThat(RecoveryCode.normalise("123456")).isEmpty();
        assertThat(RecoveryCode.normalise(null)).isEmpty();
    }

    @Test
    void onlyTheOperatorHasNoInsurerAndOnlyAnEmployerContactHasAnOffice() {
        StaffMember.checkProfile(Optional.empty(), "運用者", StaffRole.OPERATOR, Optional.empty());
        StaffMember.checkProfile(ACME, "佐藤", StaffRole.EMPLOYER_CONTACT, Optional.of("本社"));

        assertThatThrownBy(() -> StaffMember.checkProfile(ACME, "運用者", StaffRole.OPERATOR, Optional.empty()))
                .isInstanceOf(InvalidValueException.class).hasMessage("staff.insurer.invalid");
        assertThatThrownBy(() -> StaffMember.checkProfile(Optional.empty(), "管理者", StaffRole.ADMINISTRATOR, Optional.empty()))
                .hasMessage("staff.insurer.invalid");
        assertThatThrownBy(() -> StaffMember.checkProfile(ACME, "佐藤", StaffRole.EMPLOYER_CONTACT, Optional.empty()))
                .hasMessage("staff.office.invalid");
        assertThatThrownBy(() -> StaffMember.checkProfile(ACME, "佐藤", StaffRole.HELP_DESK, Optional.of("本社")))
                .hasMessage("staff.office.invalid");
        assertThatThrownBy(() -> StaffMember.checkProfile(ACME, "佐藤", StaffRole.EMPLOYER_CONTACT, Optional.of("本社\n")))
                .hasMessage("staff.office.invalid");
        assertThatThrownBy(() -> StaffMember.checkProfile(ACME, " ", StaffRole.HELP_DESK, Optional.empty()))
                .hasMessage("staff.name.invalid");
        assertThatThrownBy(() -> StaffMember.checkProfile(ACME, "a".repeat(101), StaffRole.HELP_DESK, Optional.empty()))
                .hasMessage("staff.name.invalid");
    }

    @Test
    void onlyAnActiveAccountCanSignIn() {
        for (StaffState state : StaffState.values()) {
            StaffMember member = new StaffMember(new StaffId(1), ACME, new LoginName("sato"), "佐藤", Optional.empty(),
                    StaffRole.HELP_DESK, Optional.empty(), state, Optional.empty());
            assertThat(member.canSignIn()).isEqualTo(state == StaffState.ACTIVE);
        }
    }
}
