package jp.kenpo.kennin.adapters.persistence.registration;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SIGNUP_LIMIT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import jp.kenpo.kennin.application.registration.SignupLimitsPort;
import jp.kenpo.kennin.domain.member.MemberId;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * One row per member record that ever asked for a sign-up code. Every change is a single
 * conditional update whose row count says whether the limit let it through, so parallel
 * requests cannot pass a limit; the row is created (or left alone) first.
 */
public final class SignupLimitRepository implements SignupLimitsPort {
    private static final String UNIQUE_VIOLATION = "23505";

    private final DSLContext dsl;

    public SignupLimitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public SignupLimitState load(MemberId member) {
        return dsl.selectFrom(SIGNUP_LIMIT)
                .where(SIGNUP_LIMIT.MEMBER_ID.eq(member.value()))
                .fetchOptional(r -> new SignupLimitState(r.getCodeTries(), Optional.ofNullable(r.getIssueDay()),
                        r.getCodesThatDay(), Optional.ofNullable(r.getLastIssuedAt())))
                .orElse(SignupLimitState.none());
    }

    @Override
    public boolean admitCode(MemberId member, Instant now, Instant notIssuedSince, LocalDate day, int perDay) {
        ensureRow(member);
        // SET reads the row as it was before the update, on H2 as on PostgreSQL.
        return dsl.update(SIGNUP_LIMIT)
                .set(SIGNUP_LIMIT.CODES_THAT_DAY, DSL.when(SIGNUP_LIMIT.ISSUE_DAY.eq(day), SIGNUP_LIMIT.CODES_THAT_DAY.plus(1))
                        .otherwise(DSL.inline(1)))
                .set(SIGNUP_LIMIT.ISSUE_DAY, day)
                .set(SIGNUP_LIMIT.LAST_ISSUED_AT, now)
                .where(SIGNUP_LIMIT.MEMBER_ID.eq(member.value()))
                .and(SIGNUP_LIMIT.LAST_ISSUED_AT.isNull().or(SIGNUP_LIMIT.LAST_ISSUED_AT.le(notIssuedSince)))
                .and(SIGNUP_LIMIT.ISSUE_DAY.isNull().or(SIGNUP_LIMIT.ISSUE_DAY.ne(day))
                        .or(SIGNUP_LIMIT.CODES_THAT_DAY.lt(perDay)))
                .execute() == 1;
    }

    @Override
    public void withdrawCode(MemberId member, Instant issuedAt, Optional<Instant> previousIssuedAt) {
        dsl.update(SIGNUP_LIMIT)
                .set(SIGNUP_LIMIT.CODES_THAT_DAY, DSL.greatest(SIGNUP_LIMIT.CODES_THAT_DAY.minus(1), DSL.inline(0)))
                .set(SIGNUP_LIMIT.LAST_ISSUED_AT, previousIssuedAt.orElse(null))
                .where(SIGNUP_LIMIT.MEMBER_ID.eq(member.value()))
                .and(SIGNUP_LIMIT.LAST_ISSUED_AT.eq(issuedAt))
                .execute();
    }

    @Override
    public boolean countCodeTry(MemberId member, int max) {
        ensureRow(member);
        return dsl.update(SIGNUP_LIMIT)
                .set(SIGNUP_LIMIT.CODE_TRIES, SIGNUP_LIMIT.CODE_TRIES.plus(1))
                .where(SIGNUP_LIMIT.MEMBER_ID.eq(member.value()))
                .and(SIGNUP_LIMIT.CODE_TRIES.lt(max))
                .execute() == 1;
    }

    @Override
    public void resetCodeTries(MemberId member) {
        dsl.update(SIGNUP_LIMIT).set(SIGNUP_LIMIT.CODE_TRIES, 0).where(SIGNUP_LIMIT.MEMBER_ID.eq(member.value())).execute();
    }

    private void ensureRow(MemberId member) {
        try {
            dsl.insertInto(SIGNUP_LIMIT)
                    .set(SIGNUP_LIMIT.MEMBER_ID, member.value())
                    .set(SIGNUP_LIMIT.CODE_TRIES, 0)
                    .set(SIGNUP_LIMIT.CODES_THAT_DAY, 0)
                    .onDuplicateKeyIgnore()
                    .execute();
        } catch (DataAccessException e) {
            // H2 emulates "ignore" with MERGE, which two racing inserts can still make collide:
            // either way the row now exists, which is all that is wanted.
            if (!UNIQUE_VIOLATION.equals(e.sqlState())) {
                throw e;
            }
        }
    }
}
