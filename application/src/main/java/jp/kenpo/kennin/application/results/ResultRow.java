package jp.kenpo.kennin.application.results;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.review.RemovalReason;

/**
 * One dependent of the survey year's scope as the core system receives it: the card (記号・番号・
 * 被扶養者番号), the person as the insurer's records hold them, and the decision with who made it.
 *
 * @param relationship the 続柄 as the insurer's roster states it (妻, 長男, ...)
 * @param lossDate     only for a final removal
 * @param reason       only for a final removal
 * @param decidedBy    display name of the reviewer who decided, when decided
 * @param approvedBy   display name of the second reviewer, when the four-eyes rule asked for one and they approved
 * @param decidedAt    when the reviewer decided (a four-eyes approval comes later and is the approver's)
 */
public record ResultRow(String symbol, String number, String dependentNumber, String name, String nameKana,
                        LocalDate birthDate, String relationship, ResultDecision decision, Optional<LocalDate> lossDate,
                        Optional<RemovalReason> reason, Optional<String> decidedBy, Optional<String> approvedBy,
                        Optional<Instant> decidedAt) {
    public ResultRow {
        Objects.requireNonNull(symbol);
        Objects.requireNonNull(number);
        Objects.requireNonNull(dependentNumber);
        Objects.requireNonNull(name);
        Objects.requireNonNull(nameKana);
        Objects.requireNonNull(birthDate);
        Objects.requireNonNull(relationship);
        Objects.requireNonNull(decision);
        Objects.requireNonNull(lossDate);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(decidedBy);
        Objects.requireNonNull(approvedBy);
        Objects.requireNonNull(decidedAt);
        if (decision != ResultDecision.REMOVED && (lossDate.isPresent() || reason.isPresent())) {
            throw new IllegalArgumentException("loss date and reason belong to a final removal only");
        }
    }
}
