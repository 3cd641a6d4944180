package jp.kenpo.kennin.adapters.web.survey;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import jp.kenpo.kennin.adapters.web.support.Page;
import jp.kenpo.kennin.domain.survey.Question;

/** A stored answer as the confirmation page reads it back: the chosen option's label, yen with commas, or the text. */
public final class SurveyAnswerText {
    /** Answered by picking an option; the form and this page take labels from the same message keys. */
    static final Set<Question> CHOICES = EnumSet.of(Question.LIVING, Question.RESIDENCE, Question.SITUATION,
            Question.UNEMPLOYMENT_BENEFIT, Question.EMPLOYMENT_CHANGED, Question.OTHER_HEALTH_INSURANCE, Question.DISABLED);

    private SurveyAnswerText() {
    }

    public static String of(Page page, Question q, String raw) {
        if (CHOICES.contains(q)) {
            return page.t("survey.question." + q.name() + "." + raw);
        }
        if (q == Question.PARENT_SUPPORT_REASON) {
            return raw;
        }
        try {
            return page.t("format.yen", String.format(Locale.ROOT, "%,d", Long.parseLong(raw)));
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
