package jp.kenpo.kennin.adapters.persistence;

import jp.kenpo.kennin.domain.insurer.InsurerCode;
import org.jooq.DSLContext;

/**
 * What every contract test needs from the database it runs against. The contracts are
 * interfaces so that one suite per database ({@link H2ContractTest}, {@link PostgresContractTest})
 * runs every one of them unchanged.
 */
interface PersistenceContract {
    Database database();

    /** Plain SQL on the same database, for checking what no port reads back (such as the audit log). */
    DSLContext sql();

    /**
     * Saves an insurer no other test uses. Tests share one database per suite and stay
     * independent by working under their own insurer (or their own keys).
     */
    InsurerCode newInsurer();
}
