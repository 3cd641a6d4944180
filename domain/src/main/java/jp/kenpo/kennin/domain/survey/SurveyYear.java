package jp.kenpo.kennin.domain.survey;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.eligibility.RuleSet;
import jp.kenpo.kennin.domain.eligibility.RuleSets;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/**
 * 調査年度: one insurer's survey for one fiscal year.
 *
 * @param referenceDate 基準日: ages for the scope are counted on it, and the eligibility rules in
 *                      force on it judge the answers, so one survey never mixes two rule versions
 * @param scope         which dependents are asked about
 */
public record SurveyYear(InsurerCode insurer, int fiscalYear, String title, LocalDate opensOn, SurveyDeadline deadline,
                         LocalDate referenceDate, SurveyScope scope) {
    public SurveyYear {
        Objects.requireNonNull(insurer);
        Objects.requireNonNull(opensOn);
        Objects.requireNonNull(deadline);
        Objects.requireNonNull(referenceDate);
        Objects.requireNonNull(scope);
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new InvalidValueException("survey.title.invalid");
        }
        if (deadline.day().isBefore(opensOn)) {
            throw new InvalidValueException("survey.deadline.beforeOpening");
        }
    }

    /** A survey of every dependent with ages counted on the opening day, as surveys were before scopes existed. */
    public SurveyYear(InsurerCode insurer, int fiscalYear, String title, LocalDate opensOn, SurveyDeadline deadline) {
        this(insurer, fiscalYear, title, opensOn, deadline, opensOn, SurveyScope.all());
    }

    /**
     * The deadline that holds for one member: staff may extend it for a member (never shorten it),
     * so an extension before the survey's own deadline changes nothing.
     */
    public SurveyDeadline deadlineFor(Optional<SurveyDeadline> extension) {
        return extension.filter(e -> e.day().isAfter(deadline.day())).orElse(deadline);
    }

    /** The version of the rules that judges this year's answers. */
    public RuleSet rulesInForce(RuleSets versions) {
        return versions.inForceOn(referenceDate);
    }
}
