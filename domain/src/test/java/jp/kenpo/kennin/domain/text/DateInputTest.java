package jp.kenpo.kennin.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"2001/02/03", "2001-02-03", "2001.02.03", "20010203", "2001/2/3", "2001-2-03",
            "２００１/０２/０３", "２００１－０２－０３", "２００１／０２／０３", "２００１０２０３", " 2001 / 02 / 03 "})
    void readsTheManualsFormatInAnyWidth(String typed) {
        assertThat(DateInput.parse(typed)).contains(LocalDate.of(2001, 2, 3));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"2001/02/30", "2001/13/01", "2001/00/10", "2001/02", "01/02/03", "010203", "200102030",
            "2001年2月3日", "abcd/ef/gh", "2001/02/03/04", "2001/02-03x"})
    void rejectsWhatIsNoDay(String typed) {
        assertThat(DateInput.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2000/02/29", "20000229"})
    void knowsLeapDays(String typed) {
        assertThat(DateInput.parse(typed)).contains(LocalDate.of(2000, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900/02/29", "2001/02/29"})
    void knowsYearsWithoutLeapDay(String typed) {
        assertThat(DateInput.parse(typed)).isEmpty();
    }

    @Test
    void readsExactlyWhatTheRegexesItReplacedRead() {
        String[] pieces = {"0", "1", "2", "3", "9", "12", "2001", "1980", "/", "-", ".", " ", "x", "０", "／", "\u3000", "１２"};
        Random random = new Random(20261203);
        int dates = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder typed = new StringBuilder();
            int count = 1 + random.nextInt(7);
            for (int i = 0; i < count; i++) {
                typed.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = typed.toString();
            Optional<LocalDate> read = DateInput.parse(s);
            assertThat(read).as(s).isEqualTo(byRegex(s));
            dates += read.isPresent() ? 1 : 0;
        }
        assertThat(dates).as("inputs that were dates").isGreaterThan(500);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "平成5年2月17日|1993-02-17", "H5.2.17|1993-02-17", "h5/2/17|1993-02-17", "Ｈ５．２．１７|1993-02-17",
            "ｈ05-02-17|1993-02-17", "平成５年２月１７日|1993-02-17", "平成 5年 2月 17日|1993-02-17",
            "S55.6.21|1980-06-21", "s55年6月21日|1980-06-21", "昭和55年6月21日|1980-06-21", "Ｓ５５／６／２１|1980-06-21",
            "S55ー6ー21|1980-06-21", "S55−6−21|1980-06-21",
            "令和元年5月1日|2019-05-01", "R1/5/1|2019-05-01", "r元.5.1|2019-05-01", "令和7年12月3日|2025-12-03",
            "平成元年1月8日|1989-01-08", "平成31年4月30日|2019-04-30", "昭和64年1月7日|1989-01-07",
            "昭和元年12月25日|1926-12-25", "大正15年12月24日|1926-12-24", "T1.7.30|1912-07-30", "平成12年2月29日|2000-02-29",
            "1980年6月21日|1980-06-21", "１９８０年６月２１日|1980-06-21", "1980年6月21|1980-06-21",
            "1980/06/21|1980-06-21", "19800621|1980-06-21", "１９８０－０６－２１|1980-06-21"})
    void readsEraDatesAndEveryFormParseReads(String typed, LocalDate expected) {
        assertThat(DateInput.read(typed)).isEqualTo(new DateReading.Day(expected));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "1980/6/31|NO_SUCH_DAY", "1980/06/31|NO_SUCH_DAY", "19800631|NO_SUCH_DAY", "2001/02/29|NO_SUCH_DAY",
            "2001/13/01|NO_SUCH_DAY", "1980年2月30日|NO_SUCH_DAY", "平成5年2月30日|NO_SUCH_DAY", "S55.6.31|NO_SUCH_DAY",
            "平成32年1月1日|OUTSIDE_ERA", "平成31年5月1日|OUTSIDE_ERA", "令和元年4月30日|OUTSIDE_ERA",
            "昭和64年1月8日|OUTSIDE_ERA", "平成元年1月7日|OUTSIDE_ERA", "大正元年7月29日|OUTSIDE_ERA", "H0.1.1|OUTSIDE_ERA",
            "昭和100年1月1日|UNREADABLE", "M45.1.1|UNREADABLE", "明治45年1月1日|UNREADABLE", "平成五年二月十七日|UNREADABLE",
            "55.6.21|UNREADABLE", "01/02/03|UNREADABLE", "S55.6|UNREADABLE", "1980年6月|UNREADABLE", "abc|UNREADABLE",
            "平成5年2月17日生|UNREADABLE", "H5.2.17.1|UNREADABLE"})
    void explainsWhyADateIsNone(String typed, DateProblem problem) {
        assertThat(DateInput.read(typed)).isEqualTo(new DateReading.Refused(problem));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u3000"})
    void nothingTypedIsUnreadable(String typed) {
        assertThat(DateInput.read(typed)).isEqualTo(new DateReading.Refused(DateProblem.UNREADABLE));
    }

    @Test
    void readAgreesWithParseOnEveryDayParseReads() {
        String[] pieces = {"0", "1", "2", "3", "9", "12", "2001", "1980", "/", "-", ".", " ", "x", "０", "／", "\u3000", "１２"};
        Random random = new Random(20261204);
        int dates = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder typed = new StringBuilder();
            int count = 1 + random.nextInt(7);
            for (int i = 0; i < count; i++) {
                typed.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = typed.toString();
            Optional<LocalDate> parsed = DateInput.parse(s);
            DateReading read = DateInput.read(s);
            if (parsed.isPresent()) {
                dates++;
                assertThat(read).as(s).isEqualTo(new DateReading.Day(parsed.get()));
            } else {
                assertThat(read).as(s).isInstanceOf(DateReading.Refused.class);
            }
        }
        assertThat(dates).as("inputs that were dates").isGreaterThan(200);
    }

    @Test
    void everyDayOfTheLastFourErasReadsBackFromItsOwnEraName() {
        java.time.chrono.JapaneseDate day = java.time.chrono.JapaneseDate.of(1912, 7, 30);
        LocalDate end = LocalDate.of(2030, 12, 31);
        String[] names = {"大正", "昭和", "平成", "令和"};
        int read = 0;
        for (LocalDate d = LocalDate.from(day); !d.isAfter(end); d = d.plusDays(1)) {
            java.time.chrono.JapaneseDate jd = java.time.chrono.JapaneseDate.from(d);
            int era = jd.getEra().getValue(); // 0 大正 ... 3 令和
            String typed = names[era] + jd.get(java.time.temporal.ChronoField.YEAR_OF_ERA) + "年" + d.getMonthValue()
                    + "月" + d.getDayOfMonth() + "日";
            assertThat(DateInput.read(typed)).as(typed).isEqualTo(new DateReading.Day(d));
            read++;
        }
        assertThat(read).isGreaterThan(40_000);
    }

    /** How DateInput read a date before it was written as a loop. */
    private static Optional<LocalDate> byRegex(String raw) {
        Pattern separated = Pattern.compile("(\\d{4})[/\\-.](\\d{1,2})[/\\-.](\\d{1,2})");
        Pattern compact = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
        String s = JapaneseText.nfkc(raw).replace(" ", "");
        Matcher m = separated.matcher(s);
        if (!m.matches()) {
            m = compact.matcher(s);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
