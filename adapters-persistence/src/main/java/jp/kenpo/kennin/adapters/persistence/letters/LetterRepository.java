package jp.kenpo.kennin.adapters.persistence.letters;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.LETTER_BATCH;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER_PROGRESS;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.UNDELIVERABLE_ADDRESS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.LetterBatchRecord;
import jp.kenpo.kennin.application.letters.LetterBatch;
import jp.kenpo.kennin.application.letters.LetterBatchPort;
import jp.kenpo.kennin.application.letters.LetterFailure;
import jp.kenpo.kennin.application.letters.LetterMember;
import jp.kenpo.kennin.application.letters.LetterMembersPort;
import jp.kenpo.kennin.application.letters.LetterSelection;
import jp.kenpo.kennin.application.letters.LetterSelection.Card;
import jp.kenpo.kennin.application.progress.ShowSurveyProgressUseCase;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jooq.Row2;
import org.jooq.impl.DSL;

/**
 * letter_batch, and the members a selection names. State changes are conditional updates on the
 * state they leave, so a second run or a second node never takes a batch another has taken.
 */
public final class LetterRepository implements LetterBatchPort, LetterMembersPort {
    /** Cards per statement: well within both databases' limits on bound values. */
    private static final int CARDS_PER_QUERY = 500;
    private static final List<String> RUNNABLE = List.of(LetterBatch.State.QUEUED.name(), LetterBatch.State.RUNNING.name());

    private final DSLContext dsl;

    public LetterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long queueLetterBatch(InsurerCode insurer, int fiscalYear, LetterSelection selection, long requestedBy, Instant at) {
        return dsl.insertInto(LETTER_BATCH)
                .set(LETTER_BATCH.INSURER_CODE, insurer.value())
                .set(LETTER_BATCH.FISCAL_YEAR, fiscalYear)
                .set(LETTER_BATCH.SELECTION, selection.kind().name())
                .set(LETTER_BATCH.ARGUMENT, selection.argument().isEmpty() ? null : selection.argument())
                .set(LETTER_BATCH.STATE, LetterBatch.State.QUEUED.name())
                .set(LETTER_BATCH.REQUESTED_BY, requestedBy)
                .set(LETTER_BATCH.REQUESTED_AT, at)
                .returning(LETTER_BATCH.ID)
                .fetchOne()
                .getId();
    }

    @Override
    public Optional<LetterBatch> findLetterBatch(InsurerCode insurer, long id) {
        return dsl.selectFrom(LETTER_BATCH).where(LETTER_BATCH.ID.eq(id)).and(LETTER_BATCH.INSURER_CODE.eq(insurer.value()))
                .fetchOptional(LetterRepository::batch);
    }

    @Override
    public List<LetterBatch> recentLetterBatches(InsurerCode insurer, int limit) {
        return dsl.selectFrom(LETTER_BATCH).where(LETTER_BATCH.INSURER_CODE.eq(insurer.value()))
                .orderBy(LETTER_BATCH.REQUESTED_AT.desc(), LETTER_BATCH.ID.desc())
                .limit(limit)
                .fetch(LetterRepository::batch);
    }

    @Override
    public Optional<LetterBatch> startLetterBatch(long id) {
        int moved = dsl.update(LETTER_BATCH).set(LETTER_BATCH.STATE, LetterBatch.State.RUNNING.name())
                .where(LETTER_BATCH.ID.eq(id)).and(LETTER_BATCH.STATE.in(RUNNABLE))
                .execute();
        if (moved == 0) {
            return Optional.empty();
        }
        return dsl.selectFrom(LETTER_BATCH).where(LETTER_BATCH.ID.eq(id)).fetchOptional(LetterRepository::batch);
    }

    @Override
    public boolean finishLetterBatch(long id, int letters, String fileName, Instant at) {
        return dsl.update(LETTER_BATCH)
                .set(LETTER_BATCH.STATE, LetterBatch.State.DONE.name())
                .set(LETTER_BATCH.LETTERS, letters)
                .set(LETTER_BATCH.FILE_NAME, fileName)
                .set(LETTER_BATCH.FINISHED_AT, at)
                .where(LETTER_BATCH.ID.eq(id)).and(LETTER_BATCH.STATE.eq(LetterBatch.State.RUNNING.name()))
                .execute() == 1;
    }

    @Override
    public boolean failLetterBatch(long id, LetterFailure failure, Instant at) {
        return dsl.update(LETTER_BATCH)
                .set(LETTER_BATCH.STATE, LetterBatch.State.FAILED.name())
                .set(LETTER_BATCH.FAILURE, failure.name())
                .set(LETTER_BATCH.FINISHED_AT, at)
                .where(LETTER_BATCH.ID.eq(id)).and(LETTER_BATCH.STATE.in(RUNNABLE))
                .execute() == 1;
    }

