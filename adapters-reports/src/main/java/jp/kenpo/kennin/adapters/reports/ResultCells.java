package jp.kenpo.kennin.adapters.reports;

import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.kenpo.kennin.application.results.ResultRow;
import jp.kenpo.kennin.domain.review.RemovalReason;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.text.SpreadsheetText;

/**
 * One result row as the cells of every format, in the header's order, each passed through
 * {@link SpreadsheetText#neutralise}: names and 続柄 come from rosters, and a cell starting with =
 * would run as a formula in Excel. Every cell is text: 記号 "01" must keep its zero, and a core
 * system reads dates as it reads them in the CSV.
 */
final class ResultCells {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");

    private final ReportTexts texts;

    ResultCells(ReportTexts texts) {
        this.texts = texts;
    }

    List<String> header() {
        return texts.resultHeader().stream().map(SpreadsheetText::neutralise).toList();
    }

    List<String> of(ResultRow row) {
        return List.of(row.symbol(), row.number(), row.dependentNumber(), row.name(), row.nameKana(),
                DATE.format(row.birthDate()), row.relationship(), row.decision().name(), texts.decision(row.decision()),
                row.lossDate().map(DATE::format).orElse(""), row.reason().map(RemovalReason::name).orElse(""),
                row.reason().map(texts::reason).orElse(""), row.decidedBy().orElse(""), row.approvedBy().orElse(""),
                row.decidedAt().map(at -> TIME.format(at.atZone(SurveyDeadline.TOKYO))).orElse(""))
                .stream().map(SpreadsheetText::neutralise).toList();
    }
}
