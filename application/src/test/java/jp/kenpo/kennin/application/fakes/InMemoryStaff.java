package jp.kenpo.kennin.application.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import jp.kenpo.kennin.application.staff.StaffAccount;
import jp.kenpo.kennin.application.staff.StaffPort;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffMember;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.staff.StaffState;

/** Staff in memory, each change as conditional as the database's. */
public final class InMemoryStaff implements StaffPort, jp.kenpo.kennin.application.staff.StaffSessionPort {
    private final Map<Long, Long> generations = new HashMap<>();
    private final Map<Long, StaffAccount> accounts = new HashMap<>();
    private final Map<String, PendingEnrolment> enrolments = new HashMap<>();
    private final Map<Long, Set<String>> recoveryCodes = new HashMap<>();
    private long nextId = 1;

    @Override
    public synchronized Optional<StaffId> createStaff(NewStaff staff, Instant createdAt) {
        if (accounts.values().stream().anyMatch(a -> a.member().login().key().equals(staff.login().key()))) {
            return Optional.empty();
        }
        StaffId id = new StaffId(nextId++);
        accounts.put(id.value(), new StaffAccount(new StaffMember(id, staff.insurer(), staff.login(), staff.displayName(),
                staff.email(), staff.role(), staff.office(), StaffState.ENROLLING, Optional.empty()), Optional.empty(),
                Optional.empty(), OptionalLong.empty()));
        return Optional.of(id);
    }

    @Override
    public synchronized Optional<StaffAccount> findByLogin(LoginName login) {
        return accounts.values().stream().filter(a -> a.member().login().key().equals(login.key())).findFirst();
    }

    @Override
    public synchronized Optional<StaffMember> findStaff(StaffId id) {
        return Optional.ofNullable(accounts.get(id.value())).map(StaffAccount::member);
    }

    @Override
    public synchronized List<StaffMember> listInsurerStaff(InsurerCode insurer) {
        return accounts.values().stream().map(StaffAccount::member).filter(m -> m.insurer().equals(Optional.of(insurer)))
                .sorted(Comparator.comparing(m -> m.login().key())).toList();
    }

    @Override
    public synchronized List<StaffMember> listOperatorsAndAdministrators() {
        return accounts.values().stream().map(StaffAccount::member)
                .filter(m -> m.role() == StaffRole.OPERATOR || m.role() == StaffRole.ADMINISTRATOR)
                .sorted(Comparator.comparing((StaffMember m) -> m.insurer().map(InsurerCode::value).orElse(""))
                        .thenComparing(m -> m.login().key())).toList();
    }

    @Override
    public synchronized boolean useTotpStep(StaffId staff, long step) {
        StaffAccount a = accounts.get(staff.value());
        if (a == null || a.member().state() != StaffState.ACTIVE
                || (a.lastTotpStep().isPresent() && a.lastTotpStep().getAsLong() >= step)) {
            return false;
        }
        accounts.put(staff.value(), new StaffAccount(a.member(), a.passwordHash(), a.totpSecret(), OptionalLong.of(step)));
        return true;
    }

    @Override
    public synchronized void recordSignIn(StaffId staff, Instant at) {
        StaffAccount a = accounts.get(staff.value());
        StaffMember m = a.member();
        accounts.put(staff.value(), new StaffAccount(new StaffMember(m.id(), m.insurer(), m.login(), m.displayName(), m.email(),
                m.role(), m.office(), m.state(), Optional.of(at)), a.passwordHash(), a.totpSecret(), a.lastTotpStep()));
    }

    @Override
    public synchronized boolean disable(StaffId staff) {
        StaffAccount a = accounts.get(staff.value());
        if (a == null || a.member().state() == StaffState.DISABLED) {
            return false;
        }
        accounts.put(staff.value(), withState(a, StaffState.DISABLED, a.passwordHash(), a.totpSecret(), a.lastTotpStep()));
        generations.merge(staff.value(), 1L, Long::sum);
        return true;
    }

    @Override
    public synchronized void saveEnrolment(StaffId staff, String tokenDigest, Instant expiresAt) {
        enrolments.values().removeIf(e -> e.staff().equals(staff));
        enrolments.put(tokenDigest, new PendingEnrolment(staff, expiresAt, Optional.empty(), 0));
    }

    @Override
    public synchronized Optional<PendingEnrolment> findEnrolment(String tokenDigest) {
        return Optional.ofNullable(enrolments.get(tokenDigest));
    }

    @Override
    public synchronized boolean takeCodeAttempt(String tokenDigest, Instant now, int limit) {
        PendingEnrolment e = enrolments.get(tokenDigest);
        if (e == null || !now.isBefore(e.expiresAt()) || e.codeAttempts() >= limit) {
            return false;
        }
        enrolments.put(tokenDigest, new PendingEnrolment(e.staff(), e.expiresAt(), e.totpSecret(), e.codeAttempts() + 1));
        return true;
    }

