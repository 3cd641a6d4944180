package jp.kenpo.kennin.application.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentLimitsTest {
    @Test
    void theDefaultsAreTenMegabytesFiftyMegapixelsAndFiftyPages() {
        assertThat(DocumentLimits.defaults()).isEqualTo(new DocumentLimits(10 * 1024 * 1024, 50_000_000, 50));
    }

    @Test
    void aLimitOfNothingIsRefused() {
        assertThatThrownBy(() -> new DocumentLimits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentLimits(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentLimits(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRejectionHasADocumentMessageKey() {
        for (DocumentRejection rejection : DocumentRejection.values()) {
            assertThat(rejection.code()).startsWith("document.");
        }
    }
}
