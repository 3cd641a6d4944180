package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.account.RequestPasswordResetUseCase.RequestPasswordResetCommand;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberCommand;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberResult;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.Insurer;
import org.junit.jupiter.api.Test;

/**
 * The sign-up and reset pages hint at the password rules before anything is typed: the use cases
 * that open those pages hand over the member's insurer's policy, not a fixed one.
 */
class PagesLearnTheInsurersPasswordRulesTest {
    private final Omron omron = new Omron();

    private void insurerChooses(CredentialPolicy policy) {
        Insurer i = omron.insurer;
        omron.system.insurers.saveInsurer(new Insurer(i.code(), i.displayName(), i.senderAddress(), i.contact(), policy,
                i.currentFiscalYear()));
    }

    private IdentifyMemberResult identifyTaro() {
        return omron.system.identifyMember.identifyMember(new IdentifyMemberCommand("omron", "12", "3456", "1980/04/01",
                "ヤマダ タロウ", ClientAddress.local()));
    }

    @Test
    void identificationHandsOverTheManualsRulesForAnInsurerThatKeptThem() {
        assertThat(((IdentifyMemberResult.Identified) identifyTaro()).credentialPolicy()).isEqualTo(CredentialPolicy.manualDefault());
    }

    @Test
    void identificationHandsOverNistRulesForAnInsurerThatChoseThem() {
        insurerChooses(CredentialPolicy.nist());

        assertThat(((IdentifyMemberResult.Identified) identifyTaro()).credentialPolicy()).isEqualTo(CredentialPolicy.nist());
    }

    @Test
    void aUsableResetLinkHandsOverTheInsurersRulesAndAnUnusableOneNone() {
        omron.system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        insurerChooses(CredentialPolicy.nist());
        omron.system.requestPasswordReset.requestPasswordReset(new RequestPasswordResetCommand(Omron.TARO_USER_ID,
                Omron.TARO_EMAIL, ClientAddress.local()));
        String token = omron.system.mailer.last().params().get("link").replaceFirst(".*token=", "");

        assertThat(omron.system.resetPassword.checkResetLink(token)).contains(CredentialPolicy.nist());
        assertThat(omron.system.resetPassword.checkResetLink("made-up")).isEmpty();
    }
}
