package jp.kenpo.kennin.adapters.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The contracts on the embedded database, opened with the URL a default installation uses. */
class H2ContractTest extends ContractSuite {
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
}
