package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.domain.eligibility.IncomeCertificateYear;
import jp.kenpo.kennin.application.account.RequestEmailChangeUseCase.RequestEmailChangeResult;
import jp.kenpo.kennin.application.login.LogInUseCase.LogInResult;
import jp.kenpo.kennin.application.survey.DependentReview;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependent;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependents;
import jp.kenpo.kennin.application.survey.ShowSurveyConfirmationUseCase.SurveyConfirmation;
import jp.kenpo.kennin.application.survey.ShowSurveyDocumentsUseCase.SurveyDocuments;
import jp.kenpo.kennin.application.survey.ShowSurveyFormUseCase.SurveyForm;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.SubmitSurveyResult;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.ConfirmationMail;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.eligibility.Judgement;
import jp.kenpo.kennin.domain.eligibility.Reason;
import jp.kenpo.kennin.domain.eligibility.RequiredDocument;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.ReceiptNumber;
import jp.kenpo.kennin.domain.survey.SurveyAnswers;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import jp.kenpo.kennin.domain.survey.SurveySubmission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Walks every page template of the members' site in each language, the way a member reaches it,
 * and fails when a page shows a message key instead of its text (what {@code Messages.text} gives
 * back for a key its bundle lacks), or is not marked as written in the language it was asked in.
 */
class EveryMemberPageHasItsTextsInBothLanguagesTest extends WebAppFixture {
    private static final Dependent SON = new Dependent(new DependentId(31), FakeUseCases.MEMBER, DependentNumber.parse("2"),
            new PersonName("健保 一郎", "ケンポ イチロウ"), LocalDate.of(2005, 6, 1), StatedRelationship.parse("長男"), Sex.MALE,
            Cohabitation.APART, Optional.empty());
    private static final InsurerCode DEMO = InsurerCode.parse("demo");
    private static final SurveySubmission SUBMISSION = new SurveySubmission(new ReceiptNumber("2025-7KQ3-M9XD"), DEMO, 2025,
            FakeUseCases.MEMBER, Instant.parse("2025-08-29T01:00:00Z"), List.of(SON.id()));
    /** A dotted word starting like a key of the bundles ("survey.loss.reason.X"), outside markup. */
    private static final Pattern KEY_LIKE = Pattern.compile("(?<![\\w@./:-])([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)(?![\\w@/-])");
    private static final Pattern TAG = Pattern.compile("<(script|style)[^>]*>.*?</\\1>|<!--.*?-->|<[^>]*>", Pattern.DOTALL);
    private static final Pattern SHOWN_ATTRIBUTE = Pattern.compile("\\b(?:value|placeholder|aria-label|title|alt)=\"([^\"]*)\"");

