package jp.kenpo.kennin.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import org.junit.jupiter.api.Test;

/** 回答期限：2025年9月9日（火）, as the manual's cover says. */
class SurveyDeadlineTest {
    private final SurveyDeadline deadline = new SurveyDeadline(LocalDate.of(2025, 9, 9));

    private static Instant tokyo(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+09:00").toInstant();
    }

    @Test
    void anAnswerAtOneSecondBeforeMidnightInTokyoIsInTime() {
        assertThat(deadline.isPast(tokyo("2025-09-09T23:59:59"))).isFalse();
    }

    @Test
    void anAnswerAtMidnightInTokyoIsLate() {
        assertThat(deadline.isPast(tokyo("2025-09-10T00:00:00"))).isTrue();
    }

    @Test
    void theDeadlineIsTokyosMidnightNotTheServersOrUtcs() {
        assertThat(deadline.firstLateInstant()).isEqualTo(Instant.parse("2025-09-09T15:00:00Z"));
        assertThat(deadline.isPast(Instant.parse("2025-09-09T14:59:59Z"))).isFalse();
    }

    @Test
    void aSurveyCannotCloseBeforeItOpens() {
        assertThatThrownBy(() -> new SurveyYear(new InsurerCode("omron"), 2025, "令和7年度 被扶養者資格確認調査",
                LocalDate.of(2025, 9, 10), deadline)).isInstanceOf(InvalidValueException.class)
                .hasMessage("survey.deadline.beforeOpening");
    }
}
