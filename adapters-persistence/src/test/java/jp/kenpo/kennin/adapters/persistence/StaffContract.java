package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.Race.inParallel;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kenpo.kennin.adapters.persistence.staff.StaffRepository;
import jp.kenpo.kennin.application.staff.StaffAccount;
import jp.kenpo.kennin.application.staff.StaffPort.NewStaff;
import jp.kenpo.kennin.application.staff.StaffPort.PendingEnrolment;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffMember;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.staff.StaffState;
import org.junit.jupiter.api.Test;

/** Staff accounts, enrolment links and recovery codes: every race decided by one conditional statement. */
interface StaffContract extends PersistenceContract {
    Instant S0 = Instant.parse("2026-04-01T00:00:00.123456Z");
    AtomicInteger LOGINS = new AtomicInteger();

    @Test
    default void aCreatedStaffMemberIsEnrollingAndFoundByLoginInAnyCase() {
        InsurerCode insurer = newInsurer();
        String login = uniqueLogin("Sato");
        StaffId id = staff().createStaff(new NewStaff(Optional.of(insurer), new LoginName(login), "佐藤　花子",
                Optional.of(EmailAddress.parse("sato@example.jp")), StaffRole.EMPLOYER_CONTACT, Optional.of("本社工場")), S0)
                .orElseThrow();

        StaffAccount account = staff().findByLogin(new LoginName(login.toUpperCase())).orElseThrow();
        assertThat(account.member()).isEqualTo(new StaffMember(id, Optional.of(insurer), new LoginName(login), "佐藤　花子",
                Optional.of(EmailAddress.parse("sato@example.jp")), StaffRole.EMPLOYER_CONTACT, Optional.of("本社工場"),
                StaffState.ENROLLING, Optional.empty()));
        assertThat(account.passwordHash()).isEmpty();
        assertThat(account.totpSecret()).isEmpty();
        assertThat(account.lastTotpStep()).isEmpty();
        assertThat(staff().findStaff(id)).contains(account.member());
    }

    @Test
    default void aLoginNameIsUniqueAcrossTheInstallationIgnoringCase() {
        String login = uniqueLogin("admin");
        assertThat(staff().createStaff(administrator(newInsurer(), login), S0)).isPresent();

        assertThat(staff().createStaff(administrator(newInsurer(), login.toUpperCase()), S0)).isEmpty();
        assertThat(staff().createStaff(new NewStaff(Optional.empty(), new LoginName(login), "運用者", Optional.empty(),
                StaffRole.OPERATOR, Optional.empty()), S0)).isEmpty();
        // The refusal leaves the caller's transaction usable (a savepoint), on PostgreSQL too.
        assertThat(database().transactions().inTransaction(() -> {
            staff().createStaff(administrator(newInsurer(), login), S0);
            return staff().createStaff(administrator(newInsurer(), uniqueLogin("other")), S0);
        })).isPresent();
    }

    @Test
    default void theSameLoginCreatedInParallelIsCreatedOnceAndTheOthersAreToldItIsTaken() throws Exception {
        InsurerCode insurer = newInsurer();
        String login = uniqueLogin("twotabs");

        assertThat(inParallel(8, () -> staff().createStaff(administrator(insurer, login), S0).isPresent())).isEqualTo(1);
        assertThat(staff().listInsurerStaff(insurer)).hasSize(1);
    }

    @Test
    default void anEnrolmentLinkKeepsTheFirstSecretAndIsUsedUpOnceByCompletingIt() throws Exception {
        StaffId id = staff().createStaff(administrator(newInsurer(), uniqueLogin("enrol")), S0).orElseThrow();
        String digest = "digest-" + id.value();
        staff().saveEnrolment(id, digest, S0.plusSeconds(86_400));

        assertThat(staff().findEnrolment(digest)).contains(new PendingEnrolment(id, S0.plusSeconds(86_400), Optional.empty(), 0));
        assertThat(staff().keepTotpSecret(digest, "FIRSTSECRET")).contains("FIRSTSECRET");
        assertThat(staff().keepTotpSecret(digest, "SECONDSECRET")).contains("FIRSTSECRET");

        List<String> codes = List.of("c1", "c2", "c3");
        assertThat(inParallel(10, () -> database().transactions().inTransaction(() ->
                staff().completeEnrolment(digest, S0.plusSeconds(60), id, "hash", "FIRSTSECRET", 100, codes)))).isEqualTo(1);

        StaffAccount account = staff().findStaff(id).flatMap(m -> staff().findByLogin(m.login())).orElseThrow();
        assertThat(account.member().state()).isEqualTo(StaffState.ACTIVE);
        assertThat(account.passwordHash()).contains("hash");
        assertThat(account.totpSecret()).contains("FIRSTSECRET");
        assertThat(account.lastTotpStep()).isEqualTo(OptionalLong.of(100));
        assertThat(staff().countRecoveryCodes(id)).isEqualTo(3);
        assertThat(staff().findEnrolment(digest)).isEmpty();
    }

