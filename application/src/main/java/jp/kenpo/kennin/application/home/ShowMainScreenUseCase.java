package jp.kenpo.kennin.application.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependents;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.notice.Notice;

/** メイン画面 of a logged-in member. Viewing it is written to the audit log (it shows personal data). */
public interface ShowMainScreenUseCase {
    Optional<MainScreen> showMainScreen(AccountId account, ClientAddress client);

    /**
     * @param survey   empty when the insurer has not opened a survey for the current year
     * @param progress the member's dependents in the survey and where each stands (what
     *                 {@link ListSurveyDependentsUseCase} answers), read with the rest of the screen so a
     *                 page view does not load the account, member and survey year twice
     */
    record MainScreen(String memberName, String memberNameKana, String insurerName, String maskedEmail,
                      Optional<SurveySummary> survey, List<Notice> notices, InsurerContact contact, boolean mustAcceptTerms,
                      SurveyDependents progress) {
        public MainScreen {
            Objects.requireNonNull(progress);
        }

        /** A screen without an open survey's list (nobody to answer for). */
        public MainScreen(String memberName, String memberNameKana, String insurerName, String maskedEmail,
                          Optional<SurveySummary> survey, List<Notice> notices, InsurerContact contact, boolean mustAcceptTerms) {
            this(memberName, memberNameKana, insurerName, maskedEmail, survey, notices, contact, mustAcceptTerms,
                    SurveyDependents.noSurvey());
        }

        public MainScreen withProgress(SurveyDependents newProgress) {
            return new MainScreen(memberName, memberNameKana, insurerName, maskedEmail, survey, notices, contact,
                    mustAcceptTerms, newProgress);
        }
    }

    /** @param daysLeft days from today (JST) to the deadline day; negative once it is past */
    record SurveySummary(String title, LocalDate deadline, long daysLeft, boolean deadlinePassed) {
    }
}
