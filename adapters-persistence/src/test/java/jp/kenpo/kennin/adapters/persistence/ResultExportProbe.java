package jp.kenpo.kennin.adapters.persistence;

import jp.kenpo.kennin.application.results.ResultScope;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/**
 * Run in a JVM with a small heap by {@link TheResultExportStreamsFromPostgresTest}: reads every
 * result row of an insurer's year and prints how many came.
 */
public final class ResultExportProbe {
    private ResultExportProbe() {
    }

    public static void main(String[] args) {
        long[] seen = {0};
        try (Database database = Database.connect(args[0], args[1], "")) {
            long count = database.results().eachResult(new InsurerCode(args[2]), Integer.parseInt(args[3]),
                    new ResultScope.Everyone(), row -> seen[0]++);
            System.out.println(count + " " + seen[0]);
        }
    }
}
