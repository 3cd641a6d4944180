package jp.kenpo.kennin.domain.survey;

/** Why a member says a dependent no longer qualifies (資格喪失の理由). */
public enum LossReason {
    EMPLOYED_WITH_OWN_INSURANCE, INCOME_OVER_LIMIT, MARRIED, MOVED_ABROAD, DIED, TURNED_75, OTHER
}
