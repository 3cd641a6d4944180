package jp.kenpo.kennin.application.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.fakes.InMemoryDocumentStorage;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentCommand;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import org.junit.jupiter.api.Test;

/**
 * After the retention job deleted a file's bytes its record stays: the member's own request for it
 * is answered with when it was purged (the page says so), not a storage error, and is not logged
 * as a view; someone else's request still finds nothing.
 */
class AMemberOpeningAPurgedFileIsToldWhyTest {
    private static final ClientAddress CLIENT = ClientAddress.local();
    private static final Instant PURGED = Instant.parse("2026-05-01T00:00:00Z");
    private final YamadaFamily yamada = new YamadaFamily();
    private final InMemorySystem system = yamada.system;

    @Test
    void theOwnerLearnsWhenItWasPurgedAndNoViewIsAudited() {
        SurveyDocument card = ((UploadSurveyDocumentResult.Uploaded) system.uploadSurveyDocument.uploadSurveyDocument(
                new UploadSurveyDocumentCommand(yamada.taro.id(), yamada.son.id(), "STUDENT_CERTIFICATE",
                        new ByteArrayInputStream(InMemoryDocumentStorage.jpeg()), "card.jpg", "image/jpeg", Optional.empty(),
                        CLIENT))).document();
        system.storage.delete(card.id());
        system.surveyDocuments.replace(new SurveyDocument(card.stored(), card.insurer(), card.fiscalYear(), card.dependent(),
                card.kind(), card.fileName(), card.uploadedAt(), card.rejection(), Optional.of(PURGED)));
        int auditLines = system.audit.events().size();

        assertThatThrownBy(() -> system.viewSurveyDocument.viewSurveyDocument(yamada.taro.id(), card.id(), CLIENT))
                .isInstanceOfSatisfying(DocumentPurgedException.class, e -> {
                    assertThat(e.purgedAt()).isEqualTo(PURGED);
                    assertThat(e.document().dependent()).isEqualTo(yamada.son.id());
                    assertThat(e.document().fileName()).isEqualTo("card.jpg");
                });
        assertThat(system.audit.events()).hasSize(auditLines);
        assertThat(system.audit.withAction(AuditAction.DOCUMENT_VIEWED)).isEmpty();
    }
}
