package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.AUTH_FAILURE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.persistence.security.FailureCounter;
import jp.kenpo.kennin.domain.throttle.FailureTally;
import org.junit.jupiter.api.Test;

interface FailureCounterContract extends PersistenceContract {
    Instant FIRST = Instant.parse("2025-06-01T00:00:00.000001Z");

    @Test
    default void tallyCountsTheFailuresFromTheWindowStartOn() {
        String key = "login:account:" + newInsurer();
        counter().recordFailure(key, FIRST);
        counter().recordFailure(key, FIRST.plusSeconds(60));
        counter().recordFailure(key, FIRST.plusSeconds(120));
        counter().recordFailure("login:addr:203.0.113.9", FIRST.plusSeconds(90));

        assertThat(counter().tally(key, FIRST.plusSeconds(60)))
                .isEqualTo(new FailureTally(2, Optional.of(FIRST.plusSeconds(60)), Optional.of(FIRST.plusSeconds(120))));
        assertThat(counter().tally(key, FIRST)).isEqualTo(new FailureTally(3, Optional.of(FIRST), Optional.of(FIRST.plusSeconds(120))));
        assertThat(counter().tally(key, FIRST.plusSeconds(121))).isEqualTo(FailureTally.none());
    }

    @Test
    default void talliesOfSeveralKeysInOneCallMatchEachKeysOwnTally() {
        String account = "login:account:" + newInsurer();
        String address = "login:addr:" + newInsurer();
        String clean = "login:unknown:" + newInsurer();
        counter().recordFailure(account, FIRST);
        counter().recordFailure(account, FIRST.plusSeconds(60));
        counter().recordFailure(address, FIRST.plusSeconds(30));
        counter().recordFailure(address, FIRST.plusSeconds(90));
        Map<String, Instant> windows = new LinkedHashMap<>();
        windows.put(account, FIRST.plusSeconds(1));
        windows.put(address, FIRST);
        windows.put(clean, FIRST);

        Map<String, FailureTally> tallies = counter().tallies(windows);

        assertThat(tallies).containsExactly(
                Map.entry(account, counter().tally(account, FIRST.plusSeconds(1))),
                Map.entry(address, counter().tally(address, FIRST)),
                Map.entry(clean, FailureTally.none()));
        assertThat(tallies.get(account).count()).isEqualTo(1);
        assertThat(tallies.get(address).count()).isEqualTo(2);
    }

    @Test
    default void resetForgetsOneKeyOnly() {
        String key = "identify:member:" + newInsurer();
        String other = "identify:addr:" + newInsurer();
        counter().recordFailure(key, FIRST);
        counter().recordFailure(other, FIRST);

        counter().reset(key);

        assertThat(counter().tally(key, Instant.EPOCH)).isEqualTo(FailureTally.none());
        assertThat(counter().tally(other, Instant.EPOCH).count()).isEqualTo(1);
    }

    @Test
    default void failuresOlderThanAWeekAreDeletedWhateverTheirKey() {
        String forgotten = "login:addr:" + newInsurer();
        String active = "login:addr:" + newInsurer();
        Instant later = FIRST.plus(Duration.ofDays(8));
        counter().recordFailure(forgotten, FIRST);

        counter().recordFailure(active, later);

        assertThat(sql().fetchCount(AUTH_FAILURE, AUTH_FAILURE.FAILURE_KEY.eq(forgotten))).isZero();
        assertThat(counter().tally(active, Instant.EPOCH).count()).isEqualTo(1);
    }

    private FailureCounter counter() {
        return database().failureCounter();
    }
}
