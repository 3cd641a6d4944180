package jp.kenpo.kennin.domain.survey;

import java.time.LocalDate;
import java.util.Objects;
import jp.kenpo.kennin.domain.InvalidValueException;

/**
 * The member's declaration that a dependent has lost (or will lose) dependent status, instead of
 * answering the survey: the insurer then needs the 資格喪失 procedure, not documents.
 *
 * @param since the day status ends (資格喪失日 as the member understands it; staff fix the exact day)
 */
public record NoLongerEligible(LocalDate since, LossReason reason) {
    /** Declarations are about this year's facts; a day further ahead is a typing slip. */
    private static final int MAX_MONTHS_AHEAD = 12;

    public NoLongerEligible {
        Objects.requireNonNull(since);
        Objects.requireNonNull(reason);
    }

    /**
     * @throws InvalidValueException {@code survey.loss.beforeBirth} or {@code survey.loss.tooFarAhead}
     */
    public static NoLongerEligible declare(LocalDate since, LossReason reason, LocalDate birthDate, LocalDate today) {
        if (since.isBefore(birthDate)) {
            throw new InvalidValueException("survey.loss.beforeBirth");
        }
        if (since.isAfter(today.plusMonths(MAX_MONTHS_AHEAD))) {
            throw new InvalidValueException("survey.loss.tooFarAhead");
        }
        return new NoLongerEligible(since, reason);
    }
}
