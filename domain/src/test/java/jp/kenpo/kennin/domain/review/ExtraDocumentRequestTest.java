package jp.kenpo.kennin.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

class ExtraDocumentRequestTest {
    private static final Instant ASKED = Instant.parse("2025-09-01T01:00:00Z");

    private static ExtraDocumentRequest request(String note) {
        return new ExtraDocumentRequest(new InsurerCode("kenpo1"), 2025, new DependentId(3), DocumentKind.REMITTANCE_PROOF,
                note, new StaffId(1), ASKED);
    }

    @Test
    void onlyAFileOfThatKindUploadedAfterTheRequestAnswersIt() {
        ExtraDocumentRequest r = request("  直近3か月分の送金記録  ");
        assertThat(r.note()).isEqualTo("直近3か月分の送金記録");
        assertThat(r.answeredBy(DocumentKind.REMITTANCE_PROOF, ASKED.plusSeconds(1))).isTrue();
        assertThat(r.answeredBy(DocumentKind.REMITTANCE_PROOF, ASKED)).isFalse();
        assertThat(r.answeredBy(DocumentKind.REMITTANCE_PROOF, ASKED.minusSeconds(1))).isFalse();
        assertThat(r.answeredBy(DocumentKind.INCOME_CERTIFICATE, ASKED.plusSeconds(1))).isFalse();
    }

    @Test
    void theNoteIsRequiredAndShort() {
        assertThatThrownBy(() -> request(" ")).hasMessageContaining("review.extra.noteRequired");
        assertThatThrownBy(() -> request("あ".repeat(201))).hasMessageContaining("review.extra.noteTooLong");
        assertThat(request("あ".repeat(200)).note()).hasSize(200);
    }
}
