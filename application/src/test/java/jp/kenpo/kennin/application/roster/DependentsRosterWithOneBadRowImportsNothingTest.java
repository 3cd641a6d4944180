package jp.kenpo.kennin.application.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.RowProblem;
import org.junit.jupiter.api.Test;

/** 山田 太郎 (記号 12 番号 3456) is omron's member; 記号 12 番号 9999 is nobody. */
class DependentsRosterWithOneBadRowImportsNothingTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    private static DependentRosterRow wife(int line) {
        return new DependentRosterRow(line, "12", "3456", "1", "山田 花子", "ヤマダ ハナコ", "1982/06/15", "妻", "女", "同居", "2010/04/01");
    }

    private ImportRosterResult importRows(DependentRosterRow... rows) {
        return system.importDependents.importDependents(new ImportDependentsCommand("omron", List.of(rows)));
    }

    @Test
    void anUnknownRelationshipAndAnUnknownMemberAreBothNamedAndNothingIsStored() {
        ImportRosterResult result = importRows(wife(2),
                new DependentRosterRow(3, "12", "3456", "2", "山田 一郎", "ヤマダ イチロウ", "2005/04/02", "同僚", "男", "", ""),
                new DependentRosterRow(4, "12", "9999", "1", "鈴木 次郎", "スズキ ジロウ", "2010/01/01", "長男", "男", "", ""));

        assertThat(result).isEqualTo(new ImportRosterResult.Rejected(List.of(
                new RowProblem(3, "続柄", "dependent.relationship.unknown"),
                new RowProblem(4, "番号", "dependent.member.unknown"))));
        assertThat(system.dependents.all()).isEmpty();
        assertThat(system.members.merges() + system.dependents.merges()).isZero();
        assertThat(system.audit.actions()).isEmpty();
    }

    @Test
    void aCellWithALineBreakOrTabIsRefusedOnceUnderItsColumnAndNothingIsStored() {
        ImportRosterResult result = importRows(wife(2),
                new DependentRosterRow(3, "12", "3456", "2", "山田\r\n一郎", "ヤマダ イチロウ", "2005/04/02", "長男\t", "男", "", ""));

        assertThat(result).isEqualTo(new ImportRosterResult.Rejected(List.of(
                new RowProblem(3, "氏名", "roster.cell.controlCharacters"),
                new RowProblem(3, "続柄", "roster.cell.controlCharacters"))));
        assertThat(system.dependents.all()).isEmpty();
    }

    @Test
    void everyBadCellOfARowIsListedUnderItsColumnHeader() {
        ImportRosterResult result = importRows(
                new DependentRosterRow(2, "1-2", "3456", "12345", "", "Yamada", "2030/01/01", "", "X", "単身赴任", "昨日"),
                new DependentRosterRow(3, "12", "3456", "3", "山田 三郎", "ヤマダ サブロウ", "2015/05/05", "三男", "1", "", "2015/05/04"));

        assertThat(result).isEqualTo(new ImportRosterResult.Rejected(List.of(
                new RowProblem(2, "記号", "member.symbol.invalid"),
                new RowProblem(2, "被扶養者番号", "dependent.number.invalid"),
                new RowProblem(2, "氏名", "member.name.invalid"),
                new RowProblem(2, "氏名カナ", "member.kana.invalid"),
                new RowProblem(2, "生年月日", "member.birthDate.invalid"),
                new RowProblem(2, "続柄", "dependent.relationship.unknown"),
                new RowProblem(2, "性別", "dependent.sex.invalid"),
                new RowProblem(2, "同居区分", "dependent.cohabitation.invalid"),
                new RowProblem(2, "認定日", "dependent.certifiedOn.invalid"),
                new RowProblem(3, "認定日", "dependent.certifiedOn.invalid"))));
    }

    @Test
    void theSameDependentTwiceIsADuplicateEvenWrittenDifferently() {
        ImportRosterResult result = importRows(wife(2),
                new DependentRosterRow(3, "１２", "03456", "01", "山田 花子", "ヤマダ ハナコ", "1982/06/15", "妻", "F", "", ""));

        assertThat(result).isEqualTo(new ImportRosterResult.Rejected(List.of(new RowProblem(3, "被扶養者番号", "dependent.duplicate"))));
    }

    @Test
    void anUnknownInsurerGetsNothing() {
        assertThat(system.importDependents.importDependents(new ImportDependentsCommand("nobody", List.of(wife(2)))))
                .isEqualTo(new ImportRosterResult.UnknownInsurer("nobody"));
        assertThat(system.dependents.all()).isEmpty();
    }
}
