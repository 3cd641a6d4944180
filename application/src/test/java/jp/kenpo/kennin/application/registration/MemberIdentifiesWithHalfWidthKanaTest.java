package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberCommand;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberIdentifiesWithHalfWidthKanaTest {
    private final Omron omron = new Omron();

    private IdentifyMemberResult identify(String insurer, String symbol, String number, String birthDate, String kana) {
        return omron.system.identifyMember.identifyMember(new IdentifyMemberCommand(insurer, symbol, number, birthDate, kana,
                new ClientAddress("203.0.113.9")));
    }

    @Test
    void halfWidthKanaWithDakutenMatchesTheRostersFullWidthName() {
        IdentifyMemberResult result = identify("omron", "12", "3456", "1980/04/01", "ﾔﾏﾀﾞ ﾀﾛｳ");

        assertThat(result).isEqualTo(new IdentifyMemberResult.Identified(omron.taro.id(), "omron",
                "ta※※※※※※※※※@omron.example.co.jp", CredentialPolicy.manualDefault()));
    }

    @ParameterizedTest(name = "[{index}] {0} / {1} / {2} / {3} / {4}")
    @CsvSource(delimiter = '|', value = {
            "ＯＭＲＯＮ | １２   | ００３４５６ | １９８０－０４－０１ | やまだ　たろう",
            "Omron     | ' 12 ' | 3456       | 19800401           | ヤマダタロウ",
            "omron     | 12     | 03456      | 1980/4/1           | ﾔﾏﾀﾞ　ﾀﾛｳ",
            "omron     | 12     | 3456       | 1980-04-01         | ' ヤマダ タロウ '",
    })
    void everyFieldMayBeTypedInAnyWidth(String insurer, String symbol, String number, String birthDate, String kana) {
        assertThat(identify(insurer, symbol, number, birthDate, kana)).isInstanceOf(IdentifyMemberResult.Identified.class);
    }

    @Test
    void theSuccessIsAuditedAgainstTheMemberAndTheAddress() {
        identify("omron", "12", "3456", "1980/04/01", "ﾔﾏﾀﾞ ﾀﾛｳ");

        AuditEvent event = omron.system.audit.last();
        assertThat(event.action()).isEqualTo(AuditAction.IDENTITY_CHECK_SUCCEEDED);
        assertThat(event.memberId()).contains(omron.taro.id().value());
        assertThat(event.insurerCode()).isEqualTo("omron");
        assertThat(event.clientAddress()).isEqualTo("203.0.113.9");
        assertThat(event.at()).isEqualTo(omron.system.clock.instant());
    }
}
