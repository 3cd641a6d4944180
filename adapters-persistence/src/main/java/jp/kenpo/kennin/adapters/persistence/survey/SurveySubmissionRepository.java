package jp.kenpo.kennin.adapters.persistence.survey;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.DEADLINE_EXTENSION;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_SUBMISSION;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_SUBMISSION_DEPENDENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.adapters.persistence.cache.RenderedQuery;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.SurveySubmissionDependentRecord;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.SurveySubmissionRecord;
import jp.kenpo.kennin.application.helpdesk.MemberHistoryPort;
import jp.kenpo.kennin.application.survey.SurveySubmissionPort;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.survey.ReceiptNumber;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveySubmission;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.SQLDialect;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.exception.DataAccessException;

/**
 * Submissions with the dependents they handed over, and members' deadline extensions; the one
 * mapping between their rows and the domain values.
 */
public final class SurveySubmissionRepository implements SurveySubmissionPort, MemberHistoryPort {
    private static final String UNIQUE_VIOLATION = "23505";

    private final DSLContext dsl;
    private final RenderedQuery latest;
    private final RenderedQuery extension;

    public SurveySubmissionRepository(DSLContext dsl) {
        this.dsl = dsl;
        // The submission and its dependents in one statement (the main screen shows it on every view): the
        // latest receipt number as a sub-query, its rows joined in the order they were listed.
        var receipt = dsl.select(SURVEY_SUBMISSION.RECEIPT_NUMBER).from(SURVEY_SUBMISSION)
                .where(SURVEY_SUBMISSION.INSURER_CODE.eq(""), SURVEY_SUBMISSION.FISCAL_YEAR.eq(0),
                        SURVEY_SUBMISSION.MEMBER_ID.eq(0L))
                // Two submissions in the same microsecond cannot happen through the form; the
                // receipt number only makes the answer the same every time.
                .orderBy(SURVEY_SUBMISSION.SUBMITTED_AT.desc(), SURVEY_SUBMISSION.RECEIPT_NUMBER.desc())
                .limit(DSL.inline(1));
        this.latest = RenderedQuery.of(dsl, dsl.select(SURVEY_SUBMISSION.fields()).select(SURVEY_SUBMISSION_DEPENDENT.DEPENDENT_ID)
                .from(SURVEY_SUBMISSION)
                .leftJoin(SURVEY_SUBMISSION_DEPENDENT)
                .on(SURVEY_SUBMISSION_DEPENDENT.RECEIPT_NUMBER.eq(SURVEY_SUBMISSION.RECEIPT_NUMBER))
                .where(SURVEY_SUBMISSION.RECEIPT_NUMBER.eq(receipt))
                .orderBy(SURVEY_SUBMISSION_DEPENDENT.ORDINAL));
        this.extension = RenderedQuery.of(dsl, dsl.select(DEADLINE_EXTENSION.DEADLINE).from(DEADLINE_EXTENSION)
                .where(DEADLINE_EXTENSION.INSURER_CODE.eq(""), DEADLINE_EXTENSION.FISCAL_YEAR.eq(0),
                        DEADLINE_EXTENSION.MEMBER_ID.eq(0L)));
    }

    /**
     * Runs in its own (nested) transaction, like account creation: a taken receipt number leaves
     * nothing half written, the submission that holds it untouched, and on PostgreSQL the caller's
     * transaction usable (rolled back to the savepoint only), so it can draw another number.
     */
    @Override
    public void saveSubmission(SurveySubmission submission) {
        dsl.transaction(() -> {
            insertSubmission(submission);
            List<DependentId> dependents = submission.dependents();
            List<SurveySubmissionDependentRecord> rows = new ArrayList<>(dependents.size());
            for (int i = 0; i < dependents.size(); i++) {
                SurveySubmissionDependentRecord row = dsl.newRecord(SURVEY_SUBMISSION_DEPENDENT);
                row.setReceiptNumber(submission.receipt().value());
                row.setDependentId(dependents.get(i).value());
                row.setOrdinal(i);
                rows.add(row);
            }
            dsl.batchInsert(rows).execute();
        });
    }

