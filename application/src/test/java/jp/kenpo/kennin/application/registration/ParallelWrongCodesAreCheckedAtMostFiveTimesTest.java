package jp.kenpo.kennin.application.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationCommand;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import jp.kenpo.kennin.application.security.SecretDigest;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: the try counter was read, compared and written back, so 30 guesses sent at once were
 * all compared (30 of 30 on PostgreSQL). Counted by one conditional update before the comparison,
 * at most 5 are compared whatever the timing.
 */
class ParallelWrongCodesAreCheckedAtMostFiveTimesTest extends RegistrationFixture {
    private static final int GUESSES = 30;

    /** Counts comparisons, and holds each one open a moment so that the guesses overlap. */
    private static final class ComparisonsCounted implements SecretDigest {
        private final SecretDigest digest;
        private final AtomicInteger comparisons = new AtomicInteger();
        private final CountDownLatch overlap = new CountDownLatch(GUESSES);

        ComparisonsCounted(SecretDigest digest) {
            this.digest = digest;
        }

        @Override
        public String digest(String secret) {
            return digest.digest(secret);
        }

        @Override
        public boolean matches(String secret, String stored) {
            comparisons.incrementAndGet();
            overlap.countDown();
            try {
                // Released at once when every guess got this far (the flaw); with the fix only 5 do, and wait out the timeout.
                overlap.await(300, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return digest.matches(secret, stored);
        }
    }

    @Test
    void thirtyWrongGuessesAtOnceAreComparedAtMostFiveTimes() throws Exception {
        String wrong = otherThan(chooseAndReadCode());
        ComparisonsCounted digest = new ComparisonsCounted(system.digest);
        ConfirmRegistrationUseCase confirmation = confirmationWith(system, digest);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(GUESSES);
        List<Future<ConfirmRegistrationResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < GUESSES; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return confirmation.confirmRegistration(new ConfirmRegistrationCommand(taro.id(), wrong,
                            ClientAddress.local()));
                }));
            }
            start.countDown();
            long wrongAnswers = 0;
            for (Future<ConfirmRegistrationResult> result : results) {
                if (result.get(30, TimeUnit.SECONDS) instanceof ConfirmRegistrationResult.WrongCode) {
                    wrongAnswers++;
                }
            }
            assertThat(digest.comparisons.get()).isLessThanOrEqualTo(5);
            assertThat(wrongAnswers).isLessThanOrEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        assertThat(confirm(lastCode())).isNotInstanceOf(ConfirmRegistrationResult.Registered.class);
    }

    /** The real use case on Taro's in-memory system, comparing codes through {@code digest}. */
    static ConfirmRegistrationUseCase confirmationWith(InMemorySystem system, SecretDigest digest) {
        return ConfirmRegistrationWiring.with(system, digest);
    }
}