    private static LetterBatch batch(LetterBatchRecord r) {
        return new LetterBatch(r.getId(), new InsurerCode(r.getInsurerCode()), r.getFiscalYear(),
                LetterSelection.restore(LetterSelection.Kind.valueOf(r.getSelection()), r.getArgument()),
                LetterBatch.State.valueOf(r.getState()), Optional.ofNullable(r.getLetters()), Optional.ofNullable(r.getFileName()),
                Optional.ofNullable(r.getFailure()).map(LetterFailure::valueOf), Optional.ofNullable(r.getRequestedBy()),
                r.getRequestedAt(), Optional.ofNullable(r.getFinishedAt()));
    }

    // --- members ---

    @Override
    public Set<Card> knownCards(InsurerCode insurer, Collection<Card> cards) {
        Set<Card> known = new HashSet<>();
        List<Card> all = List.copyOf(cards);
        for (int from = 0; from < all.size(); from += CARDS_PER_QUERY) {
            List<Card> chunk = all.subList(from, Math.min(all.size(), from + CARDS_PER_QUERY));
            dsl.select(MEMBER.SYMBOL, MEMBER.NUMBER).from(MEMBER)
                    .where(MEMBER.INSURER_CODE.eq(insurer.value())).and(cardIn(chunk))
                    .forEach(r -> known.add(new Card(new MemberSymbol(r.value1()), new MemberNumber(r.value2()))));
        }
        return known;
    }

    @Override
    public long countLetterMembers(InsurerCode insurer, int fiscalYear, LetterSelection selection) {
        return dsl.selectCount().from(MEMBER).leftJoin(MEMBER_PROGRESS).on(progressOf(fiscalYear))
                .where(MEMBER.INSURER_CODE.eq(insurer.value())).and(selected(selection))
                .fetchOne(0, Long.class);
    }

    @Override
    public void letterMembers(InsurerCode insurer, int fiscalYear, LetterSelection selection, Consumer<LetterMember> sink) {
        try (Cursor<Record7<Long, String, String, String, String, String, java.time.LocalDate>> rows = dsl
                .select(MEMBER.ID, MEMBER.NAME_WRITTEN, MEMBER.SYMBOL, MEMBER.NUMBER, MEMBER.OFFICE, MEMBER.EMAIL_KEY,
                        MEMBER_PROGRESS.EXTENDED_UNTIL)
                .from(MEMBER).leftJoin(MEMBER_PROGRESS).on(progressOf(fiscalYear))
                .where(MEMBER.INSURER_CODE.eq(insurer.value())).and(selected(selection))
                // By 事業所 for handing out through employers; 記号 and 番号 as numbers (9 before 10) within it.
                .orderBy(MEMBER.OFFICE, DSL.charLength(MEMBER.SYMBOL), MEMBER.SYMBOL, DSL.charLength(MEMBER.NUMBER),
                        MEMBER.NUMBER)
                .fetchSize(1000)
                .fetchLazy()) {
            for (var r : rows) {
                sink.accept(new LetterMember(new MemberId(r.value1()), r.value2(), new MemberSymbol(r.value3()),
                        new MemberNumber(r.value4()), r.value5(), Optional.ofNullable(r.value7())));
            }
        }
    }

    @Override
    public List<String> offices(InsurerCode insurer) {
        return dsl.selectDistinct(MEMBER.OFFICE).from(MEMBER).where(MEMBER.INSURER_CODE.eq(insurer.value()))
                .orderBy(MEMBER.OFFICE).fetch(MEMBER.OFFICE);
    }

    private static Condition progressOf(int fiscalYear) {
        return MEMBER_PROGRESS.INSURER_CODE.eq(MEMBER.INSURER_CODE).and(MEMBER_PROGRESS.FISCAL_YEAR.eq(fiscalYear))
                .and(MEMBER_PROGRESS.MEMBER_ID.eq(MEMBER.ID));
    }

    private static Condition selected(LetterSelection selection) {
        if (selection instanceof LetterSelection.Undeliverable) {
            return DSL.exists(DSL.selectOne().from(UNDELIVERABLE_ADDRESS)
                    .where(UNDELIVERABLE_ADDRESS.INSURER_CODE.eq(MEMBER.INSURER_CODE))
                    .and(UNDELIVERABLE_ADDRESS.EMAIL_KEY.eq(MEMBER.EMAIL_KEY)));
        }
        if (selection instanceof LetterSelection.Office office) {
            return MEMBER.OFFICE.eq(office.name());
        }
        if (selection instanceof LetterSelection.Cards cards) {
            return cards.cards().isEmpty() ? DSL.falseCondition() : cardIn(cards.cards());
        }
        if (selection instanceof LetterSelection.NotSubmitted notSubmitted) {
            return MEMBER_PROGRESS.STATUS.in(ShowSurveyProgressUseCase.NOT_SUBMITTED.stream().map(Enum::name).toList())
                    .and(notSubmitted.office().map(MEMBER.OFFICE::eq).orElse(DSL.noCondition()));
        }
        throw new IllegalArgumentException("unknown selection " + selection);
    }

    private static Condition cardIn(List<Card> cards) {
        List<Row2<String, String>> rows = new ArrayList<>(cards.size());
        for (Card card : cards) {
            rows.add(DSL.row(card.symbol().value(), card.number().value()));
        }
        return DSL.row(MEMBER.SYMBOL, MEMBER.NUMBER).in(rows);
    }
}
