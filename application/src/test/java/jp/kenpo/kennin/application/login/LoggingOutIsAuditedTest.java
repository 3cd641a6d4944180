package jp.kenpo.kennin.application.login;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.audit.AuditAction;
import org.junit.jupiter.api.Test;

class LoggingOutIsAuditedTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    @Test
    void theLogoutIsWrittenWithAccountAndAddress() {
        Account taro = system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);

        system.logOut.logOut(taro.id(), new ClientAddress("203.0.113.9"));

        assertThat(system.audit.last().action()).isEqualTo(AuditAction.LOGOUT);
        assertThat(system.audit.last().accountId()).contains(taro.id().value());
        assertThat(system.audit.last().clientAddress()).isEqualTo("203.0.113.9");
    }

    @Test
    void aSessionWhoseAccountIsGoneLogsOutQuietly() {
        system.logOut.logOut(new AccountId(404), ClientAddress.local());

        assertThat(system.audit.actions()).isEmpty();
    }
}
