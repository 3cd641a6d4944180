package jp.kenpo.kennin.adapters.persistence.results;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.DEPENDENT;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.PROGRESS_COUNT;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.REVIEW_DECISION;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.STAFF;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_SCOPE_DEPENDENT;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.Staff;
import jp.kenpo.kennin.application.results.ResultDecision;
import jp.kenpo.kennin.application.results.ResultRow;
import jp.kenpo.kennin.application.results.ResultRowsPort;
import jp.kenpo.kennin.application.results.ResultScope;
import jp.kenpo.kennin.application.results.ResultSummaryPort;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.DecisionOutcome;
import jp.kenpo.kennin.domain.review.DecisionState;
import jp.kenpo.kennin.domain.review.RemovalReason;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record15;
import org.jooq.impl.DSL;

/**
 * The result export's rows and the board's summary counts. The export is one query with the scope
 * as its filter, read through a cursor ({@value #FETCH_SIZE} rows a round trip) inside a read
 * transaction, which PostgreSQL's driver needs to fetch by cursor at all; otherwise it loads the
 * whole result before handing over the first row.
 */
public final class ResultRepository implements ResultRowsPort, ResultSummaryPort {
    static final int FETCH_SIZE = 1_000;

    private final DSLContext dsl;

    public ResultRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long eachResult(InsurerCode insurer, int fiscalYear, ResultScope scope, Consumer<ResultRow> row) {
        Staff decider = STAFF.as("decider");
        Staff approver = STAFF.as("approver");
        return dsl.transactionResult(() -> {
            long count = 0;
            try (Cursor<Record15<String, String, String, String, String, java.time.LocalDate, String, String, String,
                    java.time.LocalDate, String, String, String, java.time.Instant, Long>> cursor = dsl
                    .select(MEMBER.SYMBOL, MEMBER.NUMBER, DEPENDENT.DEPENDENT_NUMBER, DEPENDENT.NAME_WRITTEN,
                            DEPENDENT.NAME_KANA, DEPENDENT.BIRTH_DATE, DEPENDENT.RELATIONSHIP_TERM, REVIEW_DECISION.OUTCOME,
                            REVIEW_DECISION.STATE, REVIEW_DECISION.LOSS_DATE, REVIEW_DECISION.REMOVAL_REASON,
                            decider.DISPLAY_NAME, approver.DISPLAY_NAME, REVIEW_DECISION.DECIDED_AT, DEPENDENT.ID)
                    .from(DEPENDENT)
                    .join(MEMBER).on(MEMBER.ID.eq(DEPENDENT.MEMBER_ID))
                    .leftJoin(REVIEW_DECISION).on(REVIEW_DECISION.INSURER_CODE.eq(insurer.value())
                            .and(REVIEW_DECISION.FISCAL_YEAR.eq(fiscalYear))
                            .and(REVIEW_DECISION.DEPENDENT_ID.eq(DEPENDENT.ID)))
                    .leftJoin(decider).on(decider.ID.eq(REVIEW_DECISION.DECIDED_BY))
                    .leftJoin(approver).on(approver.ID.eq(REVIEW_DECISION.APPROVED_BY))
                    .where(MEMBER.INSURER_CODE.eq(insurer.value()))
                    .and(inScope(insurer, fiscalYear, scope))
                    // 被扶養者番号 is text; "10" sorts after "9" by its length first.
                    .orderBy(MEMBER.SYMBOL, MEMBER.NUMBER, DSL.charLength(DEPENDENT.DEPENDENT_NUMBER), DEPENDENT.DEPENDENT_NUMBER)
                    .fetchSize(FETCH_SIZE)
                    .fetchLazy()) {
                for (Record record : cursor) {
                    row.accept(result(record, decider, approver));
                    count++;
                }
            }
            return count;
        });
    }

