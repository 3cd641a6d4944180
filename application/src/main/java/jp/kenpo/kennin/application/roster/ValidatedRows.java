package jp.kenpo.kennin.application.roster;

import java.util.List;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.RowProblem;

/** A roster file's rows after validation: entries to store when {@code problems} is empty, and nothing otherwise. */
record ValidatedRows<E>(List<E> entries, List<RowProblem> problems) {
    ValidatedRows {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
