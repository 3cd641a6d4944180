package jp.kenpo.kennin.adapters.persistence.survey;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER_SURVEY;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.REVIEW_DECISION;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_RESPONSE;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.kenpo.kennin.adapters.persistence.cache.RenderedQuery;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.SurveyResponseRecord;
import jp.kenpo.kennin.application.survey.SurveyResponsePort;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.Living;
import jp.kenpo.kennin.domain.eligibility.Residence;
import jp.kenpo.kennin.domain.eligibility.UnemploymentBenefit;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.review.DecisionState;
import jp.kenpo.kennin.domain.review.Prospect;
import jp.kenpo.kennin.domain.survey.DependentSituation;
import jp.kenpo.kennin.domain.survey.LossReason;
import jp.kenpo.kennin.domain.survey.NoLongerEligible;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyAnswers;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import jp.kenpo.kennin.domain.survey.YenAmount;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** Survey responses and members' incomes; the one mapping between their rows and the domain values. */
public final class SurveyResponseRepository implements SurveyResponsePort {
    private static final String UNIQUE_VIOLATION = "23505";
    /** The statuses in which the member may still change a response. */
    private static final List<String> EDITABLE = List.of(SurveyStatus.NOT_STARTED.name(), SurveyStatus.IN_PROGRESS.name(),
            SurveyStatus.RETURNED.name());

    private final DSLContext dsl;
    private final java.util.function.IntFunction<RenderedQuery> ofDependents;
    private final java.util.function.IntFunction<RenderedQuery> statusesOfDependents;

