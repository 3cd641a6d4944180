package jp.kenpo.kennin.adapters.persistence.progress;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.ACCOUNT;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.DEADLINE_EXTENSION;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.DEPENDENT;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER_PROGRESS;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER_PROGRESS_RELATIONSHIP;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.PROGRESS_COUNT;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.REVIEW_DECISION;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.STAFF;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_RESPONSE;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_SUBMISSION;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.row;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import jp.kenpo.kennin.adapters.persistence.dependent.DependentRepository;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.MemberProgressRecord;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.MemberProgressRelationshipRecord;
import jp.kenpo.kennin.application.progress.MemberProgress;
import jp.kenpo.kennin.application.progress.ProgressFacts;
import jp.kenpo.kennin.application.progress.ProgressFacts.ResponseFacts;
import jp.kenpo.kennin.application.progress.ProgressFactsPort;
import jp.kenpo.kennin.application.progress.ProgressQueryPort;
import jp.kenpo.kennin.application.progress.QueueFilter;
import jp.kenpo.kennin.application.progress.StoreProgressPort;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.DecisionState;
import jp.kenpo.kennin.domain.review.Prospect;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.staff.StaffState;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * member_progress and progress_count: the dashboard's and the review queue's read model. A change
 * locks the member (their member row, for update), reads where they stood, moves the counts by
 * what changed, and touches the counts in one order (事業所, then status) so two transactions
 * never wait on each other's counts in a circle.
 */
