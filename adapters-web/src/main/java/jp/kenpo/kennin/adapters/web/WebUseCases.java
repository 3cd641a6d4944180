package jp.kenpo.kennin.adapters.web;

import jp.kenpo.kennin.application.account.ChooseLanguageUseCase;
import java.util.Objects;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase;
import jp.kenpo.kennin.application.survey.DeleteSurveyDocumentUseCase;
import jp.kenpo.kennin.application.survey.DownloadSubmissionReceiptUseCase;
import jp.kenpo.kennin.application.survey.ShowSurveyConfirmationUseCase;
import jp.kenpo.kennin.application.survey.ShowSurveyDocumentsUseCase;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase;
import jp.kenpo.kennin.application.survey.ViewSurveyDocumentUseCase;
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
        // The survey form.
        ListSurveyDependentsUseCase listSurveyDependents,
        ShowSurveyFormUseCase showSurveyForm,
        SaveSurveyAnswersUseCase saveSurveyAnswers,
        DeclareNoLongerEligibleUseCase declareNoLongerEligible,
        // Proof documents and submission.
        ShowSurveyDocumentsUseCase showSurveyDocuments,
        UploadSurveyDocumentUseCase uploadSurveyDocument,
        ViewSurveyDocumentUseCase viewSurveyDocument,
        DeleteSurveyDocumentUseCase deleteSurveyDocument,
        ShowSurveyConfirmationUseCase showSurveyConfirmation,
        SubmitSurveyUseCase submitSurvey,
        DownloadSubmissionReceiptUseCase downloadSubmissionReceipt,
        // --- english --- the language switch of a logged-in member
        ChooseLanguageUseCase chooseLanguage) {

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
        Objects.requireNonNull(showSurveyDocuments, "showSurveyDocuments");
        Objects.requireNonNull(uploadSurveyDocument, "uploadSurveyDocument");
        Objects.requireNonNull(viewSurveyDocument, "viewSurveyDocument");
        Objects.requireNonNull(deleteSurveyDocument, "deleteSurveyDocument");
        Objects.requireNonNull(showSurveyConfirmation, "showSurveyConfirmation");
        Objects.requireNonNull(submitSurvey, "submitSurvey");
        Objects.requireNonNull(downloadSubmissionReceipt, "downloadSubmissionReceipt");
        Objects.requireNonNull(chooseLanguage, "chooseLanguage");
    }
}