    /** Only the submission's own primary key can be violated by a unique key here: the receipt number. */
    private void insertSubmission(SurveySubmission submission) {
        try {
            dsl.insertInto(SURVEY_SUBMISSION)
                    .set(SURVEY_SUBMISSION.RECEIPT_NUMBER, submission.receipt().value())
                    .set(SURVEY_SUBMISSION.INSURER_CODE, submission.insurer().value())
                    .set(SURVEY_SUBMISSION.FISCAL_YEAR, submission.fiscalYear())
                    .set(SURVEY_SUBMISSION.MEMBER_ID, submission.member().value())
                    .set(SURVEY_SUBMISSION.SUBMITTED_AT, submission.submittedAt())
                    .execute();
        } catch (DataAccessException e) {
            if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                throw new DuplicateReceiptException(submission.receipt().value());
            }
            throw e;
        }
    }

    @Override
    public Optional<SurveySubmission> latestSubmission(InsurerCode insurer, int fiscalYear, MemberId member) {
        var rows = latest.fetch(insurer.value(), fiscalYear, member.value());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        SurveySubmissionRecord r = rows.get(0).into(SURVEY_SUBMISSION);
        List<DependentId> dependents = rows.stream().map(row -> row.get(SURVEY_SUBMISSION_DEPENDENT.DEPENDENT_ID))
                .filter(java.util.Objects::nonNull).map(DependentId::new).toList();
        return Optional.of(new SurveySubmission(new ReceiptNumber(r.getReceiptNumber()), new InsurerCode(r.getInsurerCode()),
                r.getFiscalYear(), new MemberId(r.getMemberId()), r.getSubmittedAt(), dependents));
    }

    @Override
    public List<SurveySubmission> submissionsOf(InsurerCode insurer, int fiscalYear, MemberId member) {
        return dsl.selectFrom(SURVEY_SUBMISSION)
                .where(SURVEY_SUBMISSION.INSURER_CODE.eq(insurer.value()), SURVEY_SUBMISSION.FISCAL_YEAR.eq(fiscalYear),
                        SURVEY_SUBMISSION.MEMBER_ID.eq(member.value()))
                .orderBy(SURVEY_SUBMISSION.SUBMITTED_AT.desc(), SURVEY_SUBMISSION.RECEIPT_NUMBER.desc())
                .fetch()
                .map(this::toSubmission);
    }

    @Override
    public Optional<SurveyDeadline> deadlineExtension(InsurerCode insurer, int fiscalYear, MemberId member) {
        return extension.fetchOptional(insurer.value(), fiscalYear, member.value())
                .map(r -> new SurveyDeadline(r.get(DEADLINE_EXTENSION.DEADLINE)));
    }

    @Override
    public void extendDeadline(InsurerCode insurer, int fiscalYear, MemberId member, SurveyDeadline until) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            dsl.insertInto(DEADLINE_EXTENSION)
                    .set(DEADLINE_EXTENSION.INSURER_CODE, insurer.value())
                    .set(DEADLINE_EXTENSION.FISCAL_YEAR, fiscalYear)
                    .set(DEADLINE_EXTENSION.MEMBER_ID, member.value())
                    .set(DEADLINE_EXTENSION.DEADLINE, until.day())
                    .onConflict(DEADLINE_EXTENSION.INSURER_CODE, DEADLINE_EXTENSION.FISCAL_YEAR, DEADLINE_EXTENSION.MEMBER_ID)
                    .doUpdate().set(DEADLINE_EXTENSION.DEADLINE, until.day())
                    .execute();
            return;
        }
        // H2 runs an upsert as a MERGE that two sessions can both start as an insert, and the second meets the
        // primary key (seen under load): there, the key's refusal means the other tab's row is in, so update it.
        if (updateExtension(insurer, fiscalYear, member, until) > 0) {
            return;
        }
        try {
            dsl.insertInto(DEADLINE_EXTENSION)
                    .set(DEADLINE_EXTENSION.INSURER_CODE, insurer.value())
                    .set(DEADLINE_EXTENSION.FISCAL_YEAR, fiscalYear)
                    .set(DEADLINE_EXTENSION.MEMBER_ID, member.value())
                    .set(DEADLINE_EXTENSION.DEADLINE, until.day())
                    .execute();
        } catch (IntegrityConstraintViolationException e) {
            updateExtension(insurer, fiscalYear, member, until);
        }
    }

    private int updateExtension(InsurerCode insurer, int fiscalYear, MemberId member, SurveyDeadline until) {
        return dsl.update(DEADLINE_EXTENSION).set(DEADLINE_EXTENSION.DEADLINE, until.day())
                .where(DEADLINE_EXTENSION.INSURER_CODE.eq(insurer.value()), DEADLINE_EXTENSION.FISCAL_YEAR.eq(fiscalYear),
                        DEADLINE_EXTENSION.MEMBER_ID.eq(member.value()))
                .execute();
    }

    private SurveySubmission toSubmission(SurveySubmissionRecord r) {
        List<DependentId> dependents = dsl.select(SURVEY_SUBMISSION_DEPENDENT.DEPENDENT_ID).from(SURVEY_SUBMISSION_DEPENDENT)
                .where(SURVEY_SUBMISSION_DEPENDENT.RECEIPT_NUMBER.eq(r.getReceiptNumber()))
                .orderBy(SURVEY_SUBMISSION_DEPENDENT.ORDINAL)
                .fetch(d -> new DependentId(d.value1()));
        return new SurveySubmission(new ReceiptNumber(r.getReceiptNumber()), new InsurerCode(r.getInsurerCode()), r.getFiscalYear(),
                new MemberId(r.getMemberId()), r.getSubmittedAt(), dependents);
    }
}
