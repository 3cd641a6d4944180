package jp.kenpo.kennin.adapters.persistence.staff;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.STAFF;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.STAFF_ENROLMENT;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.STAFF_RECOVERY_CODE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.StaffRecord;
import jp.kenpo.kennin.application.staff.StaffAccount;
import jp.kenpo.kennin.application.staff.StaffPort;
import jp.kenpo.kennin.application.staff.StaffSessionPort;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffMember;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.staff.StaffState;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Staff accounts, enrolment links and recovery codes. What a second request could race is one
 * conditional statement: the unique login key refuses a taken name, the delete of the link row
 * uses it up, the count of codes checked against a link only grows below its limit, the update of
 * the last time step only moves it forward, the delete of a recovery code uses it up. Authenticator
 * secrets arrive here sealed by the application and are stored as they come.
 */
public final class StaffRepository implements StaffPort, StaffSessionPort {
    private static final String UNIQUE_VIOLATION = "23505";

    private final DSLContext dsl;

    public StaffRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<StaffId> createStaff(NewStaff staff, Instant createdAt) {
        try {
            // A savepoint of its own, so a taken name does not spoil the caller's transaction on PostgreSQL.
            return dsl.transactionResult(() -> Optional.of(new StaffId(dsl.insertInto(STAFF)
                    .set(STAFF.INSURER_CODE, staff.insurer().map(InsurerCode::value).orElse(null))
                    .set(STAFF.LOGIN_NAME, staff.login().value())
                    .set(STAFF.LOGIN_KEY, staff.login().key())
                    .set(STAFF.DISPLAY_NAME, staff.displayName())
                    .set(STAFF.EMAIL, staff.email().map(EmailAddress::value).orElse(null))
                    .set(STAFF.ROLE, staff.role().name())
                    .set(STAFF.OFFICE, staff.office().orElse(null))
                    .set(STAFF.STATE, StaffState.ENROLLING.name())
                    .set(STAFF.CREATED_AT, createdAt)
                    .returning(STAFF.ID)
                    .fetchOne()
                    .getId())));
        } catch (DataAccessException e) {
            if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Optional<StaffAccount> findByLogin(LoginName login) {
        return dsl.selectFrom(STAFF).where(STAFF.LOGIN_KEY.eq(login.key())).fetchOptional(StaffRepository::account);
    }

    @Override
    public Optional<StaffMember> findStaff(StaffId id) {
        return dsl.selectFrom(STAFF).where(STAFF.ID.eq(id.value())).fetchOptional(StaffRepository::member);
    }

    @Override
    public List<StaffMember> listInsurerStaff(InsurerCode insurer) {
        return dsl.selectFrom(STAFF).where(STAFF.INSURER_CODE.eq(insurer.value())).orderBy(STAFF.LOGIN_KEY)
                .fetch(StaffRepository::member);
    }

    @Override
    public List<StaffMember> listOperatorsAndAdministrators() {
        return dsl.selectFrom(STAFF)
                .where(STAFF.ROLE.in(StaffRole.OPERATOR.name(), StaffRole.ADMINISTRATOR.name()))
                .orderBy(STAFF.INSURER_CODE.asc().nullsFirst(), STAFF.LOGIN_KEY)
                .fetch(StaffRepository::member);
    }

    @Override
    public boolean useTotpStep(StaffId staff, long step) {
        return dsl.update(STAFF).set(STAFF.LAST_TOTP_STEP, step)
                .where(STAFF.ID.eq(staff.value()))
                .and(STAFF.STATE.eq(StaffState.ACTIVE.name()))
                .and(STAFF.LAST_TOTP_STEP.isNull().or(STAFF.LAST_TOTP_STEP.lt(step)))
                .execute() == 1;
    }

    @Override
    public boolean replaceTotpSecret(StaffId staff, String expected, String replacement) {
        return dsl.update(STAFF).set(STAFF.TOTP_SECRET, replacement)
                .where(STAFF.ID.eq(staff.value())).and(STAFF.TOTP_SECRET.eq(expected))
                .execute() == 1;
    }

    @Override
    public void recordSignIn(StaffId staff, Instant at) {
        dsl.update(STAFF).set(STAFF.LAST_SIGNED_IN_AT, at).where(STAFF.ID.eq(staff.value())).execute();
    }

    @Override
    public boolean disable(StaffId staff) {
        return dsl.update(STAFF).set(STAFF.STATE, StaffState.DISABLED.name())
                .set(STAFF.CREDENTIAL_GENERATION, STAFF.CREDENTIAL_GENERATION.plus(1))
                .where(STAFF.ID.eq(staff.value())).and(STAFF.STATE.ne(StaffState.DISABLED.name()))
                .execute() == 1;
    }

    @Override
    public void saveEnrolment(StaffId staff, String tokenDigest, Instant expiresAt) {
        dsl.deleteFrom(STAFF_ENROLMENT).where(STAFF_ENROLMENT.STAFF_ID.eq(staff.value())).execute();
        dsl.insertInto(STAFF_ENROLMENT)
                .set(STAFF_ENROLMENT.STAFF_ID, staff.value())
                .set(STAFF_ENROLMENT.TOKEN_DIGEST, tokenDigest)
                .set(STAFF_ENROLMENT.EXPIRES_AT, expiresAt)
                .execute();
    }

    @Override
    public Optional<PendingEnrolment> findEnrolment(String tokenDigest) {
        return dsl.selectFrom(STAFF_ENROLMENT).where(STAFF_ENROLMENT.TOKEN_DIGEST.eq(tokenDigest))
                .fetchOptional(r -> new PendingEnrolment(new StaffId(r.getStaffId()), r.getExpiresAt(),
                        Optional.ofNullable(r.getTotpSecret()), r.getCodeAttempts()));
    }

    @Override
    public boolean takeCodeAttempt(String tokenDigest, Instant now, int limit) {
        return dsl.update(STAFF_ENROLMENT).set(STAFF_ENROLMENT.CODE_ATTEMPTS, STAFF_ENROLMENT.CODE_ATTEMPTS.plus(1))
                .where(STAFF_ENROLMENT.TOKEN_DIGEST.eq(tokenDigest))
                .and(STAFF_ENROLMENT.CODE_ATTEMPTS.lt(limit))
                .and(STAFF_ENROLMENT.EXPIRES_AT.gt(now))
                .execute() == 1;
    }

    @Override
    public Optional<String> keepTotpSecret(String tokenDigest, String secret) {
        dsl.update(STAFF_ENROLMENT).set(STAFF_ENROLMENT.TOTP_SECRET, secret)
                .where(STAFF_ENROLMENT.TOKEN_DIGEST.eq(tokenDigest)).and(STAFF_ENROLMENT.TOTP_SECRET.isNull())
                .execute();
        return findEnrolment(tokenDigest).flatMap(PendingEnrolment::totpSecret);
    }

    @Override
    public boolean completeEnrolment(String tokenDigest, Instant now, StaffId staff, String passwordHash, String totpSecret,
                                     long usedStep, List<String> recoveryCodeDigests) {
        int used = dsl.deleteFrom(STAFF_ENROLMENT)
                .where(STAFF_ENROLMENT.TOKEN_DIGEST.eq(tokenDigest))
                .and(STAFF_ENROLMENT.STAFF_ID.eq(staff.value()))
                .and(STAFF_ENROLMENT.EXPIRES_AT.gt(now))
                .execute();
        if (used != 1) {
            return false;
        }
        int activated = dsl.update(STAFF)
                .set(STAFF.STATE, StaffState.ACTIVE.name())
                .set(STAFF.PASSWORD_HASH, passwordHash)
                .set(STAFF.TOTP_SECRET, totpSecret)
                .set(STAFF.LAST_TOTP_STEP, usedStep)
                .where(STAFF.ID.eq(staff.value())).and(STAFF.STATE.eq(StaffState.ENROLLING.name()))
                .execute();
        if (activated != 1) {
            return false;
        }
        dsl.deleteFrom(STAFF_RECOVERY_CODE).where(STAFF_RECOVERY_CODE.STAFF_ID.eq(staff.value())).execute();
        var insert = dsl.insertInto(STAFF_RECOVERY_CODE, STAFF_RECOVERY_CODE.STAFF_ID, STAFF_RECOVERY_CODE.CODE_DIGEST);
        for (String digest : recoveryCodeDigests) {
            insert = insert.values(staff.value(), digest);
        }
        insert.execute();
        return true;
    }

    @Override
    public boolean restartEnrolment(StaffId staff) {
        int restarted = dsl.update(STAFF)
                .set(STAFF.STATE, StaffState.ENROLLING.name())
                .setNull(STAFF.PASSWORD_HASH)
                .setNull(STAFF.TOTP_SECRET)
                .setNull(STAFF.LAST_TOTP_STEP)
                .set(STAFF.CREDENTIAL_GENERATION, STAFF.CREDENTIAL_GENERATION.plus(1))
                .where(STAFF.ID.eq(staff.value())).and(STAFF.STATE.ne(StaffState.DISABLED.name()))
                .execute();
        if (restarted != 1) {
            return false;
        }
        dsl.deleteFrom(STAFF_RECOVERY_CODE).where(STAFF_RECOVERY_CODE.STAFF_ID.eq(staff.value())).execute();
        dsl.deleteFrom(STAFF_ENROLMENT).where(STAFF_ENROLMENT.STAFF_ID.eq(staff.value())).execute();
        return true;
    }

    @Override
    public boolean useRecoveryCode(StaffId staff, String codeDigest) {
        return dsl.deleteFrom(STAFF_RECOVERY_CODE)
                .where(STAFF_RECOVERY_CODE.STAFF_ID.eq(staff.value()))
                .and(STAFF_RECOVERY_CODE.CODE_DIGEST.eq(codeDigest))
                .execute() == 1;
    }

    @Override
    public int countRecoveryCodes(StaffId staff) {
        return dsl.fetchCount(STAFF_RECOVERY_CODE, STAFF_RECOVERY_CODE.STAFF_ID.eq(staff.value()));
    }

    private static StaffAccount account(StaffRecord r) {
        return new StaffAccount(member(r), Optional.ofNullable(r.getPasswordHash()), Optional.ofNullable(r.getTotpSecret()),
                r.getLastTotpStep() == null ? OptionalLong.empty() : OptionalLong.of(r.getLastTotpStep()));
    }

    private static StaffMember member(StaffRecord r) {
        return new StaffMember(new StaffId(r.getId()), Optional.ofNullable(r.getInsurerCode()).map(InsurerCode::new),
                new LoginName(r.getLoginName()), r.getDisplayName(), Optional.ofNullable(r.getEmail()).map(EmailAddress::new),
                StaffRole.valueOf(r.getRole()), Optional.ofNullable(r.getOffice()), StaffState.valueOf(r.getState()),
                Optional.ofNullable(r.getLastSignedInAt()));
    }

    // --- sessions ---

    @Override
    public OptionalLong activeGeneration(StaffId staff, StaffRole role) {
        return dsl.select(STAFF.CREDENTIAL_GENERATION).from(STAFF)
                .where(STAFF.ID.eq(staff.value()))
                .and(STAFF.STATE.eq(StaffState.ACTIVE.name()))
                .and(STAFF.ROLE.eq(role.name()))
                .fetchOptional(STAFF.CREDENTIAL_GENERATION)
                .map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }
}
