package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.kenpo.kennin.application.roster.RosterEntry;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import org.junit.jupiter.api.Test;

/** Work of several ports inside {@link Transactions} is stored together or not at all. */
interface TransactionContract extends PersistenceContract {
    @Test
    default void failureUndoesTheWritesOfEveryPort() {
        InsurerCode code = new InsurerCode("rolled-back");
        RosterEntry entry = entry("01", "1", "a@example.jp");
        IllegalStateException failure = new IllegalStateException("after both writes");

        assertThatThrownBy(() -> database().transactions().inTransaction(() -> {
            database().insurers().saveInsurer(Fixtures.insurer(code));
            database().members().storeRoster(code, List.of(entry));
            throw failure;
        })).isSameAs(failure);

        assertThat(database().insurers().loadInsurer(code)).isEmpty();
        assertThat(database().members().findByCard(code, entry.symbol(), entry.number())).isEmpty();
    }

    @Test
    default void successKeepsTheWritesOfEveryPortAndReturnsTheResult() {
        InsurerCode code = new InsurerCode("committed");
        RosterEntry entry = entry("01", "1", "a@example.jp");

        int created = database().transactions().inTransaction(() -> {
            database().insurers().saveInsurer(Fixtures.insurer(code));
            return database().members().storeRoster(code, List.of(entry)).created();
        });

        assertThat(created).isEqualTo(1);
        assertThat(database().insurers().loadInsurer(code)).isPresent();
        assertThat(database().members().findByCard(code, entry.symbol(), entry.number())).isPresent();
    }

    @Test
    default void failedInnerTransactionUndoesOnlyItsOwnWrites() {
        InsurerCode outer = new InsurerCode("outer-kept");
        InsurerCode inner = new InsurerCode("inner-undone");
        Transactions transactions = database().transactions();

        transactions.inTransaction(() -> {
            database().insurers().saveInsurer(Fixtures.insurer(outer));
            try {
                transactions.inTransaction(() -> {
                    database().insurers().saveInsurer(Fixtures.insurer(inner));
                    throw new IllegalStateException("inner fails");
                });
            } catch (IllegalStateException expected) {
                // The outer transaction goes on without the inner one's writes.
            }
        });

        assertThat(database().insurers().loadInsurer(outer)).isPresent();
        assertThat(database().insurers().loadInsurer(inner)).isEmpty();
    }
}
