package jp.kenpo.kennin.application.insureradmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kenpo.kennin.application.BackOfficeSetup;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.insureradmin.PublishTermsVersionUseCase.PublishTermsVersionCommand;
import jp.kenpo.kennin.application.insureradmin.PublishTermsVersionUseCase.PublishTermsVersionResult;
import jp.kenpo.kennin.application.login.AcceptTermsUseCase.AcceptTermsCommand;
import jp.kenpo.kennin.application.login.AcceptTermsUseCase.AcceptTermsResult;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

class StaffPublishedTermsAreAcceptedAtTheNextLoginTest {
    private final Omron omron = new Omron();
    private final BackOfficeSetup office = new BackOfficeSetup(omron.system);
    private final SignedInStaff admin = office.administrator(omron.insurer);
    private final Account taro = omron.system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);

    private PublishTermsVersionResult publish(SignedInStaff actor, String body) {
        return office.publishTermsVersion.publishTermsVersion(new PublishTermsVersionCommand(actor, body, ClientAddress.local()));
    }

    private boolean mustAcceptTermsAtLogin() {
        LogInResult result = omron.system.logIn.logIn(new LogInCommand(Omron.TARO_USER_ID, Omron.TARO_PASSWORD,
                ClientAddress.local()));
        return ((LogInResult.LoggedIn) result).mustAcceptTerms();
    }

    @Test
    void eachVersionStaffPublishIsAcceptedOnceAtTheNextLogin() {
        assertThat(publish(admin, "第1条 本規約は…")).isEqualTo(new PublishTermsVersionResult.Published(1));
        assertThat(mustAcceptTermsAtLogin()).isTrue();
        omron.system.acceptTerms.acceptTerms(new AcceptTermsCommand(taro.id(), 1, true, ClientAddress.local()));
        assertThat(mustAcceptTermsAtLogin()).isFalse();

        assertThat(publish(admin, "第1条 改訂版")).isEqualTo(new PublishTermsVersionResult.Published(2));

        assertThat(mustAcceptTermsAtLogin()).isTrue();
        assertThat(omron.system.showTerms.currentTerms(taro.id())).hasValueSatisfying(t -> assertThat(t.body()).isEqualTo("第1条 改訂版"));
        assertThat(omron.system.acceptTerms.acceptTerms(new AcceptTermsCommand(taro.id(), 2, true, ClientAddress.local())))
                .isEqualTo(new AcceptTermsResult.Accepted());
        assertThat(omron.system.audit.withAction(AuditAction.TERMS_PUBLISHED)).extracting(e -> e.detail())
                .containsExactly("version=1", "version=2");
    }

    @Test
    void publishingTheSameTextAgainMakesNoNewVersion() {
        publish(admin, "第1条 本規約は…");

        assertThat(publish(admin, "第1条 本規約は…")).isEqualTo(new PublishTermsVersionResult.Invalid("terms.body.unchanged"));
        assertThat(omron.system.terms.currentTerms(omron.insurer.code()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void emptyOrOverlongTermsAreRefused() {
        assertThat(publish(admin, "  ")).isEqualTo(new PublishTermsVersionResult.Invalid("terms.body.empty"));
        assertThat(publish(admin, "あ".repeat(PublishTermsVersionService.MAX_BODY_LENGTH + 1)))
                .isEqualTo(new PublishTermsVersionResult.Invalid("terms.body.tooLong"));
        assertThat(omron.system.terms.currentTerms(omron.insurer.code())).isEmpty();
    }

    @Test
    void aReviewerMayNotPublishTerms() {
        assertThatThrownBy(() -> publish(office.staff(omron.insurer, StaffRole.REVIEWER), "第1条"))
                .isInstanceOf(StaffMayNot.class);
    }
}
