package jp.kenpo.kennin.adapters.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.results.ResultDecision;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.RemovalReason;
import org.junit.jupiter.api.Test;

/** Every decision, reason and status the files print has its Japanese text, and the header has one column per cell. */
class ReportTextsTest {
    private final ReportTexts texts = new ReportTexts();

    @Test
    void everyCodeHasAText() {
        for (ResultDecision decision : ResultDecision.values()) {
            assertThat(texts.decision(decision)).isNotBlank();
        }
        for (RemovalReason reason : RemovalReason.values()) {
            assertThat(texts.reason(reason)).isNotBlank();
        }
        for (ProgressStatus status : ProgressStatus.values()) {
            assertThat(texts.status(status)).isNotBlank();
        }
        assertThat(texts.resultHeader()).hasSize(15).doesNotHaveDuplicates();
    }
}
