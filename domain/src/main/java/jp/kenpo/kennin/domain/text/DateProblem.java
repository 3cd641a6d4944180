package jp.kenpo.kennin.domain.text;

/** Why a typed date is no day; each is told to the person who typed it in its own words. */
public enum DateProblem {
    /** Not a date in any form {@link DateInput#read} knows. */
    UNREADABLE,
    /** A date of the right shape that the calendar does not have, such as 6月31日 or 2月30日. */
    NO_SUCH_DAY,
    /** An era year or day outside the era, such as 平成32年 or 令和元年4月30日. */
    OUTSIDE_ERA
}
