package jp.kenpo.kennin.adapters.web.survey;

import java.util.Arrays;
import java.util.List;
import jp.kenpo.kennin.adapters.web.support.WebSession;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.survey.Question;

/**
 * The questions a save made required, kept in the session from the post to the page it redirects to
 * (the step or the one-page form), which names them once.
 */
final class NewlyRequired {
    private static final String KEY = "survey.step.newly.";

    private NewlyRequired() {
    }

    static void keep(WebSession session, DependentId dependent, List<Question> questions) {
        if (questions.isEmpty()) {
            session.remove(KEY + dependent.value());
        } else {
            session.put(KEY + dependent.value(), String.join(",", questions.stream().map(Enum::name).toList()));
        }
    }

    /** The questions kept for this dependent, once: taking them forgets them. */
    static List<Question> take(WebSession session, DependentId dependent) {
        List<Question> questions = session.get(KEY + dependent.value())
                .map(names -> Arrays.stream(names.split(",")).flatMap(n -> Arrays.stream(Question.values()).filter(q -> q.name().equals(n)))
                        .toList())
                .orElse(List.of());
        session.remove(KEY + dependent.value());
        return questions;
    }
}
