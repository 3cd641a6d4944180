package jp.kenpo.kennin.adapters.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Era years as a municipal office writes them on a certificate, 元年 included. */
class JapaneseYearTest {
    private final DisplayFormats formats = new DisplayFormats(new Languages(), Clock.system(ZoneId.of("Asia/Tokyo")));

    @Test
    void aYearIsWrittenInTheEraOfItsDayWithTheFirstYearAsGannen() {
        assertThat(formats.japaneseYear(LocalDate.of(2025, 6, 1))).isEqualTo("令和7年");
        assertThat(formats.japaneseYear(LocalDate.of(2019, 6, 1))).isEqualTo("令和元年");
        assertThat(formats.japaneseYear(LocalDate.of(2019, 1, 1))).isEqualTo("平成31年");
        assertThat(formats.japaneseYear(LocalDate.of(1989, 12, 31))).isEqualTo("平成元年");
        assertThat(formats.japaneseYear(LocalDate.of(1988, 12, 31))).isEqualTo("昭和63年");
    }
}
