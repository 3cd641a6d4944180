package jp.kenpo.kennin.application.registration;

import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsCommand;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsResult;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationCommand;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase.ResendCodeResult;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase.ResendRegistrationCodeCommand;
import jp.kenpo.kennin.domain.member.InsuredMember;

/** Taro half-way through registration: credentials chosen, code mailed. */
class RegistrationFixture {
    final Omron omron = new Omron();
    final InMemorySystem system = omron.system;
    final InsuredMember taro = omron.taro;

    ChooseCredentialsResult choose(InsuredMember member, String userId) {
        return system.chooseCredentials.chooseCredentials(new ChooseCredentialsCommand(member.id(), userId, Omron.TARO_PASSWORD,
                Omron.TARO_PASSWORD, ClientAddress.local()));
    }

    /** Chooses Taro's credentials and returns the code from the mail. */
    String chooseAndReadCode() {
        choose(taro, Omron.TARO_USER_ID);
        return lastCode();
    }

    String lastCode() {
        return InMemorySystem.codeIn(system.mailer.last());
    }

    ConfirmRegistrationResult confirm(InsuredMember member, String code) {
        return system.confirmRegistration.confirmRegistration(new ConfirmRegistrationCommand(member.id(), code, ClientAddress.local()));
    }

    ConfirmRegistrationResult confirm(String code) {
        return confirm(taro, code);
    }

    ResendCodeResult resend() {
        return system.resendRegistrationCode.resendRegistrationCode(new ResendRegistrationCodeCommand(taro.id(), ClientAddress.local()));
    }

    /** A 6-digit code that is not {@code code}. */
    static String otherThan(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }
}
