package jp.kenpo.kennin.application.results;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.eligibility.Ages;
import jp.kenpo.kennin.domain.survey.SurveyScope;

/**
 * A survey year's {@link SurveyScope} as a filter a database can apply to a million dependents
 * at once, instead of judging each in Java: the age rule becomes a latest birth date and the
 * 認定日 cut-off a date comparison that lets a missing 認定日 through, exactly as
 * {@link SurveyScope.AgedAtLeast#includes} does; a listed scope is its stored list.
 */
public sealed interface ResultScope permits ResultScope.Everyone, ResultScope.Listed, ResultScope.BornOnOrBefore {
    /** Every dependent of the insurer's members. */
    record Everyone() implements ResultScope {
    }

    /** The dependents the year's stored list names. */
    record Listed() implements ResultScope {
    }

    /**
     * Born on or before {@code latestBirthDate} and, when a cut-off is set, certified on or before it
     * or without a recorded 認定日.
     */
    record BornOnOrBefore(LocalDate latestBirthDate, Optional<LocalDate> certifiedOnOrBefore) implements ResultScope {
        public BornOnOrBefore {
            Objects.requireNonNull(latestBirthDate);
            Objects.requireNonNull(certifiedOnOrBefore);
        }
    }

    static ResultScope of(SurveyScope scope, LocalDate referenceDate) {
        if (scope instanceof SurveyScope.Listed) {
            return new Listed();
        }
        if (scope instanceof SurveyScope.AgedAtLeast aged) {
            return new BornOnOrBefore(latestBirthDate(aged.age(), referenceDate), aged.certifiedOnOrBefore());
        }
        return new Everyone();
    }

    /**
     * What the database's filter decides for one dependent: the test holds it against
     * {@link SurveyScope#includes} on the edge dates, and the persistence contract holds the SQL against it.
     */
    default boolean admits(LocalDate birthDate, Optional<LocalDate> certifiedOn, boolean onTheList) {
        if (this instanceof Listed) {
            return onTheList;
        }
        if (this instanceof BornOnOrBefore born) {
            return !birthDate.isAfter(born.latestBirthDate()) && (born.certifiedOnOrBefore().isEmpty()
                    || certifiedOn.isEmpty() || !certifiedOn.get().isAfter(born.certifiedOnOrBefore().get()));
        }
        return true;
    }

    /**
     * The latest birth date of someone aged {@code age} or more on {@code referenceDate} by the
     * birthday-eve rule: ages only grow the earlier one was born, so the answer is found by
     * stepping back from a few days after the calendar guess (29 February and month ends move it
     * by a day or two), never by restating the rule.
     */
    private static LocalDate latestBirthDate(int age, LocalDate referenceDate) {
        LocalDate candidate = referenceDate.plusDays(1).minusYears(age).plusDays(3);
        if (candidate.isAfter(referenceDate)) {
            candidate = referenceDate;
        }
        while (Ages.ageOn(candidate, referenceDate) < age) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }
}
