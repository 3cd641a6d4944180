package jp.kenpo.kennin.adapters.persistence;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The contracts on PostgreSQL at 127.0.0.1:5432 (user postgres, trust authentication), in a
 * database created for this run alone so that parallel builds never meet. An unreachable server
 * fails the build: only {@code -Dkennin.skipPostgres=true} skips these tests.
 */
class PostgresContractTest extends ContractSuite {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private final String name = "kennin_test_" + UUID.randomUUID().toString().replace("-", "");

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
}
