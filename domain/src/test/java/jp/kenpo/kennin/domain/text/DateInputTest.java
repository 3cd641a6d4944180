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
