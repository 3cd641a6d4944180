package jp.kenpo.kennin.adapters.persistence.mailing;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.ACCOUNT;

import jp.kenpo.kennin.domain.account.Language;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * What a campaign mail needs of a member's account, in one column of the recipient's row: the
 * language it reads the site in ('ja' when it never chose), or null when the member has no account
 * for the year yet (the mail then links the sign-up page).
 */
public final class AccountLanguage {
    private AccountLanguage() {
    }

    /** The column, correlated to the member and year of the outer query. */
    public static Field<String> of(Field<Long> member, Field<Integer> fiscalYear) {
        return DSL.field(DSL.select(DSL.coalesce(ACCOUNT.LANGUAGE, Language.DEFAULT.code())).from(ACCOUNT)
                .where(ACCOUNT.MEMBER_ID.eq(member), ACCOUNT.FISCAL_YEAR.eq(fiscalYear))).as("account_language");
    }

    /** The language a mail is written in: the account's, or Japanese without one. */
    public static Language language(String column) {
        return Language.ofCode(column).orElse(Language.DEFAULT);
    }
}
