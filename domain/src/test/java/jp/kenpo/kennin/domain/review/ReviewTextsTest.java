package jp.kenpo.kennin.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReviewTextsTest {
    @Test
    void everyRemovalReasonRejectionReasonAndOutcomeHasATextInBothLanguages() {
        Stream<String> keys = Stream.of(
                Arrays.stream(RemovalReason.values()).map(ReviewTexts::key),
                Arrays.stream(DocumentRejectionReason.values()).map(ReviewTexts::key),
                Arrays.stream(DecisionOutcome.values()).map(ReviewTexts::key)).flatMap(s -> s);
        assertThat(keys).allSatisfy(key -> {
            assertThat(ReviewTexts.pattern(key, Locale.JAPANESE)).as(key).isPresent();
            assertThat(ReviewTexts.pattern(key, Locale.ENGLISH)).as(key).isPresent();
        });
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(ReviewTexts.codes(Locale.ENGLISH)).isEqualTo(ReviewTexts.codes(Locale.JAPANESE));
    }

    @Test
    void japaneseIsTheDefaultWhateverTheLocale() {
        assertThat(ReviewTexts.text(RemovalReason.EMPLOYED, Locale.GERMAN)).isEqualTo("就職");
        assertThat(ReviewTexts.text(DocumentRejectionReason.SHOWS_MY_NUMBER, Locale.JAPANESE)).isEqualTo("マイナンバーが写っている");
        assertThat(ReviewTexts.text(RemovalReason.TURNED_75, Locale.ENGLISH)).isEqualTo("Turned 75");
    }

    @Test
    void theSentencesTheMemberReadsFillTheirArguments() {
        assertThat(ReviewTexts.text("review.return.fileRejected", Locale.JAPANESE, "課税証明書.jpg", "不鮮明", ""))
                .startsWith("提出されたファイル「課税証明書.jpg」は受け付けられませんでした（不鮮明）。");
        assertThat(ReviewTexts.text("review.result.removed", Locale.JAPANESE, "健保　花子", "2025/06/01", "就職"))
                .isEqualTo("健保　花子様：削除（資格喪失日 2025/06/01、理由 就職）");
    }
}