    /** The SQL twin of {@link ResultScope#admits}. */
    static Condition inScope(InsurerCode insurer, int fiscalYear, ResultScope scope) {
        if (scope instanceof ResultScope.Listed) {
            return DEPENDENT.ID.in(DSL.select(SURVEY_SCOPE_DEPENDENT.DEPENDENT_ID).from(SURVEY_SCOPE_DEPENDENT)
                    .where(SURVEY_SCOPE_DEPENDENT.INSURER_CODE.eq(insurer.value()))
                    .and(SURVEY_SCOPE_DEPENDENT.FISCAL_YEAR.eq(fiscalYear)));
        }
        if (scope instanceof ResultScope.BornOnOrBefore born) {
            Condition age = DEPENDENT.BIRTH_DATE.le(born.latestBirthDate());
            return born.certifiedOnOrBefore()
                    .map(cutOff -> age.and(DEPENDENT.CERTIFIED_ON.isNull().or(DEPENDENT.CERTIFIED_ON.le(cutOff))))
                    .orElse(age);
        }
        return DSL.trueCondition();
    }

    private static ResultRow result(Record r, Staff decider, Staff approver) {
        Optional<DecisionOutcome> outcome = Optional.ofNullable(r.get(REVIEW_DECISION.OUTCOME)).map(DecisionOutcome::valueOf);
        Optional<DecisionState> state = Optional.ofNullable(r.get(REVIEW_DECISION.STATE)).map(DecisionState::valueOf);
        ResultDecision decision = ResultDecision.of(outcome, state);
        boolean removed = decision == ResultDecision.REMOVED;
        return new ResultRow(r.get(MEMBER.SYMBOL), r.get(MEMBER.NUMBER), r.get(DEPENDENT.DEPENDENT_NUMBER),
                r.get(DEPENDENT.NAME_WRITTEN), r.get(DEPENDENT.NAME_KANA), r.get(DEPENDENT.BIRTH_DATE),
                r.get(DEPENDENT.RELATIONSHIP_TERM), decision,
                removed ? Optional.ofNullable(r.get(REVIEW_DECISION.LOSS_DATE)) : Optional.empty(),
                removed ? Optional.ofNullable(r.get(REVIEW_DECISION.REMOVAL_REASON)).map(RemovalReason::valueOf) : Optional.empty(),
                Optional.ofNullable(r.get(decider.DISPLAY_NAME)), Optional.ofNullable(r.get(approver.DISPLAY_NAME)),
                Optional.ofNullable(r.get(REVIEW_DECISION.DECIDED_AT)));
    }

    @Override
    public List<OfficeStatusCount> progressCounts(InsurerCode insurer, int fiscalYear) {
        return dsl.select(PROGRESS_COUNT.OFFICE, PROGRESS_COUNT.STATUS, PROGRESS_COUNT.MEMBERS)
                .from(PROGRESS_COUNT)
                .where(PROGRESS_COUNT.INSURER_CODE.eq(insurer.value()))
                .and(PROGRESS_COUNT.FISCAL_YEAR.eq(fiscalYear))
                .and(PROGRESS_COUNT.MEMBERS.gt(0L))
                .orderBy(PROGRESS_COUNT.OFFICE, PROGRESS_COUNT.STATUS)
                .fetch(r -> new OfficeStatusCount(r.value1(), ProgressStatus.valueOf(r.value2()), r.value3()));
    }

    @Override
    public Map<RemovalReason, Long> finalRemovals(InsurerCode insurer, int fiscalYear) {
        Map<RemovalReason, Long> removals = new EnumMap<>(RemovalReason.class);
        dsl.select(REVIEW_DECISION.REMOVAL_REASON, DSL.count())
                .from(REVIEW_DECISION)
                .where(REVIEW_DECISION.INSURER_CODE.eq(insurer.value()))
                .and(REVIEW_DECISION.FISCAL_YEAR.eq(fiscalYear))
                .and(REVIEW_DECISION.OUTCOME.eq(DecisionOutcome.REMOVE.name()))
                .and(REVIEW_DECISION.STATE.eq(DecisionState.FINAL.name()))
                .groupBy(REVIEW_DECISION.REMOVAL_REASON)
                .fetch()
                .forEach(r -> removals.put(RemovalReason.valueOf(r.value1()), r.value2().longValue()));
        return removals;
    }
}
