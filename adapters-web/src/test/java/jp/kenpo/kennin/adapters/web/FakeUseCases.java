package jp.kenpo.kennin.adapters.web;

import jp.kenpo.kennin.application.account.ChooseLanguageUseCase.ChooseLanguageCommand;
import jp.kenpo.kennin.application.account.ChooseLanguageUseCase.ChooseLanguageResult;
import jp.kenpo.kennin.domain.account.Language;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.survey.DeleteSurveyDocumentUseCase.DeleteSurveyDocumentResult;
import jp.kenpo.kennin.application.survey.ShowSurveyConfirmationUseCase.SurveyConfirmation;
import jp.kenpo.kennin.application.survey.ShowSurveyDocumentsUseCase.SurveyDocuments;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.SubmitSurveyResult;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentCommand;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentResult;
import jp.kenpo.kennin.application.survey.ViewSurveyDocumentUseCase.DocumentDownload;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase.DeclareNoLongerEligibleCommand;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase.DeclareNoLongerEligibleResult;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependents;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersCommand;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersResult;
import jp.kenpo.kennin.application.survey.ShowSurveyFormUseCase.SurveyForm;
import jp.kenpo.kennin.domain.dependent.DependentId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.account.ConfirmEmailChangeUseCase.ConfirmEmailChangeCommand;
import jp.kenpo.kennin.application.account.ConfirmEmailChangeUseCase.ConfirmEmailChangeResult;
import jp.kenpo.kennin.application.account.RemindUserIdUseCase.RemindUserIdCommand;
import jp.kenpo.kennin.application.account.RemindUserIdUseCase.RemindUserIdResult;
import jp.kenpo.kennin.application.account.RequestEmailChangeUseCase.RequestEmailChangeCommand;
import jp.kenpo.kennin.application.account.RequestEmailChangeUseCase.RequestEmailChangeResult;
import jp.kenpo.kennin.application.account.RequestPasswordResetUseCase.RequestPasswordResetCommand;
import jp.kenpo.kennin.application.account.RequestPasswordResetUseCase.RequestPasswordResetResult;
import jp.kenpo.kennin.application.account.ResetPasswordUseCase;
import jp.kenpo.kennin.application.account.ResetPasswordUseCase.ResetPasswordCommand;
import jp.kenpo.kennin.application.account.ResetPasswordUseCase.ResetPasswordResult;
import jp.kenpo.kennin.application.home.ShowMainScreenUseCase.MainScreen;
import jp.kenpo.kennin.application.home.ShowMainScreenUseCase.SurveySummary;
import jp.kenpo.kennin.application.insurer.NoticePort.AttachmentContent;
import jp.kenpo.kennin.application.login.AcceptTermsUseCase.AcceptTermsCommand;
import jp.kenpo.kennin.application.login.AcceptTermsUseCase.AcceptTermsResult;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInCommand;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsCommand;
import jp.kenpo.kennin.application.registration.ChooseCredentialsUseCase.ChooseCredentialsResult;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationCommand;
import jp.kenpo.kennin.application.registration.ConfirmRegistrationUseCase.ConfirmRegistrationResult;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberCommand;
import jp.kenpo.kennin.application.registration.IdentifyMemberUseCase.IdentifyMemberResult;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase.ResendCodeResult;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase.ResendRegistrationCodeCommand;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.notice.Notice;
import jp.kenpo.kennin.domain.notice.Notice.NoticeAttachmentInfo;
import jp.kenpo.kennin.domain.terms.TermsOfUse;

/**
 * Every use case the site calls, answering with whatever a test sets and remembering every call.
 * Plain fields instead of a mocking library: a test reads like the scenario it checks.
 */
final class FakeUseCases {
    static final AccountId ACCOUNT = new AccountId(42);
    static final MemberId MEMBER = new MemberId(7);