    @Test
    default void aLinkCountsAtMostItsLimitOfCodeAttemptsEvenInParallelAndNoneOnceExpired() throws Exception {
        StaffId id = staff().createStaff(administrator(newInsurer(), uniqueLogin("guess")), S0).orElseThrow();
        String digest = "guess-" + id.value();
        staff().saveEnrolment(id, digest, S0.plusSeconds(86_400));
        assertThat(staff().takeCodeAttempt(digest, S0, 10)).isTrue();

        assertThat(inParallel(20, () -> staff().takeCodeAttempt(digest, S0.plusSeconds(1), 10))).isEqualTo(9);

        assertThat(staff().takeCodeAttempt(digest, S0.plusSeconds(2), 10)).isFalse();
        assertThat(staff().findEnrolment(digest)).hasValueSatisfying(e -> assertThat(e.codeAttempts()).isEqualTo(10));
        String fresh = "fresh-" + id.value();
        staff().saveEnrolment(id, fresh, S0.plusSeconds(86_400));
        assertThat(staff().findEnrolment(fresh)).hasValueSatisfying(e -> assertThat(e.codeAttempts()).isZero());
        assertThat(staff().takeCodeAttempt(fresh, S0.plusSeconds(86_400), 10)).as("expired").isFalse();
        assertThat(staff().takeCodeAttempt("unknown-" + id.value(), S0, 10)).isFalse();
    }

    @Test
    default void aSealedSecretFitsAndIsReplacedOnlyWhileItIsStillTheExpectedOne() {
        // The length of "v1:" + base64url(12-byte nonce, 32-byte base32 secret, 16-byte tag).
        String sealed = "v1:" + "A".repeat(80);
        StaffId id = staff().createStaff(administrator(newInsurer(), uniqueLogin("sealed")), S0).orElseThrow();
        String digest = "sealed-" + id.value();
        staff().saveEnrolment(id, digest, S0.plusSeconds(86_400));
        assertThat(staff().keepTotpSecret(digest, sealed)).contains(sealed);
        assertThat(staff().completeEnrolment(digest, S0, id, "hash", "LEGACYBASE32SECRETLEGACYBASE32AB", 100, List.of("c1")))
                .isTrue();
        LoginName login = staff().findStaff(id).orElseThrow().login();

        assertThat(staff().replaceTotpSecret(id, "SOMETHINGELSE", sealed)).isFalse();
        assertThat(staff().findByLogin(login).orElseThrow().totpSecret()).contains("LEGACYBASE32SECRETLEGACYBASE32AB");
        assertThat(staff().replaceTotpSecret(id, "LEGACYBASE32SECRETLEGACYBASE32AB", sealed)).isTrue();
        assertThat(staff().findByLogin(login).orElseThrow().totpSecret()).contains(sealed);
        assertThat(staff().replaceTotpSecret(id, "LEGACYBASE32SECRETLEGACYBASE32AB", "v1:other")).isFalse();
    }

    @Test
    default void anExpiredLinkCompletesNothing() {
        StaffId id = staff().createStaff(administrator(newInsurer(), uniqueLogin("late")), S0).orElseThrow();
        String digest = "late-" + id.value();
        staff().saveEnrolment(id, digest, S0.plusSeconds(86_400));

        assertThat(staff().completeEnrolment(digest, S0.plusSeconds(86_400), id, "hash", "S", 1, List.of())).isFalse();
        assertThat(staff().findStaff(id).orElseThrow().state()).isEqualTo(StaffState.ENROLLING);
    }

    @Test
    default void aTimeStepIsUsedOnceAndOnlyForwardEvenInParallel() throws Exception {
        StaffId id = activeStaff("totp");

        assertThat(inParallel(10, () -> staff().useTotpStep(id, 101))).isEqualTo(1);
        assertThat(staff().useTotpStep(id, 101)).isFalse();
        assertThat(staff().useTotpStep(id, 100)).isFalse();
        assertThat(staff().useTotpStep(id, 102)).isTrue();
    }

    @Test
    default void aRecoveryCodeIsUsedOnceAndOnlyByItsOwner() throws Exception {
        StaffId id = activeStaff("recovery");
        StaffId other = activeStaff("recovery-other");

        assertThat(staff().useRecoveryCode(other, "c1")).isTrue();
        assertThat(inParallel(10, () -> staff().useRecoveryCode(id, "c1"))).isEqualTo(1);
        assertThat(staff().useRecoveryCode(id, "c1")).isFalse();
        assertThat(staff().countRecoveryCodes(id)).isEqualTo(2);
        assertThat(staff().countRecoveryCodes(other)).isEqualTo(2);
    }

    @Test
    default void aDisabledAccountUsesNoStepAndIsNotReEnrolled() {
        StaffId id = activeStaff("disabled");
        staff().recordSignIn(id, S0.plusSeconds(5));

        assertThat(staff().disable(id)).isTrue();
        assertThat(staff().disable(id)).isFalse();
        StaffMember member = staff().findStaff(id).orElseThrow();
        assertThat(member.state()).isEqualTo(StaffState.DISABLED);
        assertThat(member.lastSignedInAt()).contains(S0.plusSeconds(5));
        assertThat(staff().useTotpStep(id, 500)).isFalse();
        assertThat(staff().restartEnrolment(id)).isFalse();
    }

