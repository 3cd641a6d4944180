package jp.kenpo.kennin.application.roster;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.RowProblem;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.text.DateInput;
import jp.kenpo.kennin.domain.text.PlainText;

/**
 * Validates the cells of one roster row (members or dependents alike) and collects a problem for
 * every bad one instead of stopping at the first, so staff fix a file in one pass. Problems name
 * the column as the file's header does, so staff find it in their spreadsheet.
 */
final class RowFields {
    static final String SYMBOL = "記号";
    static final String NUMBER = "番号";
    static final String NAME = "氏名";
    static final String KANA = "氏名カナ";
    static final String BIRTH_DATE = "生年月日";
    /** Nobody in a roster was born before this; an earlier date is a typing error. */
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    // PersonName checks the written name and the kana together and stops at the first bad one;
    // pairing each with a partner known to be valid lets every bad column of a row be reported.
    private static final String VALID_NAME = "x";
    private static final String VALID_KANA = "\u30a2"; // katakana A

    private final int line;
    private final ProblemList problems;
    private final Set<String> refused = new HashSet<>();
    private boolean valid = true;

    RowFields(int line, ProblemList problems) {
        this.line = line;
        this.problems = problems;
    }

    /**
     * Refuses every cell with a line break, tab, NUL or other control character (see
     * {@link PlainText}), one problem per cell, before any cell is parsed; those columns are then
     * not parsed again, so each bad cell is reported once. Formula-like text ({@code =…}) is
     * kept as written: exports neutralise it ({@code SpreadsheetText}).
     *
     * @param columnsAndCells each column header followed by its cell, in the layout's column order
     */
    void refuseControlCharacters(String... columnsAndCells) {
        for (int i = 0; i + 1 < columnsAndCells.length; i += 2) {
            if (PlainText.hasControlCharacters(columnsAndCells[i + 1])) {
                problem(columnsAndCells[i], "roster.cell.controlCharacters");
                refused.add(columnsAndCells[i]);
            }
        }
    }

    /** The parsed cell, or empty after recording the domain's reason under {@code column}. */
    <T> Optional<T> field(String column, Supplier<T> parse) {
        if (refused.contains(column)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.get());
        } catch (InvalidValueException e) {
            problem(column, e.code());
            return Optional.empty();
        }
    }

    void problem(String column, String code) {
        problems.add(new RowProblem(line, column, code));
        valid = false;
    }

    /** Whether no cell of this row has been refused so far. */
    boolean valid() {
        return valid;
    }

    /** 氏名 and 氏名カナ, each checked on its own. */
    Optional<PersonName> name(String written, String kana) {
        if (!refused.contains(NAME) && !refused.contains(KANA)) {
            // Nearly every row's name is valid: checking both at once reads the kana once, not
            // twice; only a row with a bad one is checked column by column below, to report each.
            try {
                return Optional.of(new PersonName(written, kana));
            } catch (InvalidValueException e) {
                // fall through
            }
        }
        Optional<String> name = field(NAME, () -> new PersonName(written, VALID_KANA).written());
        Optional<String> reading = field(KANA, () -> new PersonName(VALID_NAME, kana).kana());
        return name.isPresent() && reading.isPresent() ? Optional.of(new PersonName(name.get(), reading.get())) : Optional.empty();
    }

    Optional<LocalDate> birthDate(String raw, LocalDate today) {
        return field(BIRTH_DATE, () -> pastDate(raw, EARLIEST_BIRTH_DATE, today, "member.birthDate.invalid"));
    }

    /** A date from {@code earliest} to {@code today}, in any of the forms {@link DateInput} reads. */
    static LocalDate pastDate(String raw, LocalDate earliest, LocalDate today, String code) {
        return DateInput.parse(raw)
                .filter(d -> !d.isBefore(earliest) && !d.isAfter(today))
                .orElseThrow(() -> new InvalidValueException(code));
    }
}
