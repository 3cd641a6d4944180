package jp.kenpo.kennin.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.survey.SurveyScope;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import org.flywaydb.core.Flyway;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An installation that opened a survey year under V1 and then upgrades: the year keeps its
 * meaning (every dependent, ages on the opening day). On H2 only: the statements are the ones
 * the contract suites already run on PostgreSQL.
 */
class SurveyYearsOpenedBeforeScopesKeepTheirMeaningTest {
    @TempDir
    Path dataDirectory;

    @Test
    void aYearOpenedBeforeTheUpgradeSurveysEveryoneWithAgesOnItsOpeningDay() {
        String url = Database.h2FileUrl(dataDirectory);
        Flyway.configure().dataSource(url, "sa", "").target("1").load().migrate();
        try (var sql = DSL.using(url, "sa", "")) {
            sql.execute("insert into insurer values ('acme', 'アクメ健康保険組合', 'k@example.jp', 2025, '', '', '', '', "
                    + "6, 20, '', 8, 20, '', true, true, false, false)");
            sql.execute("insert into survey_year values ('acme', 2025, '令和7年度', date '2025-07-01', date '2025-08-31')");
        }

        try (Database database = Database.connect(url, "sa", "")) {
            SurveyYear year = database.surveyYears().loadSurveyYear(new InsurerCode("acme"), 2025).orElseThrow();

            assertThat(year.referenceDate()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(year.scope()).isEqualTo(SurveyScope.all());
        }
    }
}
