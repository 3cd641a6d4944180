package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.survey.DocumentPurgedException;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import org.junit.jupiter.api.Test;

/** A file the retention job deleted: the member is sent back to the dependent's documents with when, not an error page. */
class AMemberOpeningAPurgedDocumentIsToldWhenItWasDeletedTest extends WebAppFixture {
    private static final String ID = "0123456789abcdef0123456789abcdef";

    @Test
    void theDocumentLinkRedirectsToTheListWithTheDateInTokyo() {
        SurveyDocument purged = new SurveyDocument(new StoredDocument(new StoredDocument.Id(ID), DocumentType.JPEG, 2_048,
                "ab".repeat(32)), InsurerCode.parse("demo"), 2025, new DependentId(31), DocumentKind.STUDENT_CERTIFICATE,
                "学生証_表.jpg", Instant.parse("2025-09-01T00:00:00Z"), Optional.empty(),
                // 2026-04-30 15:30 UTC is 2026-05-01 in Tokyo
                Optional.of(Instant.parse("2026-04-30T15:30:00Z")));
        fakes.viewSurveyDocumentThrows = new DocumentPurgedException(purged);
        logIn();

        HttpResponse<String> response = browser.fetch("/survey/documents/" + ID);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/survey/dependents/31/documents"));
        // The list the member lands on carries the message (flash in the session, shown once).
        fakes.surveyDocuments = MemberSeesTheReviewsOutcomeTest.sonsDocuments(purged);
        assertThat(browser.open("/survey/dependents/31/documents").body())
                .contains("この書類は保存期間を過ぎたため 2026-05-01 に削除されました。", "学生証_表.jpg");
    }
}
