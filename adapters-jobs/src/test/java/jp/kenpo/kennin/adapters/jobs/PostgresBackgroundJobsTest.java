package jp.kenpo.kennin.adapters.jobs;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * On PostgreSQL at 127.0.0.1:5432 (user postgres, trust), in a database made for this run alone.
 * An unreachable server fails the build: only {@code -Dkennin.skipPostgres=true} skips these tests.
 */
class PostgresBackgroundJobsTest extends BackgroundJobsContract {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private final String name = "kennin_jobs_" + UUID.randomUUID().toString().replace("-", "");

    @Override
    String createDatabase() throws SQLException {
        assumeFalse(Boolean.getBoolean("kennin.skipPostgres"), "kennin.skipPostgres=true");
        administer("create database " + name);
        return SERVER + name;
    }

    @Override
    void dropDatabase() throws SQLException {
        administer("drop database if exists " + name + " with (force)");
    }

    @Override
    String user() {
        return "postgres";
    }

    private void administer(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", user(), "");
             Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    @Override
    BackgroundJobs.Dialect expectedDialect() {
        return BackgroundJobs.Dialect.POSTGRES;
    }
}