    @Override
    public synchronized boolean replaceTotpSecret(StaffId staff, String expected, String replacement) {
        StaffAccount a = accounts.get(staff.value());
        if (a == null || !a.totpSecret().equals(Optional.of(expected))) {
            return false;
        }
        accounts.put(staff.value(), new StaffAccount(a.member(), a.passwordHash(), Optional.of(replacement), a.lastTotpStep()));
        return true;
    }

    /** What the staff table would hold in the secret column. */
    public synchronized Optional<String> storedTotpSecret(StaffId staff) {
        return accounts.get(staff.value()).totpSecret();
    }

    /** Writes the secret column directly, as a row from before sealing would hold it. */
    public synchronized void overwriteTotpSecret(StaffId staff, String stored) {
        StaffAccount a = accounts.get(staff.value());
        accounts.put(staff.value(), new StaffAccount(a.member(), a.passwordHash(), Optional.of(stored), a.lastTotpStep()));
    }

    @Override
    public synchronized Optional<String> keepTotpSecret(String tokenDigest, String secret) {
        PendingEnrolment e = enrolments.get(tokenDigest);
        if (e == null) {
            return Optional.empty();
        }
        if (e.totpSecret().isEmpty()) {
            e = new PendingEnrolment(e.staff(), e.expiresAt(), Optional.of(secret), e.codeAttempts());
            enrolments.put(tokenDigest, e);
        }
        return e.totpSecret();
    }

    @Override
    public synchronized boolean completeEnrolment(String tokenDigest, Instant now, StaffId staff, String passwordHash,
                                                  String totpSecret, long usedStep, List<String> recoveryCodeDigests) {
        PendingEnrolment e = enrolments.get(tokenDigest);
        if (e == null || !e.staff().equals(staff) || !now.isBefore(e.expiresAt())) {
            return false;
        }
        enrolments.remove(tokenDigest);
        StaffAccount a = accounts.get(staff.value());
        if (a.member().state() != StaffState.ENROLLING) {
            return false;
        }
        accounts.put(staff.value(), withState(a, StaffState.ACTIVE, Optional.of(passwordHash), Optional.of(totpSecret),
                OptionalLong.of(usedStep)));
        recoveryCodes.put(staff.value(), new HashSet<>(recoveryCodeDigests));
        return true;
    }

    @Override
    public synchronized boolean restartEnrolment(StaffId staff) {
        StaffAccount a = accounts.get(staff.value());
        if (a == null || a.member().state() == StaffState.DISABLED) {
            return false;
        }
        accounts.put(staff.value(), withState(a, StaffState.ENROLLING, Optional.empty(), Optional.empty(), OptionalLong.empty()));
        generations.merge(staff.value(), 1L, Long::sum);
        recoveryCodes.remove(staff.value());
        enrolments.values().removeIf(e -> e.staff().equals(staff));
        return true;
    }

    @Override
    public synchronized boolean useRecoveryCode(StaffId staff, String codeDigest) {
        return recoveryCodes.getOrDefault(staff.value(), new HashSet<>()).remove(codeDigest);
    }

    @Override
    public synchronized int countRecoveryCodes(StaffId staff) {
        return recoveryCodes.getOrDefault(staff.value(), Set.of()).size();
    }

    public synchronized List<String> storedRecoveryCodes(StaffId staff) {
        return new ArrayList<>(recoveryCodes.getOrDefault(staff.value(), Set.of()));
    }

    private static StaffAccount withState(StaffAccount a, StaffState state, Optional<String> hash, Optional<String> secret,
                                          OptionalLong step) {
        StaffMember m = a.member();
        return new StaffAccount(new StaffMember(m.id(), m.insurer(), m.login(), m.displayName(), m.email(), m.role(), m.office(),
                state, m.lastSignedInAt()), hash, secret, step);
    }

    // --- sessions ---

    @Override
    public synchronized OptionalLong activeGeneration(StaffId staff, jp.kenpo.kennin.domain.staff.StaffRole role) {
        StaffAccount a = accounts.get(staff.value());
        if (a == null || a.member().state() != StaffState.ACTIVE || a.member().role() != role) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(generations.getOrDefault(staff.value(), 0L));
    }

    /** Stands for a role changed in the database (no use case changes roles yet). */
    public synchronized void changeRole(StaffId staff, jp.kenpo.kennin.domain.staff.StaffRole role) {
        StaffAccount a = accounts.get(staff.value());
        StaffMember m = a.member();
        accounts.put(staff.value(), new StaffAccount(new StaffMember(m.id(), m.insurer(), m.login(), m.displayName(), m.email(),
                role, m.office(), m.state(), m.lastSignedInAt()), a.passwordHash(), a.totpSecret(), a.lastTotpStep()));
    }
}
