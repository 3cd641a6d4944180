package jp.kenpo.kennin.application.letters;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/**
 * A run of letters as stored: what was chosen, by whom and when, and how far it got.
 *
 * @param letters  how many letters the PDF holds, once DONE
 * @param fileName the PDF under the letters directory, once DONE
 * @param failure  why the run gave up, once FAILED
 */
public record LetterBatch(long id, InsurerCode insurer, int fiscalYear, LetterSelection selection, State state,
                          Optional<Integer> letters, Optional<String> fileName, Optional<LetterFailure> failure,
                          Optional<Long> requestedBy, Instant requestedAt, Optional<Instant> finishedAt) {
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    public LetterBatch {
        Objects.requireNonNull(insurer);
        Objects.requireNonNull(selection);
        Objects.requireNonNull(state);
        Objects.requireNonNull(letters);
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(failure);
        Objects.requireNonNull(requestedBy);
        Objects.requireNonNull(requestedAt);
        Objects.requireNonNull(finishedAt);
    }
}