public final class ProgressRepository implements ProgressFactsPort, StoreProgressPort, ProgressQueryPort {
    /** PostgreSQL's and H2's SQLSTATE for a unique or primary key violation. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final List<String> NOT_YET_SUBMITTED = List.of(ProgressStatus.UNREGISTERED.name(),
            ProgressStatus.REGISTERED.name(), ProgressStatus.ANSWERING.name());

    private final DSLContext dsl;

    public ProgressRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- facts ----

    @Override
    public Optional<ProgressFacts> factsOf(InsurerCode insurer, int fiscalYear, MemberId member) {
        List<ProgressFacts> found = facts(insurer, fiscalYear, MEMBER.ID.eq(member.value()), 1);
        return found.stream().findFirst();
    }

    @Override
    public List<ProgressFacts> factsAfter(InsurerCode insurer, int fiscalYear, long afterMemberId, int limit) {
        return facts(insurer, fiscalYear, MEMBER.ID.gt(afterMemberId), limit);
    }

    private List<ProgressFacts> facts(InsurerCode insurer, int fiscalYear, Condition which, int limit) {
        Map<Long, String> offices = new LinkedHashMap<>();
        dsl.select(MEMBER.ID, MEMBER.OFFICE).from(MEMBER)
                .where(MEMBER.INSURER_CODE.eq(insurer.value())).and(which)
                .orderBy(MEMBER.ID).limit(limit)
                .forEach(r -> offices.put(r.value1(), r.value2()));
        if (offices.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = offices.keySet();
        // Batches are runs of consecutive member ids: a range scans the member_id indexes in one sweep where a list of
        // a thousand ids made PostgreSQL hash whole tables. Rows of another insurer's members in the range are dropped.
        long lo = Collections.min(ids);
        long hi = Collections.max(ids);
        Set<Long> registered = new HashSet<>(dsl.selectDistinct(ACCOUNT.MEMBER_ID).from(ACCOUNT)
                .where(ACCOUNT.MEMBER_ID.between(lo, hi)).and(ACCOUNT.INSURER_CODE.eq(insurer.value()))
                .and(ACCOUNT.FISCAL_YEAR.eq(fiscalYear)).fetch(ACCOUNT.MEMBER_ID));
        registered.retainAll(ids);
        Map<Long, List<Dependent>> dependents = new HashMap<>();
        dsl.selectFrom(DEPENDENT).where(DEPENDENT.MEMBER_ID.between(lo, hi)).orderBy(DEPENDENT.MEMBER_ID, DEPENDENT.DEPENDENT_NUMBER)
                .forEach(r -> dependents.computeIfAbsent(r.getMemberId(), m -> new ArrayList<>())
                        .add(DependentRepository.toDependent(r)));
        dependents.keySet().retainAll(ids);
        Map<Long, Map<DependentId, ResponseFacts>> responses = new HashMap<>();
        dsl.select(DEPENDENT.MEMBER_ID, SURVEY_RESPONSE.DEPENDENT_ID, SURVEY_RESPONSE.STATUS, SURVEY_RESPONSE.PROSPECT,
                        SURVEY_RESPONSE.RETURNED_COUNT)
                .from(SURVEY_RESPONSE).join(DEPENDENT).on(DEPENDENT.ID.eq(SURVEY_RESPONSE.DEPENDENT_ID))
                .where(DEPENDENT.MEMBER_ID.between(lo, hi))
                .and(SURVEY_RESPONSE.INSURER_CODE.eq(insurer.value())).and(SURVEY_RESPONSE.FISCAL_YEAR.eq(fiscalYear))
                .forEach(r -> responses.computeIfAbsent(r.value1(), m -> new HashMap<>()).put(new DependentId(r.value2()),
                        new ResponseFacts(SurveyStatus.valueOf(r.value3()),
                                Optional.ofNullable(r.value4()).map(Prospect::valueOf), r.value5())));
        Map<Long, Instant> submitted = new HashMap<>();
        dsl.select(SURVEY_SUBMISSION.MEMBER_ID, max(SURVEY_SUBMISSION.SUBMITTED_AT)).from(SURVEY_SUBMISSION)
                .where(SURVEY_SUBMISSION.MEMBER_ID.between(lo, hi)).and(SURVEY_SUBMISSION.INSURER_CODE.eq(insurer.value()))
                .and(SURVEY_SUBMISSION.FISCAL_YEAR.eq(fiscalYear))
                .groupBy(SURVEY_SUBMISSION.MEMBER_ID)
                .forEach(r -> submitted.put(r.value1(), r.value2()));
        Set<Long> pending = new HashSet<>(dsl.selectDistinct(DEPENDENT.MEMBER_ID).from(REVIEW_DECISION)
                .join(DEPENDENT).on(DEPENDENT.ID.eq(REVIEW_DECISION.DEPENDENT_ID))
                .where(DEPENDENT.MEMBER_ID.between(lo, hi)).and(REVIEW_DECISION.INSURER_CODE.eq(insurer.value()))
                .and(REVIEW_DECISION.FISCAL_YEAR.eq(fiscalYear))
                .and(REVIEW_DECISION.STATE.eq(DecisionState.PENDING_APPROVAL.name()))
                .fetch(DEPENDENT.MEMBER_ID));
        List<ProgressFacts> facts = new ArrayList<>(offices.size());
        offices.forEach((id, office) -> facts.add(new ProgressFacts(new MemberId(id), office, registered.contains(id),
                dependents.getOrDefault(id, List.of()), responses.getOrDefault(id, Map.of()),
                Optional.ofNullable(submitted.get(id)), pending.contains(id))));
        return facts;
    }

    // ---- store ----

    @Override
    public void store(InsurerCode insurer, int fiscalYear, MemberProgress progress) {
        storeAll(insurer, fiscalYear, List.of(progress));
    }

    @Override
    public void storeAll(InsurerCode insurer, int fiscalYear, List<MemberProgress> batch) {
        if (batch.isEmpty()) {
            return;
        }
        // A transaction of its own when the caller has none, else a savepoint of the caller's.
        dsl.transaction(() -> {
            Map<Long, MemberProgress> wanted = new LinkedHashMap<>();
            batch.forEach(p -> wanted.put(p.member().value(), p));
            lockMembers(wanted.keySet());
            long lo = Collections.min(wanted.keySet());
            long hi = Collections.max(wanted.keySet());
            Map<Long, CountKey> old = new HashMap<>();
            dsl.select(MEMBER_PROGRESS.MEMBER_ID, MEMBER_PROGRESS.OFFICE, MEMBER_PROGRESS.STATUS).from(MEMBER_PROGRESS)
                    .where(MEMBER_PROGRESS.INSURER_CODE.eq(insurer.value())).and(MEMBER_PROGRESS.FISCAL_YEAR.eq(fiscalYear))
                    .and(MEMBER_PROGRESS.MEMBER_ID.between(lo, hi))
                    .forEach(r -> old.put(r.value1(), new CountKey(r.value2(), r.value3())));
            old.keySet().retainAll(wanted.keySet());
            // The member's own extension, kept beside their status: the dashboard counts running extensions from one
            // index range of member_progress instead of looking every extension's member up.
            Map<Long, LocalDate> extended = new HashMap<>();
            dsl.select(DEADLINE_EXTENSION.MEMBER_ID, DEADLINE_EXTENSION.DEADLINE).from(DEADLINE_EXTENSION)
                    .where(DEADLINE_EXTENSION.INSURER_CODE.eq(insurer.value()))
                    .and(DEADLINE_EXTENSION.FISCAL_YEAR.eq(fiscalYear))
                    .and(DEADLINE_EXTENSION.MEMBER_ID.between(lo, hi))
                    .forEach(r -> extended.put(r.value1(), r.value2()));
            Map<CountKey, Long> deltas = new TreeMap<>();
            List<MemberProgressRecord> inserts = new ArrayList<>();
            List<Query> updates = new ArrayList<>();
            for (MemberProgress p : wanted.values()) {
                CountKey now = new CountKey(p.office(), p.status().name());
                CountKey before = old.get(p.member().value());
                if (before == null) {
                    inserts.add(record(insurer, fiscalYear, p, extended.get(p.member().value())));
                    deltas.merge(now, 1L, Long::sum);
                    continue;
                }
                updates.add(update(insurer, fiscalYear, p, extended.get(p.member().value())));
                if (!before.equals(now)) {
                    deltas.merge(before, -1L, Long::sum);
                    deltas.merge(now, 1L, Long::sum);
                }
            }
            if (!inserts.isEmpty()) {
                dsl.batchInsert(inserts).execute();
            }
            if (!updates.isEmpty()) {
                dsl.batch(updates).execute();
            }
            relationships(insurer, fiscalYear, wanted, lo, hi);
            moveAll(insurer, fiscalYear, deltas);
        });
    }

    /**
     * The review queue's 続柄 filter: the members' rows in member_progress_relationship made again (deleted, then one
     * per relationship among their dependents while they have a submission) in the same transaction as their progress,
     * so the filtered queue is one index range in queue order. The dependents are read by member id range and the rows
     * inserted in one batch (an insert-select joining member_progress and dependent took PostgreSQL seconds per batch).
     */
    private void relationships(InsurerCode insurer, int fiscalYear, Map<Long, MemberProgress> members, long lo, long hi) {
        var r = MEMBER_PROGRESS_RELATIONSHIP;
        dsl.deleteFrom(r).where(r.INSURER_CODE.eq(insurer.value())).and(r.FISCAL_YEAR.eq(fiscalYear))
                .and(r.MEMBER_ID.between(lo, hi)).and(r.MEMBER_ID.in(members.keySet()))
                .execute();
        Map<Long, Set<String>> kinds = new TreeMap<>();
        dsl.select(DEPENDENT.MEMBER_ID, DEPENDENT.RELATIONSHIP).from(DEPENDENT).where(DEPENDENT.MEMBER_ID.between(lo, hi))
                .forEach(d -> {
                    MemberProgress p = members.get(d.value1());
                    if (p != null && p.submittedAt().isPresent()) {
                        kinds.computeIfAbsent(d.value1(), m -> new java.util.TreeSet<>()).add(d.value2());
                    }
                });
        List<MemberProgressRelationshipRecord> rows = new ArrayList<>();
        kinds.forEach((member, relationships) -> relationships.forEach(kind -> {
            MemberProgress p = members.get(member);
            MemberProgressRelationshipRecord row = dsl.newRecord(r);
            row.setInsurerCode(insurer.value());
            row.setFiscalYear(fiscalYear);
            row.setMemberId(member);
            row.setRelationship(kind);
            row.setStatus(p.status().name());
            row.setSubmittedAt(p.submittedAt().get());
            rows.add(row);
        }));
        if (!rows.isEmpty()) {
            dsl.batchInsert(rows).execute();
        }
    }

