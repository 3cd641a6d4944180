package jp.kenpo.kennin.adapters.persistence.insurer;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_SCOPE_DEPENDENT;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_YEAR;

import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.SurveyYearRecord;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyScope;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import org.jooq.DSLContext;

/** Survey years with their scope: its kind and parameters as columns, a listed scope's dependents as child rows. */
public final class SurveyYearRepository implements SurveyYearPort {
    private static final String ALL = "ALL";
    private static final String LISTED = "LISTED";
    private static final String AGED_AT_LEAST = "AGED_AT_LEAST";

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
                        r.getOpensOn(), new SurveyDeadline(r.getDeadline()), r.getReferenceDate(), scopeOf(r)));
    }

    /** Replaces the year and its scope together; the caller's transaction keeps them consistent. */
    @Override
    public void saveSurveyYear(SurveyYear year) {
        SurveyYearRecord record = dsl.newRecord(SURVEY_YEAR);
        record.setInsurerCode(year.insurer().value());
        record.setFiscalYear(year.fiscalYear());
        record.setTitle(year.title());
        record.setOpensOn(year.opensOn());
        record.setDeadline(year.deadline().day());
        record.setReferenceDate(year.referenceDate());
        record.setScopeMinAge(null);
        record.setScopeCertifiedCutOff(null);
        if (year.scope() instanceof SurveyScope.AgedAtLeast aged) {
            record.setScopeKind(AGED_AT_LEAST);
            record.setScopeMinAge(aged.age());
            record.setScopeCertifiedCutOff(aged.certifiedOnOrBefore().orElse(null));
        } else {
            record.setScopeKind(year.scope() instanceof SurveyScope.Listed ? LISTED : ALL);
        }
        record.merge();
        dsl.deleteFrom(SURVEY_SCOPE_DEPENDENT)
                .where(SURVEY_SCOPE_DEPENDENT.INSURER_CODE.eq(year.insurer().value()))
                .and(SURVEY_SCOPE_DEPENDENT.FISCAL_YEAR.eq(year.fiscalYear()))
                .execute();
        if (year.scope() instanceof SurveyScope.Listed listed) {
            var insert = dsl.insertInto(SURVEY_SCOPE_DEPENDENT, SURVEY_SCOPE_DEPENDENT.INSURER_CODE,
                    SURVEY_SCOPE_DEPENDENT.FISCAL_YEAR, SURVEY_SCOPE_DEPENDENT.DEPENDENT_ID);
            for (DependentId id : listed.ids()) {
                insert = insert.values(year.insurer().value(), year.fiscalYear(), id.value());
            }
            insert.execute();
        }
    }

    private SurveyScope scopeOf(SurveyYearRecord r) {
        return switch (r.getScopeKind()) {
            case ALL -> SurveyScope.all();
            case LISTED -> SurveyScope.listed(listedDependents(r.getInsurerCode(), r.getFiscalYear()));
            case AGED_AT_LEAST -> new SurveyScope.AgedAtLeast(r.getScopeMinAge(), Optional.ofNullable(r.getScopeCertifiedCutOff()));
            default -> throw new IllegalStateException("unknown survey scope kind " + r.getScopeKind());
        };
    }

    private Set<DependentId> listedDependents(String insurer, int fiscalYear) {
        return dsl.select(SURVEY_SCOPE_DEPENDENT.DEPENDENT_ID)
                .from(SURVEY_SCOPE_DEPENDENT)
                .where(SURVEY_SCOPE_DEPENDENT.INSURER_CODE.eq(insurer))
                .and(SURVEY_SCOPE_DEPENDENT.FISCAL_YEAR.eq(fiscalYear))
                .fetchSet(r -> new DependentId(r.value1()));
    }
}