    IdentifyMemberResult identify = new IdentifyMemberResult.Identified(MEMBER, "demo", "ta※※※@example.jp",
            CredentialPolicy.manualDefault());
    ChooseCredentialsResult choose = new ChooseCredentialsResult.CodeSent("ta※※※@example.jp", "kenpo-noreply@example.jp", 10);
    ConfirmRegistrationResult confirm = new ConfirmRegistrationResult.Registered("taro.kenpo");
    ResendCodeResult resend = new ResendCodeResult.Resent("ta※※※@example.jp");
    LogInResult logIn = new LogInResult.LoggedIn(ACCOUNT, false);
    /** When set, every use case throws it (after recording the call). */
    RuntimeException failure;
    Optional<TermsOfUse> terms = Optional.of(new TermsOfUse(InsurerCode.parse("demo"), 3, "第1条 目的\n第2条 <b>定義</b>", java.time.Instant.EPOCH));
    AcceptTermsResult acceptTerms = new AcceptTermsResult.Accepted();
    Optional<MainScreen> mainScreen = Optional.of(mainScreen("健保 太郎"));
    Map<Long, AttachmentContent> attachments = new HashMap<>();
    RequestEmailChangeResult requestEmailChange = new RequestEmailChangeResult.CodeSent("ne※※※@example.jp");
    ConfirmEmailChangeResult confirmEmailChange = new ConfirmEmailChangeResult.Changed("ne※※※@example.jp");
    RequestPasswordResetResult requestPasswordReset = new RequestPasswordResetResult.Accepted();
    String validResetToken = "good-token";
    /** The password rules of the member whose reset link is {@link #validResetToken}. */
    CredentialPolicy resetPolicy = CredentialPolicy.manualDefault();
    ResetPasswordResult resetPassword = new ResetPasswordResult.PasswordChanged(ACCOUNT);
    RemindUserIdResult remindUserId = new RemindUserIdResult.Accepted();
    SurveyDependents surveyDependents = SurveyDependents.noSurvey();
    /** The forms this account may see; any other dependent is not found, as for another member's. */
    Map<DependentId, SurveyForm> surveyForms = new HashMap<>();
    SaveSurveyAnswersResult saveSurveyAnswers = new SaveSurveyAnswersResult.Saved(Map.of());
    DeclareNoLongerEligibleResult declareNoLongerEligible = new DeclareNoLongerEligibleResult.Declared();
    public SurveyDocuments surveyDocuments;
    // --- objectstore --- what viewing a document throws instead of finding nothing (a purged file)
    public RuntimeException viewSurveyDocumentThrows;
    public UploadSurveyDocumentResult uploadSurveyDocument;
    public DeleteSurveyDocumentResult deleteSurveyDocument;
    public SurveyConfirmation surveyConfirmation;
    public SubmitSurveyResult submitSurvey;
    // --- receipt --- the PDF copy the use case returns: none (404) unless a test sets one
    public Optional<jp.kenpo.kennin.application.survey.DownloadSubmissionReceiptUseCase.ReceiptDownload> receiptDownload =
            Optional.empty();
    /** The languages accounts chose (ChooseLanguageUseCase), as the account table keeps them. */
    final Map<AccountId, Language> accountLanguages = new HashMap<>();

    /** Every command or call received, in order, as the use case saw it. */
    final List<Object> calls = new ArrayList<>();

    static MainScreen mainScreen(String memberName) {
        Notice notice = new Notice(5, "操作マニュアルのご案内", "マニュアルを掲載しました。\n2行目", LocalDate.of(2025, 7, 1),
                List.of(new NoticeAttachmentInfo(11, "操作マニュアル.pdf", "application/pdf", 2048)));
        SurveySummary survey = new SurveySummary("2025年度 被扶養者資格確認調査", LocalDate.of(2025, 9, 9), 12, false);
        InsurerContact contact = new InsurerContact("0120-000-000", "平日10時～17時", "help@example.jp",
                "https://kenpo.example.jp/faq");
        return new MainScreen(memberName, "ケンポ タロウ", "デモ健康保険組合", "ta※※※@example.jp", Optional.of(survey),
                List.of(notice), contact, false);
    }

    <T> List<T> callsOf(Class<T> type) {
        return calls.stream().filter(type::isInstance).map(type::cast).toList();
    }

