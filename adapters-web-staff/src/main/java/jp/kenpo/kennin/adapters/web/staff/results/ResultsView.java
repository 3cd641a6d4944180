package jp.kenpo.kennin.adapters.web.staff.results;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;

/** Formatting for the results page: counts with separators, times in JST. */
public final class ResultsView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");

    private ResultsView() {
    }

    public static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(value);
    }

    public static String time(Instant at) {
        return TIME.format(at.atZone(SurveyDeadline.TOKYO));
    }
}
