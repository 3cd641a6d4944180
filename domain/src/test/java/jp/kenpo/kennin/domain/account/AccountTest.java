package jp.kenpo.kennin.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.terms.TermsOfUse;
import org.junit.jupiter.api.Test;

class AccountTest {
    private static final Instant NOW = Instant.parse("2025-07-10T01:00:00Z");
    private static final InsurerCode OMRON = new InsurerCode("omron");
    private final Insurer insurer2025 = new Insurer(OMRON, "オムロン健康保険組合", new EmailAddress("omron-kenpo@ibss.example.jp"),
            InsurerContact.none(), CredentialPolicy.manualDefault(), 2025);

    private static Account account(int fiscalYear, int acceptedTermsVersion) {
        return new Account(new AccountId(1), new MemberId(1), OMRON, UserId.of("taro.yamada"), "hash", fiscalYear, NOW,
                acceptedTermsVersion);
    }

    private static Optional<TermsOfUse> terms(int version) {
        return Optional.of(new TermsOfUse(OMRON, version, "利用規約", NOW));
    }

    @Test
    void lastYearsAccountStopsWorkingWhenTheInsurerOpensANewYear() {
        assertThat(account(2025, 0).isCurrentFor(insurer2025)).isTrue();
        assertThat(account(2024, 0).isCurrentFor(insurer2025)).isFalse();
        assertThat(account(2025, 0).isCurrentFor(insurer2025.withCurrentFiscalYear(2026))).isFalse();
    }

    @Test
    void termsAreShownUntilTheNewestVersionIsAccepted() {
        assertThat(account(2025, 0).mustAccept(Optional.empty())).isFalse();
        assertThat(account(2025, 0).mustAccept(terms(1))).isTrue();
        assertThat(account(2025, 1).mustAccept(terms(1))).isFalse();
        assertThat(account(2025, 1).mustAccept(terms(2))).isTrue();
    }
}
