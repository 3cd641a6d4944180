package jp.kenpo.kennin.adapters.web.archplant;

import jp.kenpo.kennin.adapters.persistence.jooq.Tables;

/** A web class reading generated jOOQ tables instead of going through a use case. */
public final class WebReadingJooqTables {
    Object tables() {
        return Tables.class;
    }
}