    WebUseCases useCases() {
        return new WebUseCases(
                (IdentifyMemberCommand c) -> record(c, identify),
                (ChooseCredentialsCommand c) -> record(c, choose),
                (ConfirmRegistrationCommand c) -> record(c, confirm),
                (ResendRegistrationCodeCommand c) -> record(c, resend),
                (LogInCommand c) -> record(c, withAccountLanguage(logIn)),
                (AccountId account, ClientAddress client) -> calls.add(new LoggedOut(account, client)),
                account -> record(new TermsShown(account), terms),
                (AcceptTermsCommand c) -> record(c, acceptTerms),
                (account, client) -> record(new MainScreenShown(account, client),
                        mainScreen.map(screen -> screen.withProgress(surveyDependents))),
                (account, id, client) -> record(new Downloaded(account, id), Optional.ofNullable(attachments.get(id))),
                (RequestEmailChangeCommand c) -> record(c, requestEmailChange),
                (ConfirmEmailChangeCommand c) -> record(c, confirmEmailChange),
                (RequestPasswordResetCommand c) -> record(c, requestPasswordReset),
                new ResetPasswordUseCase() {
                    @Override
                    public Optional<CredentialPolicy> checkResetLink(String token) {
                        return record(new ResetTokenChecked(token),
                                validResetToken.equals(token) ? Optional.of(resetPolicy) : Optional.empty());
                    }

                    @Override
                    public ResetPasswordResult resetPassword(ResetPasswordCommand command) {
                        return record(command, resetPassword);
                    }
                },
                (RemindUserIdCommand c) -> record(c, remindUserId),
                account -> record(new SurveyDependentsListed(account), surveyDependents),
                (account, dependent, client) -> record(new SurveyFormShown(account, dependent),
                        Optional.ofNullable(surveyForms.get(dependent))),
                (SaveSurveyAnswersCommand c) -> record(c, saveSurveyAnswers),
                (DeclareNoLongerEligibleCommand c) -> record(c, c.confirmed() || !(declareNoLongerEligible instanceof DeclareNoLongerEligibleResult.Declared)
                        ? declareNoLongerEligible
                        : new DeclareNoLongerEligibleResult.ToConfirm(jp.kenpo.kennin.domain.text.DateInput.parse(c.since()).orElseThrow(),
                                jp.kenpo.kennin.domain.survey.LossReason.valueOf(c.reason()))),
                (account, dependent, client) -> record(new SurveyDocumentsShown(account, dependent),
                        Optional.ofNullable(surveyDocuments)),
                (UploadSurveyDocumentCommand c) -> record(c, uploadSurveyDocument),
                (account, document, client) -> {
                    if (viewSurveyDocumentThrows != null) {
                        throw viewSurveyDocumentThrows;
                    }
                    return record(new DocumentViewed(account, document), Optional.<DocumentDownload>empty());
                },
                (account, document, client) -> record(new DocumentDeleted(account, document), deleteSurveyDocument),
                (account, client) -> record(new ConfirmationShown(account), Optional.ofNullable(surveyConfirmation)),
                (account, client) -> record(new SurveySubmitted(account), submitSurvey),
                (jp.kenpo.kennin.application.survey.DownloadSubmissionReceiptUseCase.DownloadSubmissionReceiptCommand c) ->
                        record(c, receiptDownload),
                (ChooseLanguageCommand c) -> {
                    accountLanguages.put(c.account(), c.language());
                    return record(c, new ChooseLanguageResult.Chosen(c.language()));
                });
    }

    /** Like the real login: the language kept on the account comes back with it. */
    private LogInResult withAccountLanguage(LogInResult result) {
        if (result instanceof LogInResult.LoggedIn in && accountLanguages.containsKey(in.account())) {
            return new LogInResult.LoggedIn(in.account(), in.mustAcceptTerms(), Optional.of(accountLanguages.get(in.account())));
        }
        return result;
    }

    /** A result left null makes the use case fail, as a broken service would. */
    private <R> R record(Object call, R result) {
        calls.add(call);
        if (failure != null) {
            throw failure;
        }
        if (result == null) {
            throw new IllegalStateException("the fake was given no answer for " + call.getClass().getSimpleName());
        }
        return result;
    }

    record LoggedOut(AccountId account, ClientAddress client) {
    }

    record SurveyDocumentsShown(AccountId account, DependentId dependent) {
    }

    record DocumentViewed(AccountId account, StoredDocument.Id document) {
    }

    record DocumentDeleted(AccountId account, StoredDocument.Id document) {
    }

    record ConfirmationShown(AccountId account) {
    }

    record SurveySubmitted(AccountId account) {
    }

    record TermsShown(AccountId account) {
    }

    record MainScreenShown(AccountId account, ClientAddress client) {
    }

    record Downloaded(AccountId account, long attachmentId) {
    }

    record ResetTokenChecked(String token) {
    }

    record SurveyDependentsListed(AccountId account) {
    }

    record SurveyFormShown(AccountId account, DependentId dependent) {
    }
}
