package jp.kenpo.kennin.application.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.RowProblem;
import jp.kenpo.kennin.domain.text.SpreadsheetText;
import org.junit.jupiter.api.Test;

class RosterWithOneBadRowImportsNothingTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;
    private final int membersBefore = system.members.all().size();

    private static RosterRow row(int line, String symbol, String number, String name, String kana, String birthDate, String email) {
        return new RosterRow(line, symbol, number, name, kana, birthDate, email, "");
    }

    private static RosterRow good(int line, String number) {
        return row(line, "12", number, "鈴木 一郎", "スズキ イチロウ", "1975/05/05", "ichiro" + number + "@omron.example.co.jp");
    }

    private ImportRosterResult importRows(RosterRow... rows) {
        return system.importRoster.importRoster(new ImportRosterCommand("omron", Optional.empty(), List.of(rows)));
    }

    @Test
    void oneBadRowAmongGoodOnesStoresNothing() {
        ImportRosterResult result = importRows(good(2, "1001"), row(3, "12", "1002", "鈴木 二郎", "スズキ ジロウ", "1975/02/30",
                "jiro@omron.example.co.jp"), good(4, "1003"));

        assertThat(result).isEqualTo(new ImportRosterResult.Rejected(List.of(new RowProblem(3, "生年月日", "member.birthDate.invalid"))));
        assertThat(system.members.all()).hasSize(membersBefore);
        assertThat(system.members.merges() + system.dependents.merges()).isZero();
        assertThat(system.audit.actions()).isEmpty();
    }

    @Test
    void everyProblemOfEveryRowIsListedUnderItsColumnHeader() {
        ImportRosterResult result = importRows(
                row(2, "1-2", "abc", "", "山田", "1980/02/30", "x"),
                row(3, "12", "1005", "鈴木 一郎", "スズキ イチロウ", "2025/07/11", "ichiro@omron.example.co.jp"),
                row(4, "12", "1006", "鈴木 一郎", "スズキ イチロウ", "1899/12/31", "ichiro@omron.example.co.jp"),
                row(5, "12", "1007", "鈴木 一郎", "スズキ イチロウ", "", ""));

        assertThat(result).isEqualTo(new ImportRosterResult.Rejected(List.of(
                new RowProblem(2, "記号", "member.symbol.invalid"),
                new RowProblem(2, "番号", "member.number.invalid"),
                new RowProblem(2, "氏名", "member.name.invalid"),
                new RowProblem(2, "氏名カナ", "member.kana.invalid"),
                new RowProblem(2, "生年月日", "member.birthDate.invalid"),
                new RowProblem(2, "メールアドレス", "email.invalid"),
                new RowProblem(3, "生年月日", "member.birthDate.invalid"),
                new RowProblem(4, "生年月日", "member.birthDate.invalid"),
                new RowProblem(5, "生年月日", "member.birthDate.invalid"),
                new RowProblem(5, "メールアドレス", "email.invalid"))));
    }

    @Test
    void aBadNameOrABadKanaAloneIsReportedUnderItsOwnColumnOnly() {
        ImportRosterResult result = importRows(
                row(2, "12", "1008", "鈴木 一郎", "すずき1", "1975/05/05", "a@omron.example.co.jp"),
                row(3, "12", "1009", " ", "スズキ イチロウ", "1975/05/05", "b@omron.example.co.jp"),
                good(4, "1010"));

        assertThat(result).isEqualTo(new ImportRosterResult.Rejected(List.of(
                new RowProblem(2, "氏名カナ", "member.kana.invalid"),
                new RowProblem(3, "氏名", "member.name.invalid"))));
    }

    @Test
    void theSameCardTwiceIsADuplicateEvenWrittenDifferently() {
        ImportRosterResult result = importRows(good(2, "1001"), good(3, "1002"), row(4, "１２", "001001", "鈴木 一郎",
                "スズキ イチロウ", "1975/05/05", "other@omron.example.co.jp"));

        assertThat(result).isEqualTo(new ImportRosterResult.Rejected(List.of(new RowProblem(4, "番号", "roster.duplicate"))));
    }

    @Test
    void todayAndNineteenHundredAreStillPossibleBirthDates() {
        assertThat(importRows(
                row(2, "12", "2001", "新生 児", "シンセイ ジ", "2025/07/10", "a@omron.example.co.jp"),
                row(3, "12", "2002", "長寿 者", "チョウジュ シャ", "1900/01/01", "b@omron.example.co.jp")))
                .isEqualTo(new ImportRosterResult.Imported(2, 0, 0));
    }

    @Test
    void aCellWithALineBreakTabOrNulIsRefusedUnderItsColumnAndNothingIsStored() {
        ImportRosterResult result = importRows(good(2, "1001"),
                new RosterRow(3, "12", "1002", "鈴木\n二郎", "スズキ ジロウ", "1975/02/03", "jiro@omron.example.co.jp", "本社\t2F"),
                new RosterRow(4, "12", "1003", "鈴木 三郎", "スズキ サブロウ", "1975/02/03", "saburo@omron.example.co.jp\u0000", ""));

        assertThat(result).isEqualTo(new ImportRosterResult.Rejected(List.of(
                new RowProblem(3, "氏名", "roster.cell.controlCharacters"),
                new RowProblem(3, "事業所", "roster.cell.controlCharacters"),
                new RowProblem(4, "メールアドレス", "roster.cell.controlCharacters"))));
        assertThat(system.members.all()).hasSize(membersBefore);
        assertThat(system.members.merges() + system.dependents.merges()).isZero();
    }

    @Test
    void aFormulaLikeCellIsKeptAsTextAndMarkedForNeutralisingOnExport() {
        assertThat(importRows(new RosterRow(2, "12", "3001", "鈴木 一郎", "スズキ イチロウ", "1975/05/05", "f@omron.example.co.jp",
                "=HYPERLINK(\"http://evil.example\",\"本社\")"))).isEqualTo(new ImportRosterResult.Imported(1, 0, 0));

        String office = system.members.all().stream().filter(m -> m.number().value().equals("3001")).findFirst().orElseThrow()
                .officeName().orElseThrow();
        assertThat(office).isEqualTo("=HYPERLINK(\"http://evil.example\",\"本社\")");
        assertThat(SpreadsheetText.isFormulaLike(office)).isTrue();
        assertThat(SpreadsheetText.neutralise(office)).startsWith("'=");
    }
}
