package jp.kenpo.kennin.domain.survey;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.Ages;

/**
 * Which dependents a survey year asks about: the insurer's choice (施行規則 第50条 leaves it to
 * them). Everyone; only those a pre-screening flagged (マイナンバー情報連携); or those aged N or
 * more on the reference date, optionally leaving out people certified after a cut-off because
 * their documents were checked recently.
 */
public sealed interface SurveyScope permits SurveyScope.AllDependents, SurveyScope.Listed, SurveyScope.AgedAtLeast {
    /** Whether {@code dependent} is surveyed in a year whose ages count on {@code referenceDate}. */
    boolean includes(Dependent dependent, LocalDate referenceDate);

    /**
     * Why {@code dependent} is not surveyed, as a message key for staff screens, or empty when they
     * are. A dependent left out of a pre-screened list was cleared by the マイナンバー information
     * lookup: 対象外 (照会で確認済み).
     */
    default Optional<String> exclusion(Dependent dependent, LocalDate referenceDate) {
        if (includes(dependent, referenceDate)) {
            return Optional.empty();
        }
        return Optional.of(this instanceof Listed ? "survey.scope.excluded.listed" : "survey.scope.excluded.ageOrCertification");
    }

    static SurveyScope all() {
        return new AllDependents();
    }

    static SurveyScope listed(Set<DependentId> ids) {
        return new Listed(ids);
    }

    static AgedAtLeast agedAtLeast(int age) {
        return new AgedAtLeast(age, Optional.empty());
    }

    record AllDependents() implements SurveyScope {
        @Override
        public boolean includes(Dependent dependent, LocalDate referenceDate) {
            return true;
        }
    }

    /** Exactly these dependents. An empty list would be a survey of nobody: a mistake, refused. */
    record Listed(Set<DependentId> ids) implements SurveyScope {
        public Listed {
            if (ids == null || ids.isEmpty()) {
                throw new InvalidValueException("survey.scope.listEmpty");
            }
            ids = Set.copyOf(ids);
        }

        @Override
        public boolean includes(Dependent dependent, LocalDate referenceDate) {
            return ids.contains(dependent.id());
        }
    }

    /**
     * Aged {@code age} or more on the reference date by the birthday-eve rule ({@link Ages}).
     * A dependent without a recorded 認定日 counts as certified before any cut-off: such
     * records are the old ones, and leaving them out would silently skip people.
     */
    record AgedAtLeast(int age, Optional<LocalDate> certifiedOnOrBefore) implements SurveyScope {
        public static final int MAX_AGE = 120;

        public AgedAtLeast {
            Objects.requireNonNull(certifiedOnOrBefore);
            if (age < 0 || age > MAX_AGE) {
                throw new InvalidValueException("survey.scope.age.invalid");
            }
        }

        /** The same age limit, leaving out dependents certified after {@code cutOff}. */
        public AgedAtLeast certifiedOnOrBefore(LocalDate cutOff) {
            return new AgedAtLeast(age, Optional.of(cutOff));
        }

        @Override
        public boolean includes(Dependent dependent, LocalDate referenceDate) {
            if (dependent.birthDate().isAfter(referenceDate) || Ages.ageOn(dependent.birthDate(), referenceDate) < age) {
                return false;
            }
            return certifiedOnOrBefore.isEmpty() || dependent.certifiedOn().isEmpty()
                    || !dependent.certifiedOn().get().isAfter(certifiedOnOrBefore.get());
        }
    }
}
