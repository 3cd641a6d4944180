package jp.kenpo.kennin.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.kenpo.kennin.adapters.persistence.verification.PendingVerificationRepository;
import jp.kenpo.kennin.domain.verification.CodeChallenge;
import jp.kenpo.kennin.domain.verification.PendingVerification;
import jp.kenpo.kennin.domain.verification.VerificationPurpose;
import org.junit.jupiter.api.Test;

interface PendingVerificationContract extends PersistenceContract {
    Instant SENT = Instant.parse("2025-06-01T03:04:05.654321Z");

    @Test
    default void registrationWaitsWithItsChosenCredentials() {
        PendingVerification pending = new PendingVerification(VerificationPurpose.REGISTRATION, "member:41",
                CodeChallenge.issue("code-hash", SENT, Duration.ofMinutes(10), 5), Optional.of("Taro_Yamada"),
                Optional.of("$argon2id$hash"), Optional.empty());

        pendings().savePending(pending);

        assertThat(pendings().loadPending(VerificationPurpose.REGISTRATION, "member:41")).contains(pending);
        assertThat(pendings().loadPending(VerificationPurpose.EMAIL_CHANGE, "member:41")).isEmpty();
    }

    @Test
    default void savingAgainReplacesTheChallenge() {
        PendingVerification pending = new PendingVerification(VerificationPurpose.EMAIL_CHANGE, "account:7",
                CodeChallenge.issue("first", SENT, Duration.ofMinutes(10), 5), Optional.empty(), Optional.empty(),
                Optional.of("new@example.jp"));
        pendings().savePending(pending);
        PendingVerification tried = pending.withChallenge(pending.challenge().check(false, SENT.plusSeconds(30)).next());
        PendingVerification resent = tried.withChallenge(CodeChallenge.issue("second", SENT.plusSeconds(90), Duration.ofMinutes(10), 5));

        pendings().savePending(tried);
        assertThat(pendings().loadPending(VerificationPurpose.EMAIL_CHANGE, "account:7")).contains(tried);
        pendings().savePending(resent);
        assertThat(pendings().loadPending(VerificationPurpose.EMAIL_CHANGE, "account:7")).contains(resent);
    }

    @Test
    default void deletedVerificationIsGoneForItsPurposeOnly() {
        CodeChallenge challenge = CodeChallenge.issue("hash", SENT, Duration.ofMinutes(30), 1);
        PendingVerification reset = new PendingVerification(VerificationPurpose.PASSWORD_RESET, "token-digest", challenge,
                Optional.of("taro_yamada"), Optional.empty(), Optional.empty());
        PendingVerification registration = new PendingVerification(VerificationPurpose.REGISTRATION, "token-digest", challenge,
                Optional.empty(), Optional.empty(), Optional.empty());
        pendings().savePending(reset);
        pendings().savePending(registration);

        assertThat(pendings().deletePending(VerificationPurpose.PASSWORD_RESET, "token-digest")).isTrue();
        assertThat(pendings().deletePending(VerificationPurpose.PASSWORD_RESET, "token-digest")).isFalse();

        assertThat(pendings().loadPending(VerificationPurpose.PASSWORD_RESET, "token-digest")).isEmpty();
        assertThat(pendings().loadPending(VerificationPurpose.REGISTRATION, "token-digest")).contains(registration);
    }

    @Test
    default void thirtyParallelTriesAtOneCodeAreCountedOnlyFiveTimes() throws Exception {
        PendingVerification pending = new PendingVerification(VerificationPurpose.REGISTRATION, "parallel-tries",
                CodeChallenge.issue("the-hash", SENT, Duration.ofMinutes(10), 5), Optional.of("u"), Optional.of("h"),
                Optional.empty());
        pendings().savePending(pending);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Future<OptionalInt>> tries = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                tries.add(pool.submit(() -> {
                    start.await();
                    return pendings().countTry(VerificationPurpose.REGISTRATION, "parallel-tries", "the-hash");
                }));
            }
            start.countDown();
            List<Integer> counted = new ArrayList<>();
            for (Future<OptionalInt> t : tries) {
                t.get(30, TimeUnit.SECONDS).ifPresent(counted::add);
            }
            assertThat(counted).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(pendings().loadPending(VerificationPurpose.REGISTRATION, "parallel-tries").orElseThrow().challenge()
                .failedTries()).isEqualTo(5);
    }

    @Test
    default void aTryAtAReplacedCodeIsNotCountedOnTheNewOne() {
        PendingVerification pending = new PendingVerification(VerificationPurpose.EMAIL_CHANGE, "replaced-code",
                CodeChallenge.issue("new-hash", SENT, Duration.ofMinutes(10), 5), Optional.empty(), Optional.empty(),
                Optional.of("new@example.jp"));
        pendings().savePending(pending);

        assertThat(pendings().countTry(VerificationPurpose.EMAIL_CHANGE, "replaced-code", "old-hash")).isEmpty();
        assertThat(pendings().countTry(VerificationPurpose.EMAIL_CHANGE, "replaced-code", "new-hash")).hasValue(1);
        assertThat(pendings().countTry(VerificationPurpose.EMAIL_CHANGE, "nothing-here", "new-hash")).isEmpty();
    }

    private PendingVerificationRepository pendings() {
        return database().pendingVerifications();
    }
}
