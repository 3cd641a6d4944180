package jp.kenpo.kennin.domain.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The survey form in short steps, one topic each, ending with a check of everything ({@link #CONFIRM}).
 * Every {@link Question} belongs to exactly one answering step. A question whose need depends on
 * another answer sits on the same step as that answer or a later one (the remittance with living
 * apart, the daily amount with the benefit, the salary with the situation), so saving one step
 * never leaves an answer of an earlier step out of date. Being disabled raises the income limit,
 * so it is asked with the incomes.
 */
public enum SurveyStep {
    LIVING(List.of(Question.LIVING, Question.RESIDENCE, Question.REMITTANCE, Question.PARENT_SUPPORT_REASON)),
    INCOME(List.of(Question.SITUATION, Question.DISABLED, Question.SALARY, Question.PENSION, Question.BUSINESS_INCOME,
            Question.OTHER_INCOME, Question.MEMBER_INCOME)),
    EMPLOYMENT(List.of(Question.EMPLOYMENT_CHANGED, Question.UNEMPLOYMENT_BENEFIT, Question.BENEFIT_DAILY_AMOUNT)),
    OTHER_INSURANCE(List.of(Question.OTHER_HEALTH_INSURANCE)),
    CONFIRM(List.of());

    private final List<Question> questions;

    SurveyStep(List<Question> questions) {
        this.questions = questions;
    }

    /** The questions of this step in the order they are asked; none on {@link #CONFIRM}. */
    public List<Question> questions() {
        return questions;
    }

    public boolean asks(Question q) {
        return questions.contains(q);
    }

    /** 1 for the first step, as the step indicator counts. */
    public int number() {
        return ordinal() + 1;
    }

    public static int count() {
        return values().length;
    }

    public Optional<SurveyStep> next() {
        return this == CONFIRM ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    public Optional<SurveyStep> previous() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** The step that asks this question. */
    public static SurveyStep of(Question q) {
        return Arrays.stream(values()).filter(s -> s.asks(q)).findFirst().orElseThrow();
    }

    /** A step by its path segment ({@code living}, {@code income}, ...); empty for anything else. */
    public static Optional<SurveyStep> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
    }

    /** The step's path segment: its name in lower case with hyphens. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The first answering step with one of these questions, or {@link #CONFIRM} when none is left. */
    public static SurveyStep firstWithAny(Set<Question> questions) {
        return Arrays.stream(values()).filter(s -> s.questions.stream().anyMatch(questions::contains)).findFirst()
                .orElse(CONFIRM);
    }
}
