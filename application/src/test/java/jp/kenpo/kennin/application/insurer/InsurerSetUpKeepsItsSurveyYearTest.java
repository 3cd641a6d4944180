package jp.kenpo.kennin.application.insurer;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.insurer.SetUpInsurerUseCase.SetUpInsurerCommand;
import jp.kenpo.kennin.application.insurer.SetUpInsurerUseCase.SetUpInsurerResult;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.EmailAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InsurerSetUpKeepsItsSurveyYearTest {
    private static final InsurerContact CONTACT = new InsurerContact("0120-233-046", "平日10時～17時", "omron-kenpo@ibss.example.jp",
            "https://www.omron-kenpo.example.org/faq/");
    private final InMemorySystem system = new InMemorySystem();

    private SetUpInsurerResult setUp(String code, String name, String sender, int fiscalYear) {
        return system.setUpInsurer.setUpInsurer(new SetUpInsurerCommand(code, name, sender, CONTACT,
                CredentialPolicy.manualDefault(), fiscalYear));
    }

    private Insurer omron() {
        return system.insurers.loadInsurer(new InsurerCode("omron")).orElseThrow();
    }

    @Test
    void aNewInsurerIsCreatedAsTyped() {
        assertThat(setUp("OMRON", "オムロン健康保険組合", "omron-kenpo@ibss.example.jp", 2025)).isEqualTo(new SetUpInsurerResult.Created());

        assertThat(omron()).isEqualTo(new Insurer(new InsurerCode("omron"), "オムロン健康保険組合",
                new EmailAddress("omron-kenpo@ibss.example.jp"), CONTACT,
                CredentialPolicy.manualDefault(), 2025));
    }

    @Test
    void anUpdateChangesEverythingButTheSurveyYear() {
        setUp("omron", "オムロン健保", "old@ibss.example.jp", 2025);

        assertThat(setUp("omron", "オムロン健康保険組合", "omron-kenpo@ibss.example.jp", 2030)).isEqualTo(new SetUpInsurerResult.Updated());
        assertThat(omron().displayName()).isEqualTo("オムロン健康保険組合");
        assertThat(omron().senderAddress().value()).isEqualTo("omron-kenpo@ibss.example.jp");
        assertThat(omron().currentFiscalYear()).isEqualTo(2025);
    }

    @ParameterizedTest(name = "[{index}] {4}")
    @CsvSource(delimiter = '|', value = {
            "オムロン | オムロン健康保険組合 | omron-kenpo@ibss.example.jp | 2025 | insurer.code.invalid",
            "omron  | ' '            | omron-kenpo@ibss.example.jp | 2025 | insurer.name.invalid",
            "omron  | オムロン健康保険組合 | omron-kenpo               | 2025 | email.invalid",
            "omron  | オムロン健康保険組合 | omron-kenpo@ibss.example.jp | 1999 | insurer.fiscalYear.invalid",
    })
    void aBadFieldIsNamedAndNothingIsSaved(String code, String name, String sender, int year, String reason) {
        assertThat(setUp(code, name, sender, year)).isEqualTo(new SetUpInsurerResult.Invalid(reason));
        assertThat(system.insurers.loadInsurer(new InsurerCode("omron"))).isEmpty();
    }
}
