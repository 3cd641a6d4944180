package jp.kenpo.kennin.application.insureradmin;

import java.util.Optional;
import jp.kenpo.kennin.application.insurer.LoadInsurerOverridesPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.application.insurer.TermsPort;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class ShowInsurerSettingsService implements ShowInsurerSettingsUseCase {
    private final LoadInsurerPort insurers;
    private final LoadInsurerOverridesPort overrides;
    private final TermsPort terms;
    private final SurveyYearPort surveyYears;

    public ShowInsurerSettingsService(LoadInsurerPort insurers, LoadInsurerOverridesPort overrides, TermsPort terms,
                                      SurveyYearPort surveyYears) {
        this.insurers = insurers;
        this.overrides = overrides;
        this.terms = terms;
        this.surveyYears = surveyYears;
    }

    @Override
    public Optional<InsurerSettingsView> showInsurerSettings(SignedInStaff actor) {
        StaffMayNot.check(actor, StaffPermission.MANAGE_SETTINGS);
        return insurers.loadInsurer(actor.insurerCode()).map(insurer -> new InsurerSettingsView(insurer,
                CredentialPolicyChoice.of(insurer.credentialPolicy()), overrides.overridesOf(insurer.code()),
                terms.currentTerms(insurer.code()), surveyYears.loadSurveyYear(insurer.code(), insurer.currentFiscalYear())));
    }
}
