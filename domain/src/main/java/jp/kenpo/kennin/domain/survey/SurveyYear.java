package jp.kenpo.kennin.domain.survey;

import java.time.LocalDate;
import java.util.Objects;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/** 調査年度: one insurer's survey for one fiscal year. */
public record SurveyYear(InsurerCode insurer, int fiscalYear, String title, LocalDate opensOn, SurveyDeadline deadline) {
    public SurveyYear {
        Objects.requireNonNull(insurer);
        Objects.requireNonNull(opensOn);
        Objects.requireNonNull(deadline);
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new InvalidValueException("survey.title.invalid");
        }
        if (deadline.day().isBefore(opensOn)) {
            throw new InvalidValueException("survey.deadline.beforeOpening");
        }
    }
}