    private final Map<String, String> pages = new LinkedHashMap<>();

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"ja", "en"})
    void noPageShowsAMessageKeyInPlaceOfItsText(String language) throws IOException {
        walkEveryPage(language);

        Set<String> prefixes = keyPrefixes();
        List<String> problems = new ArrayList<>();
        pages.forEach((name, html) -> {
            if (!html.contains("<html lang=\"" + language + "\">")) {
                problems.add(name + ": not marked lang=\"" + language + "\"");
            }
            for (String shown : shownTexts(html)) {
                Matcher key = KEY_LIKE.matcher(shown);
                while (key.find()) {
                    if (prefixes.contains(key.group(1).substring(0, key.group(1).indexOf('.')))) {
                        problems.add(name + ": shows the key " + key.group(1));
                    }
                }
            }
        });
        assertThat(pages.keySet()).as("pages walked").contains("login refused /login", "signup code /signup/code", "reset password /password/reset",
                "terms /terms", "home /home", "survey form /survey/dependents/31", "survey step confirm /survey/dependents/31/steps/confirm",
                "survey step refused with notice /survey/dependents/31/steps/living", "survey documents /survey/dependents/31/documents",
                "survey confirmation /survey/confirm", "survey receipt /survey/submitted", "email change code /account/email/confirm",
                "survey loss question /survey/dependents/31/no-longer-eligible",
                "survey step no longer eligible refused /survey/dependents/31/steps/no-longer-eligible")
                .hasSizeGreaterThanOrEqualTo(34);
        assertThat(problems).as("message keys shown instead of text, in %s", language).isEmpty();
    }

    @Test
    void inEnglishADependentIsNamedWithTheKindOfRelationshipNotTheRostersJapaneseTerm() {
        walkEveryPage("en");

        List<String> naming = pages.entrySet().stream().filter(e -> e.getValue().contains("健保 一郎")).map(Map.Entry::getKey)
                .toList();
        assertThat(naming).as("pages that name the son").contains("home /home", "survey confirmation /survey/confirm");
        pages.forEach((name, html) -> assertThat(html).as(name).doesNotContain("長男", "健保 一郎（"));
        assertThat(pages.get("home /home")).contains("健保 一郎 (child)");
    }

    private void walkEveryPage(String language) {
        fakes.logIn = new LogInResult.BadCredentials();
        fakes.surveyDependents = new SurveyDependents(List.of(new SurveyDependent(SON, SurveyStatus.IN_PROGRESS)), Optional.empty(),
                Optional.empty());
        fakes.surveyForms.put(SON.id(), surveyForm());
        fakes.surveyDocuments = documents();
        fakes.surveyConfirmation = new SurveyConfirmation("2025年度 被扶養者資格確認調査", List.of(review()),
                new SurveyDeadline(LocalDate.of(2025, 9, 9)), false, Optional.empty());
        fakes.submitSurvey = new SubmitSurveyResult.Submitted(SUBMISSION, ConfirmationMail.SENT);

        browser.open("/login");
        browser.submit("/language", Map.of("lang", language, "back", "/login"));
        see("login (chosen)", browser.open("/login"));
        see("login refused", browser.submit("/login", Map.of("userId", "", "password", "")));
        see("signup", browser.open("/signup"));
        see("signup refused", browser.submit("/signup", Map.of("insurerCode", "", "symbol", "", "number", "", "birthDate", "x",
                "kanaName", "")));
        see("signup credentials", browser.submit("/signup", Map.of("insurerCode", "demo", "symbol", "1", "number", "2",
                "birthDate", "1980/01/01", "kanaName", "ケンポ タロウ")));
        see("signup code", browser.submit("/signup/credentials", Map.of("userId", "taro.kenpo", "password", "Passw0rd!",
                "passwordConfirmation", "Passw0rd!")));
        see("signup complete", browser.submit("/signup/code", Map.of("code", "123456")));
        see("forgot password", browser.open("/forgot/password"));
        see("forgot password sent", browser.submit("/forgot/password", Map.of("userId", "taro.kenpo", "email", "a@example.jp")));
        see("forgot user id", browser.open("/forgot/user-id"));
        see("forgot user id sent", browser.submit("/forgot/user-id", Map.of("insurerCode", "demo", "email", "a@example.jp")));
        see("reset password", browser.open("/password/reset?token=good-token"));
        see("reset link invalid", browser.open("/password/reset?token=stale"));
        HttpResponse<String> notFound = browser.open("/no-such-page");
        assertThat(notFound.statusCode()).isEqualTo(404);
        pages.put("not found", notFound.body());

        fakes.logIn = new LogInResult.LoggedIn(FakeUseCases.ACCOUNT, true);
        browser.open("/login");
        see("terms", browser.submit("/login", Map.of("userId", "taro.kenpo", "password", "Passw0rd!")));
        see("home", browser.submit("/terms", Map.of("agreed", "on", "version", "3")));
        see("survey form", browser.open("/survey/dependents/31"));
        for (String step : List.of("living", "income", "employment", "other-insurance", "confirm")) {
            see("survey step " + step, browser.open("/survey/dependents/31/steps/" + step));
        }
        fakes.saveSurveyAnswers = new jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersResult.Saved(
                Map.of(Question.REMITTANCE, "survey.amount.invalid"), List.of(Question.REMITTANCE, Question.MEMBER_INCOME));
        see("survey step refused with notice", browser.submit("/survey/dependents/31/steps/living",
                Map.of("LIVING", "APART_FOR_SCHOOL", "REMITTANCE", "x")));
        see("survey step no longer eligible", browser.open("/survey/dependents/31/steps/no-longer-eligible"));
        see("survey loss question", browser.submit("/survey/dependents/31/no-longer-eligible",
                Map.of("since", "2025/04/01", "reason", "MARRIED", "from", "steps")));
        fakes.declareNoLongerEligible = new jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase
                .DeclareNoLongerEligibleResult.Refused(Map.of("reason", "survey.loss.reason.required"));
        see("survey step no longer eligible refused", browser.submit("/survey/dependents/31/no-longer-eligible",
                Map.of("since", "2025/04/01", "reason", "", "from", "steps")));
        see("survey documents", browser.open("/survey/dependents/31/documents"));
        // --- docs --- a refused upload told at its document, the question before deleting, a declaration to print
        fakes.uploadSurveyDocument = new jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentResult
                .Rejected("document.typeMismatch");
        see("survey documents refused", browser.upload("/survey/dependents/31/documents", Map.of("kind", "STUDENT_CERTIFICATE"),
                "IMG_0042.heic", "image/heic", new byte[] {1}));
        see("delete confirmation", browser.open("/survey/dependents/31/documents/" + FILE.id().value() + "/delete"));
        see("declaration", browser.open("/survey/dependents/31/declarations/LABOUR_CONTRACT_AND_DECLARATION"));
        see("survey confirmation", browser.open("/survey/confirm"));
        fakes.surveyConfirmation = new SurveyConfirmation("2025年度 被扶養者資格確認調査", List.of(review()),
                new SurveyDeadline(LocalDate.of(2025, 9, 9)), false, Optional.of(SUBMISSION));
        see("survey receipt", browser.submit("/survey/submit", Map.of()));
        see("email change", browser.open("/account/email"));
        fakes.requestEmailChange = new RequestEmailChangeResult.Invalid("email.confirmation.mismatch");
        see("email change refused", browser.submit("/account/email", Map.of("newEmail", "new@example.jp",
                "newEmailConfirmation", "other@example.jp", "currentPassword", "Passw0rd!")));
        fakes.requestEmailChange = new RequestEmailChangeResult.CodeSent("ne※※※@example.jp");
        see("email change code", browser.submit("/account/email", Map.of("newEmail", "new@example.jp",
                "newEmailConfirmation", "new@example.jp", "currentPassword", "Passw0rd!")));
        see("email changed", browser.submit("/account/email/confirm", Map.of("code", "123456")));
    }

    private void see(String name, HttpResponse<String> page) {
        assertThat(page.statusCode()).as("%s %s", name, page.uri()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).as(name).startsWith("text/html");
        pages.put(name + " " + page.uri().getPath(), page.body());
    }

    /** What a member reads: text between tags, and the attributes a browser shows or reads out. */
    private static List<String> shownTexts(String html) {
        List<String> shown = new ArrayList<>();
        Matcher attribute = SHOWN_ATTRIBUTE.matcher(html);
        while (attribute.find()) {
            shown.add(attribute.group(1));
        }
        shown.add(TAG.matcher(html).replaceAll(" "));
        return shown;
    }

    /** The first words of every key of both bundles: a key a page lacks starts like its neighbours. */
    private static Set<String> keyPrefixes() throws IOException {
        Set<String> prefixes = new TreeSet<>(Set.of("eligibility", "review", "survey", "error"));
        for (String language : List.of("ja", "en")) {
            Properties bundle = new Properties();
            try (InputStream in = EveryMemberPageHasItsTextsInBothLanguagesTest.class
                    .getResourceAsStream("/i18n/messages_" + language + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : bundle.stringPropertyNames()) {
                if (key.contains(".")) {
                    prefixes.add(key.substring(0, key.indexOf('.')));
                }
            }
        }
        return new LinkedHashSet<>(prefixes);
    }

    private static SurveyForm surveyForm() {
        SurveyAnswers answers = SurveyAnswers.read(Map.of(Question.LIVING, "APART_FOR_SCHOOL")).answers();
        var kind = SON.relationship().kind();
        Judgement judgement = new Judgement.NeedsReview(List.of(Reason.review("eligibility.remittance.missing", 1_000_000L)),
                List.of(new RequiredDocument(DocumentKind.STUDENT_CERTIFICATE, 1)));
        return new SurveyForm(SON, 2025, LocalDate.of(2025, 10, 1), SurveyStatus.IN_PROGRESS, false, answers,
                Optional.empty(), answers.applicable(kind), answers.missing(kind, Optional.empty()), Optional.empty(),
                Optional.of(judgement), List.of(new DependentReview.Requirement(DocumentKind.STUDENT_CERTIFICATE, 1, List.of())),
                Optional.empty(), LocalDate.of(2025, 11, 30));
    }

    private static DependentReview review() {
        return new DependentReview(SON, SurveyResponse.notStarted(DEMO, 2025, SON.id()), Optional.empty(), List.of(),
                Optional.empty(), List.of(new DependentReview.Requirement(DocumentKind.STUDENT_CERTIFICATE, 1, List.of())),
                List.of());
    }

    // --- docs --- a file to delete, and a requirement with a declaration
    private static final SurveyDocument FILE = new SurveyDocument(new StoredDocument(
            new StoredDocument.Id("0123456789abcdef0123456789abcdef"), DocumentType.PDF, 2_048, "ab".repeat(32)), DEMO, 2025,
            SON.id(), DocumentKind.STUDENT_CERTIFICATE, "x.pdf", Instant.parse("2025-08-30T01:00:00Z"));

    private static SurveyDocuments documents() {
        DependentReview review = new DependentReview(SON, SurveyResponse.notStarted(DEMO, 2025, SON.id()), Optional.empty(),
                List.of(), Optional.empty(), List.of(new DependentReview.Requirement(DocumentKind.STUDENT_CERTIFICATE, 1, List.of(FILE)),
                new DependentReview.Requirement(DocumentKind.LABOUR_CONTRACT_AND_DECLARATION, 1, List.of())), List.of());
        return new SurveyDocuments(review, true, true, 10_000_000, new PersonName("健保 太郎", "ケンポ タロウ"), "デモ健康保険組合", LocalDate.of(2025, 11, 30), new IncomeCertificateYear(2025));
    }
}
