package jp.kenpo.kennin.adapters.web;

import java.util.Objects;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase;
import jp.kenpo.kennin.application.survey.ShowSurveyFormUseCase;
import jp.kenpo.kennin.application.account.ConfirmEmailChangeUseCase;
import jp.kenpo.kennin.application.account.RemindUserIdUseCase;
import jp.kenpo.kennin.application.account.RequestEmailChangeUseCase;
import jp.kenpo.kennin.application.account.RequestPasswordResetUseCase;
import jp.kenpo.kennin.application.account.ResetPasswordUseCase;
import jp.kenpo.kennin.application.home.DownloadNoticeAttachmentUseCase;
import jp.kenpo.kennin.application.home.ShowMainScreenUseCase;
import jp.kenpo.kennin.application.login.AcceptTermsUseCase;
import jp.kenpo.kennin.application.login.LogInUseCase;
import jp.kenpo.kennin.application.login.LogOutUseCase;
import jp.kenpo.kennin.application.login.ShowTermsUseCase;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase;

/** Every in-port the member-facing site calls; the bootstrap fills it with the services. */
public record WebUseCases(
        IdentifyMemberUseCase identifyMember,
        ChooseCredentialsUseCase chooseCredentials,
        ConfirmRegistrationUseCase confirmRegistration,
        ResendRegistrationCodeUseCase resendRegistrationCode,
        LogInUseCase logIn,
        LogOutUseCase logOut,
        ShowTermsUseCase showTerms,
        AcceptTermsUseCase acceptTerms,
        ShowMainScreenUseCase showMainScreen,
        DownloadNoticeAttachmentUseCase downloadNoticeAttachment,
        RequestEmailChangeUseCase requestEmailChange,
        ConfirmEmailChangeUseCase confirmEmailChange,
        RequestPasswordResetUseCase requestPasswordReset,
        ResetPasswordUseCase resetPassword,
        RemindUserIdUseCase remindUserId,
        // The survey form (issue 4).
        ListSurveyDependentsUseCase listSurveyDependents,
        ShowSurveyFormUseCase showSurveyForm,
        SaveSurveyAnswersUseCase saveSurveyAnswers,
        DeclareNoLongerEligibleUseCase declareNoLongerEligible) {

    public WebUseCases {
        Objects.requireNonNull(identifyMember, "identifyMember");
        Objects.requireNonNull(chooseCredentials, "chooseCredentials");
        Objects.requireNonNull(confirmRegistration, "confirmRegistration");
        Objects.requireNonNull(resendRegistrationCode, "resendRegistrationCode");
        Objects.requireNonNull(logIn, "logIn");
        Objects.requireNonNull(logOut, "logOut");
        Objects.requireNonNull(showTerms, "showTerms");
        Objects.requireNonNull(acceptTerms, "acceptTerms");
        Objects.requireNonNull(showMainScreen, "showMainScreen");
        Objects.requireNonNull(downloadNoticeAttachment, "downloadNoticeAttachment");
        Objects.requireNonNull(requestEmailChange, "requestEmailChange");
        Objects.requireNonNull(confirmEmailChange, "confirmEmailChange");
        Objects.requireNonNull(requestPasswordReset, "requestPasswordReset");
        Objects.requireNonNull(resetPassword, "resetPassword");
        Objects.requireNonNull(remindUserId, "remindUserId");
        Objects.requireNonNull(listSurveyDependents, "listSurveyDependents");
        Objects.requireNonNull(showSurveyForm, "showSurveyForm");
        Objects.requireNonNull(saveSurveyAnswers, "saveSurveyAnswers");
        Objects.requireNonNull(declareNoLongerEligible, "declareNoLongerEligible");
    }
}
