package jp.kenpo.kennin.domain.survey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * One submission (提出) of a member's survey: the responses it handed to staff, under one receipt
 * number. A member who corrects returned responses submits again and gets a new receipt.
 */
public record SurveySubmission(ReceiptNumber receipt, InsurerCode insurer, int fiscalYear, MemberId member,
                               Instant submittedAt, List<DependentId> dependents) {
    public SurveySubmission {
        Objects.requireNonNull(receipt);
        Objects.requireNonNull(insurer);
        Objects.requireNonNull(member);
        Objects.requireNonNull(submittedAt);
        dependents = List.copyOf(dependents);
        if (dependents.isEmpty()) {
            throw new InvalidValueException("survey.submission.empty");
        }
    }
}