    /**
     * Locks the members' own rows, in member order: whoever changes a member's progress holds it
     * until commit, so a second transaction reads the first one's row (never a missing row it would
     * insert again). PostgreSQL's "no key update" leaves foreign keys to the member unblocked.
     */
    private void lockMembers(Collection<Long> members) {
        var lock = dsl.select(MEMBER.ID).from(MEMBER).where(MEMBER.ID.in(members)).orderBy(MEMBER.ID);
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            lock.forNoKeyUpdate().fetch();
        } else {
            lock.forUpdate().fetch();
        }
    }

    private MemberProgressRecord record(InsurerCode insurer, int fiscalYear, MemberProgress p, LocalDate extendedUntil) {
        MemberProgressRecord r = dsl.newRecord(MEMBER_PROGRESS);
        r.setInsurerCode(insurer.value());
        r.setFiscalYear(fiscalYear);
        r.setMemberId(p.member().value());
        r.setOffice(p.office());
        r.setStatus(p.status().name());
        r.setSubmittedAt(p.submittedAt().orElse(null));
        r.setProspect(p.prospect().map(Enum::name).orElse(null));
        r.setReturnedBefore(p.returnedBefore());
        r.setPendingApproval(p.pendingApproval());
        r.setExtendedUntil(extendedUntil);
        return r;
    }

    private Query update(InsurerCode insurer, int fiscalYear, MemberProgress p, LocalDate extendedUntil) {
        return dsl.update(MEMBER_PROGRESS)
                .set(MEMBER_PROGRESS.OFFICE, p.office())
                .set(MEMBER_PROGRESS.STATUS, p.status().name())
                .set(MEMBER_PROGRESS.SUBMITTED_AT, p.submittedAt().orElse(null))
                .set(MEMBER_PROGRESS.PROSPECT, p.prospect().map(Enum::name).orElse(null))
                .set(MEMBER_PROGRESS.RETURNED_BEFORE, p.returnedBefore())
                .set(MEMBER_PROGRESS.PENDING_APPROVAL, p.pendingApproval())
                .set(MEMBER_PROGRESS.EXTENDED_UNTIL, extendedUntil)
                .where(MEMBER_PROGRESS.INSURER_CODE.eq(insurer.value())).and(MEMBER_PROGRESS.FISCAL_YEAR.eq(fiscalYear))
                .and(MEMBER_PROGRESS.MEMBER_ID.eq(p.member().value()));
    }

    /**
     * Moves every count by its delta, one count after the other in the counts' order, so that two
     * transactions lock the counts they share in the same order and cannot deadlock. On PostgreSQL
     * each move is one upsert (it locks the row it inserts or updates), all in one JDBC batch: a
     * rebuild's batch touches hundreds of counts (事業所 × status). Updating first and inserting the
     * missing counts afterwards locked a new count after a later one, and two members saving their
     * first answers at once deadlocked (seen in the kill test on PostgreSQL).
     */
    private void moveAll(InsurerCode insurer, int fiscalYear, Map<CountKey, Long> deltas) {
        List<Map.Entry<CountKey, Long>> moves = deltas.entrySet().stream().filter(e -> e.getValue() != 0)
                .sorted(Map.Entry.comparingByKey()).toList();
        if (moves.isEmpty()) {
            return;
        }
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            // A count that loses members has its row already (and PostgreSQL checks the proposed insert's
            // members >= 0 before it sees the conflict): only a gain may make the row.
            int[] moved = dsl.batch(moves.stream().map(e -> e.getValue() < 0
                    ? (Query) dsl.update(PROGRESS_COUNT).set(PROGRESS_COUNT.MEMBERS, PROGRESS_COUNT.MEMBERS.plus(e.getValue()))
                            .where(PROGRESS_COUNT.INSURER_CODE.eq(insurer.value()))
                            .and(PROGRESS_COUNT.FISCAL_YEAR.eq(fiscalYear))
                            .and(PROGRESS_COUNT.OFFICE.eq(e.getKey().office()))
                            .and(PROGRESS_COUNT.STATUS.eq(e.getKey().status()))
                    : dsl.insertInto(PROGRESS_COUNT)
                            .set(PROGRESS_COUNT.INSURER_CODE, insurer.value()).set(PROGRESS_COUNT.FISCAL_YEAR, fiscalYear)
                            .set(PROGRESS_COUNT.OFFICE, e.getKey().office()).set(PROGRESS_COUNT.STATUS, e.getKey().status())
                            .set(PROGRESS_COUNT.MEMBERS, e.getValue())
                            .onConflict(PROGRESS_COUNT.INSURER_CODE, PROGRESS_COUNT.FISCAL_YEAR, PROGRESS_COUNT.OFFICE,
                                    PROGRESS_COUNT.STATUS)
                            .doUpdate().set(PROGRESS_COUNT.MEMBERS, PROGRESS_COUNT.MEMBERS.plus(e.getValue())))
                    .toList()).execute();
            for (int i = 0; i < moves.size(); i++) {
                if (moved[i] == 0) {
                    throw new IllegalStateException("progress_count lost its row " + moves.get(i).getKey() + " of " + insurer
                            + "/" + fiscalYear);
                }
            }
            return;
        }
        for (Map.Entry<CountKey, Long> move : moves) {
            move(insurer, fiscalYear, move.getKey(), move.getValue());
        }
    }

    /** Adds {@code delta} to one count, making its row when it is the first member there. */
    private void move(InsurerCode insurer, int fiscalYear, CountKey key, long delta) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = dsl.update(PROGRESS_COUNT).set(PROGRESS_COUNT.MEMBERS, PROGRESS_COUNT.MEMBERS.plus(delta))
                    .where(PROGRESS_COUNT.INSURER_CODE.eq(insurer.value())).and(PROGRESS_COUNT.FISCAL_YEAR.eq(fiscalYear))
                    .and(PROGRESS_COUNT.OFFICE.eq(key.office())).and(PROGRESS_COUNT.STATUS.eq(key.status()))
                    .execute();
            if (updated == 1) {
                return;
            }
            if (delta < 0) {
                throw new IllegalStateException("progress_count lost its row " + key + " of " + insurer + "/" + fiscalYear);
            }
            try {
                // PostgreSQL waits for a concurrent insert of the same count and then does nothing; H2 runs this
                // as a MERGE that can meet the other's key instead (and, unlike PostgreSQL, goes on after it).
                if (dsl.insertInto(PROGRESS_COUNT)
                        .set(PROGRESS_COUNT.INSURER_CODE, insurer.value()).set(PROGRESS_COUNT.FISCAL_YEAR, fiscalYear)
                        .set(PROGRESS_COUNT.OFFICE, key.office()).set(PROGRESS_COUNT.STATUS, key.status())
                        .set(PROGRESS_COUNT.MEMBERS, delta)
                        .onConflictDoNothing().execute() == 1) {
                    return;
                }
            } catch (DataAccessException e) {
                if (!isUniqueViolation(e)) {
                    throw e;
                }
            }
            // Someone else made the row meanwhile: add to it.
        }
        throw new IllegalStateException("progress_count row " + key + " neither updated nor inserted");
    }

    private static boolean isUniqueViolation(DataAccessException e) {
        return UNIQUE_VIOLATION.equals(e.sqlState());
    }

    /** A count's key: 事業所, then status, which is also the order counts are locked in. */
    private record CountKey(String office, String status) implements Comparable<CountKey> {
        @Override
        public int compareTo(CountKey o) {
            int byOffice = office.compareTo(o.office);
            return byOffice != 0 ? byOffice : status.compareTo(o.status);
        }
    }

    // ---- queries ----

    @Override
    public List<OfficeStatusCount> counts(InsurerCode insurer, int fiscalYear, Optional<String> office) {
        return dsl.select(PROGRESS_COUNT.OFFICE, PROGRESS_COUNT.STATUS, PROGRESS_COUNT.MEMBERS).from(PROGRESS_COUNT)
                .where(PROGRESS_COUNT.INSURER_CODE.eq(insurer.value())).and(PROGRESS_COUNT.FISCAL_YEAR.eq(fiscalYear))
                .and(office.map(PROGRESS_COUNT.OFFICE::eq).orElse(DSL.noCondition()))
                .and(PROGRESS_COUNT.MEMBERS.gt(0L))
                .fetch(r -> new OfficeStatusCount(r.value1(), ProgressStatus.valueOf(r.value2()), r.value3()));
    }

    @Override
    public List<OfficeStatusCount> stillExtended(InsurerCode insurer, int fiscalYear, Optional<String> office,
                                                 LocalDate extendedBeyond, LocalDate today) {
        // One range of member_progress_extended_ix (extended_until after both days), read from the index alone: the
        // member's extension is kept in member_progress by the store path, so no extension is looked up one by one.
        return dsl.select(MEMBER_PROGRESS.OFFICE, MEMBER_PROGRESS.STATUS, count()).from(MEMBER_PROGRESS)
                .where(MEMBER_PROGRESS.INSURER_CODE.eq(insurer.value())).and(MEMBER_PROGRESS.FISCAL_YEAR.eq(fiscalYear))
                .and(MEMBER_PROGRESS.EXTENDED_UNTIL.gt(extendedBeyond)).and(MEMBER_PROGRESS.EXTENDED_UNTIL.ge(today))
                .and(MEMBER_PROGRESS.STATUS.in(NOT_YET_SUBMITTED))
                .and(office.map(MEMBER_PROGRESS.OFFICE::eq).orElse(DSL.noCondition()))
                .groupBy(MEMBER_PROGRESS.OFFICE, MEMBER_PROGRESS.STATUS)
                .fetch(r -> new OfficeStatusCount(r.value1(), ProgressStatus.valueOf(r.value2()), r.value3()));
    }

    @Override
    public void membersOf(InsurerCode insurer, int fiscalYear, String office, List<ProgressStatus> statuses,
                          Consumer<OfficeMember> sink) {
        dsl.select(MEMBER.ID, MEMBER.SYMBOL, MEMBER.NUMBER, MEMBER.NAME_WRITTEN, MEMBER.NAME_KANA, MEMBER_PROGRESS.STATUS,
                        MEMBER_PROGRESS.EXTENDED_UNTIL)
                .from(MEMBER_PROGRESS).join(MEMBER).on(MEMBER.ID.eq(MEMBER_PROGRESS.MEMBER_ID))
                .where(MEMBER_PROGRESS.INSURER_CODE.eq(insurer.value())).and(MEMBER_PROGRESS.FISCAL_YEAR.eq(fiscalYear))
                .and(MEMBER_PROGRESS.OFFICE.eq(office))
                .and(MEMBER_PROGRESS.STATUS.in(statuses.stream().map(Enum::name).toList()))
                .orderBy(MEMBER.SYMBOL, MEMBER.NUMBER)
                .forEach(r -> sink.accept(new OfficeMember(new MemberId(r.value1()), r.value2(), r.value3(), r.value4(),
                        r.value5(), ProgressStatus.valueOf(r.value6()), Optional.ofNullable(r.value7()))));
    }

    @Override
    public List<QueueItem> queue(InsurerCode insurer, int fiscalYear, QueueFilter filter, Optional<QueueCursor> after,
                                 int limit) {
        // The queue's range (status, then submission order after the cursor) and the filters checked within it.
        Condition range = MEMBER_PROGRESS.INSURER_CODE.eq(insurer.value()).and(MEMBER_PROGRESS.FISCAL_YEAR.eq(fiscalYear))
                .and(MEMBER_PROGRESS.STATUS.eq(filter.status().name()))
                .and(MEMBER_PROGRESS.SUBMITTED_AT.isNotNull());
        if (after.isPresent()) {
            range = range.and(row(MEMBER_PROGRESS.SUBMITTED_AT, MEMBER_PROGRESS.MEMBER_ID)
                    .gt(after.get().submittedAt(), after.get().member()));
        }
        Condition where = DSL.noCondition();
        if (filter.prospect().isPresent()) {
            where = where.and(MEMBER_PROGRESS.PROSPECT.eq(filter.prospect().get().name()));
        }
        if (filter.office().isPresent()) {
            where = where.and(MEMBER_PROGRESS.OFFICE.eq(filter.office().get()));
        }
        if (filter.returnedBefore().isPresent()) {
            where = where.and(MEMBER_PROGRESS.RETURNED_BEFORE.eq(filter.returnedBefore().get()));
        }
        if (filter.pendingApproval().isPresent()) {
            where = where.and(MEMBER_PROGRESS.PENDING_APPROVAL.eq(filter.pendingApproval().get()));
        }
        if (filter.assignee() instanceof QueueFilter.Assignee.Unassigned) {
            where = where.and(MEMBER_PROGRESS.CLAIMED_BY.isNull());
        } else if (filter.assignee() instanceof QueueFilter.Assignee.Taken taken) {
            where = where.and(MEMBER_PROGRESS.CLAIMED_BY.eq(taken.reviewer().value()));
        }
        var columns = dsl.select(MEMBER_PROGRESS.MEMBER_ID, MEMBER.SYMBOL, MEMBER.NUMBER, MEMBER.NAME_WRITTEN,
                MEMBER_PROGRESS.OFFICE, MEMBER_PROGRESS.SUBMITTED_AT, MEMBER_PROGRESS.PROSPECT, MEMBER_PROGRESS.RETURNED_BEFORE,
                MEMBER_PROGRESS.PENDING_APPROVAL, STAFF.DISPLAY_NAME);
        if (filter.relationship().isPresent()) {
            // Driven from member_progress_relationship's index: the members with such a dependent, already in queue
            // order and range-limited by the cursor, so a filter that matches few (or none) reads few rows instead of
            // walking every submitted member. The other filters are checked on member_progress, joined by key only
            // (its range conditions would invite PostgreSQL to scan the whole status range and join it by hash).
            var r = MEMBER_PROGRESS_RELATIONSHIP;
            Condition byRelationship = r.INSURER_CODE.eq(insurer.value()).and(r.FISCAL_YEAR.eq(fiscalYear))
                    .and(r.STATUS.eq(filter.status().name()))
                    .and(r.RELATIONSHIP.eq(filter.relationship().get().name()));
            if (after.isPresent()) {
                byRelationship = byRelationship.and(row(r.SUBMITTED_AT, r.MEMBER_ID)
                        .gt(after.get().submittedAt(), after.get().member()));
            }
            return columns.from(r)
                    .join(MEMBER_PROGRESS).on(MEMBER_PROGRESS.INSURER_CODE.eq(r.INSURER_CODE))
                    .and(MEMBER_PROGRESS.FISCAL_YEAR.eq(r.FISCAL_YEAR)).and(MEMBER_PROGRESS.MEMBER_ID.eq(r.MEMBER_ID))
                    .join(MEMBER).on(MEMBER.ID.eq(MEMBER_PROGRESS.MEMBER_ID))
                    .leftJoin(STAFF).on(STAFF.ID.eq(MEMBER_PROGRESS.CLAIMED_BY))
                    .where(byRelationship).and(where)
                    .orderBy(r.SUBMITTED_AT, r.MEMBER_ID)
                    .limit(limit)
                    .fetch(ProgressRepository::queueItem);
        }
        return columns
                .from(MEMBER_PROGRESS).join(MEMBER).on(MEMBER.ID.eq(MEMBER_PROGRESS.MEMBER_ID))
                .leftJoin(STAFF).on(STAFF.ID.eq(MEMBER_PROGRESS.CLAIMED_BY))
                .where(range).and(where)
                .orderBy(MEMBER_PROGRESS.SUBMITTED_AT, MEMBER_PROGRESS.MEMBER_ID)
                .limit(limit)
                .fetch(ProgressRepository::queueItem);
    }

    private static QueueItem queueItem(Record r) {
        return new QueueItem(new MemberId(r.get(MEMBER_PROGRESS.MEMBER_ID)), r.get(MEMBER.SYMBOL), r.get(MEMBER.NUMBER),
                r.get(MEMBER.NAME_WRITTEN), r.get(MEMBER_PROGRESS.OFFICE), r.get(MEMBER_PROGRESS.SUBMITTED_AT),
                Optional.ofNullable(r.get(MEMBER_PROGRESS.PROSPECT)).map(Prospect::valueOf),
                r.get(MEMBER_PROGRESS.RETURNED_BEFORE), r.get(MEMBER_PROGRESS.PENDING_APPROVAL),
                Optional.ofNullable(r.get(STAFF.DISPLAY_NAME)));
    }

    @Override
    public List<Reviewer> reviewers(InsurerCode insurer) {
        return dsl.select(STAFF.ID, STAFF.DISPLAY_NAME).from(STAFF)
                .where(STAFF.INSURER_CODE.eq(insurer.value()))
                .and(STAFF.ROLE.in(StaffRole.REVIEWER.name(), StaffRole.ADMINISTRATOR.name()))
                .and(STAFF.STATE.ne(StaffState.DISABLED.name()))
                .orderBy(STAFF.DISPLAY_NAME, STAFF.ID)
                .fetch(r -> new Reviewer(new StaffId(r.value1()), r.value2()));
    }
}
