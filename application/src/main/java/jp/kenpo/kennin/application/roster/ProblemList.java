package jp.kenpo.kennin.application.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.RowProblem;
import jp.kenpo.kennin.application.roster.RosterStage.Lines;

/**
 * The problems of one roster file, bounded: the first {@link #LISTED} in file order are kept in
 * full and the rest only counted, so a file where every one of a million rows is wrong is
 * reported in constant memory. Staff fix the first ones and run again; the total tells them how
 * far they are.
 */
final class ProblemList {
    /** More than anyone reads in one go, few enough to hold and print. */
    static final int LISTED = 1000;

    private static final Comparator<RowProblem> BY_LINE = Comparator.comparingInt(RowProblem::lineNumber);

    private final int listed;
    private List<RowProblem> kept = new ArrayList<>();
    private int total;

    ProblemList() {
        this(LISTED);
    }

    ProblemList(int listed) {
        this.listed = listed;
    }

    void add(RowProblem problem) {
        total++;
        kept.add(problem);
        if (kept.size() >= 2 * listed) {
            trim();
        }
    }

    /** Lines the store found wrong, each under {@code column} with {@code code}. */
    void addLines(Lines lines, String column, String code) {
        for (int line : lines.first()) {
            kept.add(new RowProblem(line, column, code));
        }
        total += lines.total();
        trim();
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** The kept problems in file order (a stable sort: a row's problems stay in column order). */
    List<RowProblem> first() {
        trim();
        return List.copyOf(kept);
    }

    int total() {
        return total;
    }

    ImportRosterResult.Rejected rejected() {
        return new ImportRosterResult.Rejected(first(), total);
    }

    private void trim() {
        kept.sort(BY_LINE);
        if (kept.size() > listed) {
            kept = new ArrayList<>(kept.subList(0, listed));
        }
    }
}
