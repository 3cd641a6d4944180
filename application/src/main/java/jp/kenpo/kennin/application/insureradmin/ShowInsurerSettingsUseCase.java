package jp.kenpo.kennin.application.insureradmin;

import java.util.Optional;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.eligibility.InsurerOverrides;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import jp.kenpo.kennin.domain.terms.TermsOfUse;

/** The signed-in 管理者's insurer as set up now (MANAGE_SETTINGS): what the settings form starts from. */
public interface ShowInsurerSettingsUseCase {
    Optional<InsurerSettingsView> showInsurerSettings(SignedInStaff actor);

    /**
     * @param policyChoice empty when the stored policy is neither of the choices (set up otherwise)
     * @param terms        the version members accept now, if any was published
     * @param surveyYear   the survey of the insurer's current year, if opened
     */
    record InsurerSettingsView(Insurer insurer, Optional<CredentialPolicyChoice> policyChoice, InsurerOverrides overrides,
                               Optional<TermsOfUse> terms, Optional<SurveyYear> surveyYear) {
    }
}