    @Test
    default void reEnrolmentForgetsPasswordSecretStepAndRecoveryCodes() {
        StaffId id = activeStaff("again");
        staff().saveEnrolment(id, "again-new-" + id.value(), S0.plusSeconds(90_000));

        assertThat(staff().restartEnrolment(id)).isTrue();

        StaffAccount account = staff().findStaff(id).flatMap(m -> staff().findByLogin(m.login())).orElseThrow();
        assertThat(account.member().state()).isEqualTo(StaffState.ENROLLING);
        assertThat(account.passwordHash()).isEmpty();
        assertThat(account.totpSecret()).isEmpty();
        assertThat(account.lastTotpStep()).isEmpty();
        assertThat(staff().countRecoveryCodes(id)).isZero();
        assertThat(staff().findEnrolment("again-new-" + id.value())).isEmpty();
    }

    @Test
    default void listsAreScopedToTheInsurerOrToOperatorsAndAdministrators() {
        InsurerCode a = newInsurer();
        InsurerCode b = newInsurer();
        String adminA = uniqueLogin("a-admin");
        staff().createStaff(administrator(a, adminA), S0);
        String helpA = uniqueLogin("a-help");
        staff().createStaff(new NewStaff(Optional.of(a), new LoginName(helpA), "窓口", Optional.empty(), StaffRole.HELP_DESK,
                Optional.empty()), S0);
        String adminB = uniqueLogin("b-admin");
        staff().createStaff(administrator(b, adminB), S0);
        String operator = uniqueLogin("op");
        staff().createStaff(new NewStaff(Optional.empty(), new LoginName(operator), "運用者", Optional.empty(), StaffRole.OPERATOR,
                Optional.empty()), S0);

        assertThat(staff().listInsurerStaff(a)).extracting(m -> m.login().value()).containsExactlyInAnyOrder(adminA, helpA);
        List<String> top = staff().listOperatorsAndAdministrators().stream().map(m -> m.login().value()).toList();
        assertThat(top).contains(adminA, adminB, operator).doesNotContain(helpA);
        assertThat(top.indexOf(operator)).isLessThan(top.indexOf(adminA));
    }

    private StaffId activeStaff(String prefix) {
        StaffId id = staff().createStaff(administrator(newInsurer(), uniqueLogin(prefix)), S0).orElseThrow();
        staff().saveEnrolment(id, prefix + "-" + id.value(), S0.plusSeconds(86_400));
        assertThat(staff().completeEnrolment(prefix + "-" + id.value(), S0, id, "hash", "SECRET", 100,
                List.of("c1", "c2", "c3"))).isTrue();
        return id;
    }

    private static NewStaff administrator(InsurerCode insurer, String login) {
        return new NewStaff(Optional.of(insurer), new LoginName(login), "管理　太郎", Optional.of(EmailAddress.parse("admin@example.jp")),
                StaffRole.ADMINISTRATOR, Optional.empty());
    }

    private static String uniqueLogin(String prefix) {
        return prefix + "-" + LOGINS.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
    }

    // --- sessions ---
    @Test
    default void theSessionGenerationIsReadOnlyWhileActiveWithTheRoleAndMovesOnAtReEnrolmentAndDisabling() {
        StaffId id = staff().createStaff(administrator(newInsurer(), uniqueLogin("gen")), S0).orElseThrow();
        assertThat(staff().activeGeneration(id, StaffRole.ADMINISTRATOR)).as("enrolling").isEmpty();
        staff().saveEnrolment(id, "gen-1-" + id.value(), S0.plusSeconds(86_400));
        database().transactions().inTransaction(() -> staff().completeEnrolment("gen-1-" + id.value(), S0, id, "hash",
                "SECRET", 1, List.of("c1")));
        OptionalLong first = staff().activeGeneration(id, StaffRole.ADMINISTRATOR);
        assertThat(first).isPresent();
        assertThat(staff().activeGeneration(id, StaffRole.HELP_DESK)).as("another role").isEmpty();

        assertThat(staff().restartEnrolment(id)).isTrue();
        assertThat(staff().activeGeneration(id, StaffRole.ADMINISTRATOR)).isEmpty();
        staff().saveEnrolment(id, "gen-2-" + id.value(), S0.plusSeconds(86_400));
        database().transactions().inTransaction(() -> staff().completeEnrolment("gen-2-" + id.value(), S0, id, "hash2",
                "SECRET2", 2, List.of("c2")));
        OptionalLong second = staff().activeGeneration(id, StaffRole.ADMINISTRATOR);
        assertThat(second).isPresent();
        assertThat(second.getAsLong()).isNotEqualTo(first.getAsLong());

        assertThat(staff().disable(id)).isTrue();
        assertThat(staff().activeGeneration(id, StaffRole.ADMINISTRATOR)).isEmpty();
        assertThat(staff().activeGeneration(new StaffId(Long.MAX_VALUE), StaffRole.ADMINISTRATOR)).isEmpty();
    }

    private StaffRepository staff() {
        return database().staff();
    }
}
