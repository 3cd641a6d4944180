package jp.kenpo.kennin.application.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.RowProblem;
import org.junit.jupiter.api.Test;

/**
 * A file of 20,000 rows whose every birth date is impossible, streamed from a generator (never a
 * list): the first 1,000 problems are listed in file order, all 20,000 are counted, nothing is merged.
 */
class ARosterWhereEveryRowIsBadListsTheFirstThousandTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    @Test
    void theFirstThousandAreListedAndTheRestCounted() {
        int rows = 20_000;
        RosterRows<RosterRow> file = each -> {
            for (int line = 2; line < rows + 2; line++) {
                each.accept(new RosterRow(line, "12", String.valueOf(100_000 + line), "鈴木 一郎", "スズキ イチロウ", "1975/02/30",
                        "x" + line + "@omron.example.co.jp", ""));
            }
        };
        int before = system.members.all().size();

        ImportRosterResult result = system.importRoster.importRoster(
                new ImportRosterCommand("omron", Optional.empty(), file, jp.kenpo.kennin.domain.credential.CredentialPolicy.manualDefault()));

        var rejected = (ImportRosterResult.Rejected) result;
        assertThat(rejected.total()).isEqualTo(rows);
        assertThat(rejected.problems()).hasSize(ProblemList.LISTED);
        assertThat(rejected.problems().get(0)).isEqualTo(new RowProblem(2, "生年月日", "member.birthDate.invalid"));
        assertThat(rejected.problems().get(ProblemList.LISTED - 1).lineNumber()).isEqualTo(ProblemList.LISTED + 1);
        assertThat(system.members.all()).hasSize(before);
        assertThat(system.members.merges()).isZero();
    }

    @Test
    void repeatedCardsFoundAtTheEndMergeIntoTheListByLine() {
        ProblemList problems = new ProblemList(3);
        problems.add(new RowProblem(10, "生年月日", "member.birthDate.invalid"));
        problems.add(new RowProblem(20, "生年月日", "member.birthDate.invalid"));
        problems.addLines(new RosterStage.Lines(java.util.List.of(5, 15), 7), "番号", "roster.duplicate");

        assertThat(problems.first()).containsExactly(new RowProblem(5, "番号", "roster.duplicate"),
                new RowProblem(10, "生年月日", "member.birthDate.invalid"), new RowProblem(15, "番号", "roster.duplicate"));
        assertThat(problems.total()).isEqualTo(9);
    }
}