    public SurveyResponseRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.ofDependents = RenderedQuery.perListLength(dsl, n -> dsl.selectFrom(SURVEY_RESPONSE).where(ofYearAmong(n)));
        this.statusesOfDependents = RenderedQuery.perListLength(dsl, n -> dsl
                .select(SURVEY_RESPONSE.DEPENDENT_ID, SURVEY_RESPONSE.STATUS).from(SURVEY_RESPONSE).where(ofYearAmong(n)));
    }

    /** One insurer's year among {@code n} dependents: the values are {@link #ofYearAmong(InsurerCode, int, Collection)}. */
    private static org.jooq.Condition ofYearAmong(int n) {
        return SURVEY_RESPONSE.INSURER_CODE.eq("").and(SURVEY_RESPONSE.FISCAL_YEAR.eq(0))
                .and(SURVEY_RESPONSE.DEPENDENT_ID.in(java.util.Collections.nCopies(n, 0L)));
    }

    private static Object[] ofYearAmong(InsurerCode insurer, int fiscalYear, Collection<DependentId> dependents) {
        return RenderedQuery.values(insurer.value(), fiscalYear, dependents.stream().map(DependentId::value).toList());
    }

    @Override
    public Optional<SurveyResponse> loadResponse(InsurerCode insurer, int fiscalYear, DependentId dependent) {
        return dsl.selectFrom(SURVEY_RESPONSE)
                .where(SURVEY_RESPONSE.INSURER_CODE.eq(insurer.value()), SURVEY_RESPONSE.FISCAL_YEAR.eq(fiscalYear),
                        SURVEY_RESPONSE.DEPENDENT_ID.eq(dependent.value()))
                .fetchOptional(SurveyResponseRepository::toResponse);
    }

    @Override
    public List<SurveyResponse> responsesOf(InsurerCode insurer, int fiscalYear, Collection<DependentId> dependents) {
        if (dependents.isEmpty()) {
            return List.of();
        }
        return ofDependents.apply(dependents.size()).fetchInto(SURVEY_RESPONSE, ofYearAmong(insurer, fiscalYear, dependents))
                .stream()
                .map(SurveyResponseRepository::toResponse).toList();
    }

    @Override
    public java.util.Map<DependentId, SurveyStatus> statusesOf(InsurerCode insurer, int fiscalYear, Collection<DependentId> dependents) {
        if (dependents.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<DependentId, SurveyStatus> statuses = new java.util.HashMap<>();
        statusesOfDependents.apply(dependents.size()).fetch(ofYearAmong(insurer, fiscalYear, dependents))
                .forEach(r -> statuses.put(new DependentId(r.get(SURVEY_RESPONSE.DEPENDENT_ID)),
                        SurveyStatus.valueOf(r.get(SURVEY_RESPONSE.STATUS))));
        return statuses;
    }

    /**
     * An update that only matches an editable response, then (when there is no row yet) an insert
     * that yields to a row inserted meanwhile, then the update once more: never read-then-write,
     * so a submission that commits between the member's read and this write always wins.
     */
    @Override
    public boolean saveDraft(SurveyResponse draft) {
        for (int attempt = 0; attempt < 2; attempt++) {
            if (updateDraft(draft) == 1) {
                return true;
            }
            if (!exists(draft) && insertDraft(draft)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #saveDraft} writing only the columns of these questions: one conditional update (or insert)
     * that leaves every other answer column as the row has it when the statement runs.
     */
    @Override
    public boolean saveDraftAnswers(SurveyResponse draft, java.util.Set<Question> questions) {
        for (int attempt = 0; attempt < 2; attempt++) {
            if (updateDraft(draft, onlyColumnsOf(answersRecord(draft), questions)) == 1) {
                return true;
            }
            if (!exists(draft) && insertDraft(draft, onlyColumnsOf(answersRecord(draft), questions))) {
                return true;
            }
        }
        return false;
    }

    /** The record with every field but those of these questions marked unchanged, so jOOQ leaves them out. */
    private static SurveyResponseRecord onlyColumnsOf(SurveyResponseRecord r, java.util.Set<Question> questions) {
        java.util.Set<org.jooq.Field<?>> kept = new java.util.HashSet<>();
        for (Question q : questions) {
            column(q).ifPresent(kept::add);
        }
        for (org.jooq.Field<?> f : r.fields()) {
            if (!kept.contains(f)) {
                r.changed(f, false);
            }
        }
        return r;
    }

    private static Optional<org.jooq.Field<?>> column(Question q) {
        return Optional.ofNullable(switch (q) {
            case LIVING -> SURVEY_RESPONSE.LIVING;
            case RESIDENCE -> SURVEY_RESPONSE.RESIDENCE;
            case SITUATION -> SURVEY_RESPONSE.SITUATION;
            case SALARY -> SURVEY_RESPONSE.SALARY;
            case PENSION -> SURVEY_RESPONSE.PENSION;
            case BUSINESS_INCOME -> SURVEY_RESPONSE.BUSINESS_INCOME;
            case OTHER_INCOME -> SURVEY_RESPONSE.OTHER_INCOME;
            case EMPLOYMENT_CHANGED -> SURVEY_RESPONSE.EMPLOYMENT_CHANGED;
            case UNEMPLOYMENT_BENEFIT -> SURVEY_RESPONSE.UNEMPLOYMENT_BENEFIT;
            case BENEFIT_DAILY_AMOUNT -> SURVEY_RESPONSE.BENEFIT_DAILY_AMOUNT;
            case OTHER_HEALTH_INSURANCE -> SURVEY_RESPONSE.OTHER_HEALTH_INSURANCE;
            case DISABLED -> SURVEY_RESPONSE.DISABLED;
            case REMITTANCE -> SURVEY_RESPONSE.ANNUAL_REMITTANCE;
            case PARENT_SUPPORT_REASON -> SURVEY_RESPONSE.PARENT_SUPPORT_REASON;
            case MEMBER_INCOME -> null; // kept once per member and year, in member_survey
        });
    }

    private int updateDraft(SurveyResponse draft) {
        return updateDraft(draft, answersRecord(draft));
    }

    private int updateDraft(SurveyResponse draft, SurveyResponseRecord r) {
        return dsl.update(SURVEY_RESPONSE)
                .set(r)
                // The stored status decides, not the one read before: a returned response keeps its reason.
                .set(SURVEY_RESPONSE.STATUS, DSL.when(SURVEY_RESPONSE.STATUS.eq(SurveyStatus.RETURNED.name()),
                        SurveyStatus.RETURNED.name()).otherwise(SurveyStatus.IN_PROGRESS.name()))
                .where(key(draft), SURVEY_RESPONSE.STATUS.in(EDITABLE))
                .execute();
    }

    private boolean exists(SurveyResponse response) {
        return dsl.fetchExists(SURVEY_RESPONSE, key(response));
    }

    /** False when another request inserted the row first (a unique violation, rolled back to its savepoint). */
    private boolean insertDraft(SurveyResponse draft) {
        return insertDraft(draft, answersRecord(draft));
    }

    private boolean insertDraft(SurveyResponse draft, SurveyResponseRecord r) {
        r.setInsurerCode(draft.insurer().value());
        r.setFiscalYear(draft.fiscalYear());
        r.setDependentId(draft.dependent().value());
        r.setStatus(SurveyStatus.IN_PROGRESS.name());
        try {
            dsl.transaction(() -> dsl.insertInto(SURVEY_RESPONSE).set(r).execute());
            return true;
        } catch (DataAccessException e) {
            if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                return false;
            }
            throw e;
        }
    }

    /** The member's part of a response: every answer and the declaration; never status or staff's reason. */
    private SurveyResponseRecord answersRecord(SurveyResponse response) {
        SurveyResponseRecord r = dsl.newRecord(SURVEY_RESPONSE);
        SurveyAnswers a = response.answers();
        r.setLiving(name(a.living()));
        r.setResidence(name(a.residence()));
        r.setSituation(name(a.situation()));
        r.setSalary(yen(a.salary()));
        r.setPension(yen(a.pension()));
        r.setBusinessIncome(yen(a.businessIncome()));
        r.setOtherIncome(yen(a.otherIncome()));
        r.setEmploymentChanged(a.employmentChanged().orElse(null));
        r.setUnemploymentBenefit(name(a.unemploymentBenefit()));
        r.setBenefitDailyAmount(yen(a.benefitDailyAmount()));
        r.setOtherHealthInsurance(a.otherHealthInsurance().orElse(null));
        r.setDisabled(a.disabled().orElse(null));
        r.setAnnualRemittance(yen(a.annualRemittance()));
        r.setParentSupportReason(a.parentSupportReason().orElse(null));
        r.setNoLongerEligibleOn(response.noLongerEligible().map(NoLongerEligible::since).orElse(null));
        r.setNoLongerEligibleReason(response.noLongerEligible().map(d -> d.reason().name()).orElse(null));
        return r;
    }

    private static Condition key(SurveyResponse response) {
        return SURVEY_RESPONSE.INSURER_CODE.eq(response.insurer().value())
                .and(SURVEY_RESPONSE.FISCAL_YEAR.eq(response.fiscalYear()))
                .and(SURVEY_RESPONSE.DEPENDENT_ID.eq(response.dependent().value()));
    }

    /**
     * Also drops a decision still waiting for approval on it (four-eyes): the member will change
     * the answers it was made on, so it must be made again after the next submission.
     */
    @Override
    public boolean markReturned(SurveyResponse returned) {
        return dsl.transactionResult(() -> {
            int marked = dsl.update(SURVEY_RESPONSE)
                    .set(SURVEY_RESPONSE.STATUS, SurveyStatus.RETURNED.name())
                    .set(SURVEY_RESPONSE.RETURN_REASON, returned.returnReason().orElseThrow())
                    .set(SURVEY_RESPONSE.RETURNED_COUNT, SURVEY_RESPONSE.RETURNED_COUNT.plus(1))
                    .where(key(returned), SURVEY_RESPONSE.STATUS.eq(SurveyStatus.SUBMITTED.name()))
                    .execute();
            if (marked != 1) {
                return false;
            }
            dsl.deleteFrom(REVIEW_DECISION)
                    .where(REVIEW_DECISION.INSURER_CODE.eq(returned.insurer().value()),
                            REVIEW_DECISION.FISCAL_YEAR.eq(returned.fiscalYear()),
                            REVIEW_DECISION.DEPENDENT_ID.eq(returned.dependent().value()),
                            REVIEW_DECISION.STATE.eq(DecisionState.PENDING_APPROVAL.name()))
                    .execute();
            return true;
        });
    }

    @Override
    public void saveProspect(InsurerCode insurer, int fiscalYear, DependentId dependent, Prospect prospect) {
        dsl.update(SURVEY_RESPONSE)
                .set(SURVEY_RESPONSE.PROSPECT, prospect.name())
                .where(SURVEY_RESPONSE.INSURER_CODE.eq(insurer.value()), SURVEY_RESPONSE.FISCAL_YEAR.eq(fiscalYear),
                        SURVEY_RESPONSE.DEPENDENT_ID.eq(dependent.value()))
                .execute();
    }

    @Override
    public boolean markSubmitted(SurveyResponse submitted) {
        // The row lock taken by the update makes a concurrent second submission wait, then find the status changed.
        return dsl.update(SURVEY_RESPONSE)
                .set(SURVEY_RESPONSE.STATUS, SurveyStatus.SUBMITTED.name())
                .setNull(SURVEY_RESPONSE.RETURN_REASON)
                .where(SURVEY_RESPONSE.INSURER_CODE.eq(submitted.insurer().value()),
                        SURVEY_RESPONSE.FISCAL_YEAR.eq(submitted.fiscalYear()),
                        SURVEY_RESPONSE.DEPENDENT_ID.eq(submitted.dependent().value()),
                        SURVEY_RESPONSE.STATUS.notIn(SurveyStatus.SUBMITTED.name(), SurveyStatus.CONFIRMED.name(),
                                SurveyStatus.REMOVED.name()))
                .execute() == 1;
    }

    @Override
    public Optional<YenAmount> memberIncome(MemberId member, int fiscalYear) {
        return dsl.select(MEMBER_SURVEY.EXPECTED_INCOME).from(MEMBER_SURVEY)
                .where(MEMBER_SURVEY.MEMBER_ID.eq(member.value()), MEMBER_SURVEY.FISCAL_YEAR.eq(fiscalYear))
                .fetchOptional(r -> new YenAmount(r.value1()));
    }

    @Override
    public void saveMemberIncome(MemberId member, int fiscalYear, YenAmount income) {
        dsl.insertInto(MEMBER_SURVEY)
                .set(MEMBER_SURVEY.MEMBER_ID, member.value())
                .set(MEMBER_SURVEY.FISCAL_YEAR, fiscalYear)
                .set(MEMBER_SURVEY.EXPECTED_INCOME, income.yen())
                .onConflict(MEMBER_SURVEY.MEMBER_ID, MEMBER_SURVEY.FISCAL_YEAR)
                .doUpdate().set(MEMBER_SURVEY.EXPECTED_INCOME, income.yen())
                .execute();
    }

    private static SurveyResponse toResponse(SurveyResponseRecord r) {
        SurveyAnswers answers = new SurveyAnswers(read(r.getLiving(), Living::valueOf), read(r.getResidence(), Residence::valueOf),
                read(r.getSituation(), DependentSituation::valueOf), amount(r.getSalary()), amount(r.getPension()),
                amount(r.getBusinessIncome()), amount(r.getOtherIncome()), Optional.ofNullable(r.getEmploymentChanged()),
                read(r.getUnemploymentBenefit(), UnemploymentBenefit.State::valueOf), amount(r.getBenefitDailyAmount()),
                Optional.ofNullable(r.getOtherHealthInsurance()), Optional.ofNullable(r.getDisabled()),
                amount(r.getAnnualRemittance()), Optional.ofNullable(r.getParentSupportReason()));
        Optional<NoLongerEligible> declaration = Optional.ofNullable(r.getNoLongerEligibleOn())
                .map(since -> new NoLongerEligible(since, LossReason.valueOf(r.getNoLongerEligibleReason())));
        return new SurveyResponse(new InsurerCode(r.getInsurerCode()), r.getFiscalYear(), new DependentId(r.getDependentId()),
                SurveyStatus.valueOf(r.getStatus()), answers, declaration, Optional.ofNullable(r.getReturnReason()));
    }

    private static String name(Optional<? extends Enum<?>> value) {
        return value.map(Enum::name).orElse(null);
    }

    private static Long yen(Optional<YenAmount> amount) {
        return amount.map(YenAmount::yen).orElse(null);
    }

    private static <T> Optional<T> read(String name, Function<String, T> valueOf) {
        return Optional.ofNullable(name).map(valueOf);
    }

    private static Optional<YenAmount> amount(Long yen) {
        return Optional.ofNullable(yen).map(YenAmount::new);
    }
}
