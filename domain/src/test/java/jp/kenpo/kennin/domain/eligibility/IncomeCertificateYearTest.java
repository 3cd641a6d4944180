package jp.kenpo.kennin.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 令和7年度の課税証明書 shows 令和6年 (2024) income, is issued from June 2025 by the town of 1 January 2025. */
class IncomeCertificateYearTest {
    @Test
    void aSurveyOpeningInTheAutumnAsksForThisYearsCertificateWithLastYearsIncome() {
        IncomeCertificateYear year = IncomeCertificateYear.newestOn(LocalDate.of(2025, 9, 1));

        assertThat(year.fiscalYear()).isEqualTo(2025);
        assertThat(year.incomeYear()).isEqualTo(2024);
        assertThat(year.residenceDay()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(year.issuedFrom()).isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void beforeJuneThisYearsCertificateIsNotIssuedYetSoLastYearsIsTheNewest() {
        assertThat(IncomeCertificateYear.newestOn(LocalDate.of(2025, 5, 31)).fiscalYear()).isEqualTo(2024);
        assertThat(IncomeCertificateYear.newestOn(LocalDate.of(2025, 6, 1)).fiscalYear()).isEqualTo(2025);
        assertThat(IncomeCertificateYear.newestOn(LocalDate.of(2026, 1, 5)).fiscalYear()).isEqualTo(2025);
    }
}
