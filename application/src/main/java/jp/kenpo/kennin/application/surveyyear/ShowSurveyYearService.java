package jp.kenpo.kennin.application.surveyyear;

import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class ShowSurveyYearService implements ShowSurveyYearUseCase {
    private final LoadInsurerPort insurers;
    private final SurveyYearPort surveyYears;

    public ShowSurveyYearService(LoadInsurerPort insurers, SurveyYearPort surveyYears) {
        this.insurers = insurers;
        this.surveyYears = surveyYears;
    }

    @Override
    public SurveyYearView showSurveyYear(SignedInStaff actor) {
        StaffMayNot.check(actor, StaffPermission.MANAGE_SURVEY_YEARS);
        Insurer insurer = insurers.loadInsurer(actor.insurerCode())
                .orElseThrow(() -> new IllegalStateException("the signed-in staff member's insurer is missing"));
        return new SurveyYearView(insurer.currentFiscalYear(),
                surveyYears.loadSurveyYear(insurer.code(), insurer.currentFiscalYear()));
    }
}
