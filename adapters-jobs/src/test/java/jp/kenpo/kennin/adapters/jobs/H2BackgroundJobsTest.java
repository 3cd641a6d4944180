package jp.kenpo.kennin.adapters.jobs;

import java.nio.file.Path;
import jp.kenpo.kennin.adapters.persistence.Database;
import org.junit.jupiter.api.io.TempDir;

/** On the embedded database, opened with the URL a default installation uses. */
class H2BackgroundJobsTest extends BackgroundJobsContract {
    @TempDir
    static Path dataDirectory;

    @Override
    String createDatabase() {
        return Database.h2FileUrl(dataDirectory);
    }

    @Override
    void dropDatabase() {
        // The temporary directory goes, and the database file with it.
    }

    @Override
    String user() {
        return "sa";
    }

    @Override
    BackgroundJobs.Dialect expectedDialect() {
        return BackgroundJobs.Dialect.H2;
    }
}
