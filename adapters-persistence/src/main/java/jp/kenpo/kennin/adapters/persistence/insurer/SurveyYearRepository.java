package jp.kenpo.kennin.adapters.persistence.insurer;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_YEAR;

import java.util.Optional;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.SurveyYearRecord;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import org.jooq.DSLContext;

public final class SurveyYearRepository implements SurveyYearPort {
    private final DSLContext dsl;

    public SurveyYearRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<SurveyYear> loadSurveyYear(InsurerCode insurer, int fiscalYear) {
        return dsl.selectFrom(SURVEY_YEAR)
                .where(SURVEY_YEAR.INSURER_CODE.eq(insurer.value()))
                .and(SURVEY_YEAR.FISCAL_YEAR.eq(fiscalYear))
                .fetchOptional(r -> new SurveyYear(new InsurerCode(r.getInsurerCode()), r.getFiscalYear(), r.getTitle(),
                        r.getOpensOn(), new SurveyDeadline(r.getDeadline())));
    }

    @Override
    public void saveSurveyYear(SurveyYear year) {
        SurveyYearRecord record = dsl.newRecord(SURVEY_YEAR);
        record.setInsurerCode(year.insurer().value());
        record.setFiscalYear(year.fiscalYear());
        record.setTitle(year.title());
        record.setOpensOn(year.opensOn());
        record.setDeadline(year.deadline().day());
        record.merge();
    }
}
