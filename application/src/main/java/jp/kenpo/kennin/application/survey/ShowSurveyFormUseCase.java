package jp.kenpo.kennin.application.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.Judgement;
import jp.kenpo.kennin.domain.survey.NoLongerEligible;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyAnswers;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import jp.kenpo.kennin.domain.survey.YenAmount;

/** One dependent's survey form as the member left it. Viewing it is audited: it shows personal data. */
public interface ShowSurveyFormUseCase {
    /** Empty when the dependent is not one this account must answer for (another member's included). */
    Optional<SurveyForm> showSurveyForm(AccountId account, DependentId dependent, ClientAddress client);

    /**
     * @param applicable the questions to show, given the answers so far
     * @param missing    applicable questions still unanswered; the judgement waits for none
     * @param judgement  the preliminary judgement (見込み) with its reasons and required documents,
     *                   once nothing is missing and no loss of status was declared
     * @param requirements the document checklist with what was uploaded for each
     * @param returnReason why staff sent the response back, while it is being corrected
     * @param deadline     the last day the member may submit (the survey's, or later where staff extended it for this member)
     */
    record SurveyForm(Dependent dependent, int fiscalYear, LocalDate referenceDate, SurveyStatus status, boolean readOnly,
                      SurveyAnswers answers, Optional<YenAmount> memberIncome, Set<Question> applicable,
                      List<Question> missing, Optional<NoLongerEligible> noLongerEligible, Optional<Judgement> judgement,
                      List<DependentReview.Requirement> requirements, Optional<String> returnReason,
                      LocalDate deadline) {
    }
}
