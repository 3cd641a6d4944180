package jp.kenpo.kennin.adapters.csv;

import java.util.List;
import java.util.function.UnaryOperator;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.application.surveyyear.ScopeListRow;

/**
 * The columns one kind of roster file (or a survey's pre-screened list) has, by their Japanese header, and how a data line becomes
 * that kind's row. {@link RosterCsvReader} does the rest (encodings, header order, line numbers)
 * the same way for every kind.
 *
 * @param <R> the row the use case takes
 */
public record RosterLayout<R>(List<String> required, List<String> optional, RowMaker<R> rows) {
    public static final String SYMBOL = "記号";
    public static final String NUMBER = "番号";
    public static final String NAME = "氏名";
    public static final String NAME_KANA = "氏名カナ";
    public static final String BIRTH_DATE = "生年月日";
    public static final String EMAIL = "メールアドレス";
    public static final String OFFICE = "事業所";
    public static final String DEPENDENT_NUMBER = "被扶養者番号";
    public static final String RELATIONSHIP = "続柄";
    public static final String SEX = "性別";
    public static final String COHABITATION = "同居区分";
    public static final String CERTIFIED_ON = "認定日";

    /** The insured members (被保険者). */
    public static final RosterLayout<RosterRow> MEMBERS = new RosterLayout<>(
            List.of(SYMBOL, NUMBER, NAME, NAME_KANA, BIRTH_DATE, EMAIL), List.of(OFFICE),
            (line, cell) -> new RosterRow(line, cell.apply(SYMBOL), cell.apply(NUMBER), cell.apply(NAME), cell.apply(NAME_KANA),
                    cell.apply(BIRTH_DATE), cell.apply(EMAIL), cell.apply(OFFICE)));

    /** The dependents (被扶養者), each under their member's 記号・番号. */
    public static final RosterLayout<DependentRosterRow> DEPENDENTS = new RosterLayout<>(
            List.of(SYMBOL, NUMBER, DEPENDENT_NUMBER, NAME, NAME_KANA, BIRTH_DATE, RELATIONSHIP, SEX),
            List.of(COHABITATION, CERTIFIED_ON),
            (line, cell) -> new DependentRosterRow(line, cell.apply(SYMBOL), cell.apply(NUMBER), cell.apply(DEPENDENT_NUMBER),
                    cell.apply(NAME), cell.apply(NAME_KANA), cell.apply(BIRTH_DATE), cell.apply(RELATIONSHIP), cell.apply(SEX),
                    cell.apply(COHABITATION), cell.apply(CERTIFIED_ON)));

    /**
     * A survey year's pre-screened list: the dependents the マイナンバー information lookup did not
     * clear, by 記号・番号・被扶養者番号 (other columns, such as names for the staff's own checking, are ignored).
     */
    public static final RosterLayout<ScopeListRow> SCOPE_LIST = new RosterLayout<>(
            List.of(SYMBOL, NUMBER, DEPENDENT_NUMBER), List.of(),
            (line, cell) -> new ScopeListRow(line, cell.apply(SYMBOL), cell.apply(NUMBER), cell.apply(DEPENDENT_NUMBER)));

    public RosterLayout {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    boolean isKnown(String header) {
        return required.contains(header) || optional.contains(header);
    }

    /** Makes a row from its first line in the file and a lookup of trimmed cells by header ("" when absent). */
    @FunctionalInterface
    public interface RowMaker<R> {
        R row(int line, UnaryOperator<String> cell);
    }
}
