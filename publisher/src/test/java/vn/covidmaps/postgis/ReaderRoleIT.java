package vn.covidmaps.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.covidmaps.change.Action;
import vn.covidmaps.change.Change;

/** GeoServer's read-only role against the real PostGIS (schemas it_reader and it_reader_meta). */
class ReaderRoleIT {
    private static final String URL = env("COVIDMAPS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/covidmaps_test");
    private static final String READER = env("COVIDMAPS_GEOSERVER_DB_USER", "covidmaps_reader");
    private static final String READER_PASSWORD = env("COVIDMAPS_GEOSERVER_DB_PASSWORD", "covidmaps-reader-local");

    private Connection db;

    @BeforeEach
    void schema() throws SQLException {
        db = DriverManager.getConnection(URL, env("COVIDMAPS_DB_USER", "covidmaps"), env("COVIDMAPS_DB_PASSWORD", "covidmaps-local"));
        execute("drop schema if exists it_reader cascade", "drop schema if exists it_reader_meta cascade",
                "create schema it_reader", "create schema it_reader_meta",
                "create table it_reader.checkpoints (fid bigint generated always as identity primary key, report_date date not null, checkpoint_name text)",
                "insert into it_reader.checkpoints (report_date, checkpoint_name) values ('2021-06-02', 'Chốt Tân Thanh')",
                "create table it_reader.staging (x int)",
                "create table it_reader_meta.reports (report_date date primary key)");
    }

    @AfterEach
    void close() throws SQLException {
        execute("drop schema if exists it_reader cascade", "drop schema if exists it_reader_meta cascade");
        db.close();
    }

    private ReaderRole role(String name) {
        return new ReaderRole(name, READER_PASSWORD, "it_reader", "it_reader_meta", List.of("checkpoints"));
    }

    /** A plan line as the English plan prints it, to compare with what is expected. */
    private static String english(Action action, String resource, String detail) {
        return action + " " + resource + ": " + detail;
    }

    private static String english(Change change) {
        return english(change.action(), change.resource().english(), change.detail().english());
    }

    @Test
    void grantsUsageAndSelectOnlyAndRevokesEverythingElse() throws SQLException {
        execute("grant insert, delete on it_reader.checkpoints to " + READER, "grant select on it_reader.staging to " + READER,
                "grant create on schema it_reader to " + READER, "grant usage on schema it_reader_meta to " + READER,
                "grant select on it_reader_meta.reports to " + READER);
        ReaderRole role = role(READER);
        List<Change> plan = role.plan(db);
        plan.forEach(s -> System.out.println("  reader plan: " + s));
        assertEquals(List.of(
                english(Action.UNCHANGED, "role " + READER, "logs in, read-only"),
                english(Action.CREATE, "schema it_reader", "grant USAGE, revoke CREATE"),
                english(Action.CREATE, "table it_reader.checkpoints", "grant SELECT, revoke writes"),
                english(Action.UPDATE, "table it_reader.staging", "not a layer table: revoke all"),
                english(Action.UPDATE, "schema it_reader_meta", "revoke all")), plan.stream().map(ReaderRoleIT::english).toList());

        role.ensure(db);
        List<Change> after = role.plan(db);
        assertTrue(after.stream().allMatch(s -> s.action() == Action.UNCHANGED), after::toString);

        try (Connection reader = DriverManager.getConnection(URL, READER, READER_PASSWORD); Statement sql = reader.createStatement()) {
            assertTrue(sql.executeQuery("select checkpoint_name from it_reader.checkpoints").next());
            assertDenied(sql, "insert into it_reader.checkpoints (report_date) values (current_date)");
            assertDenied(sql, "select * from it_reader.staging");
            assertDenied(sql, "select * from it_reader_meta.reports");
            assertDenied(sql, "create table it_reader.mine (x int)");
        }
    }

    @Test
    void aMissingRoleIsPlannedAndItsCreationNeedsAnAdministrator() throws SQLException {
        ReaderRole role = role("it_reader_missing");
        List<Change> plan = role.plan(db);
        assertEquals(english(Action.CREATE, "role it_reader_missing", "LOGIN, read-only"), english(plan.get(0)));
        assertEquals(Action.CREATE, plan.get(1).action());
        boolean mayCreateRoles;
        try (Statement sql = db.createStatement(); var rows = sql.executeQuery(
                "select rolcreaterole or rolsuper from pg_roles where rolname = current_user")) {
            rows.next();
            mayCreateRoles = rows.getBoolean(1);
        }
        if (!mayCreateRoles) {
            ReaderRoleException e = assertThrows(ReaderRoleException.class, () -> role.ensure(db));
            System.out.println("  " + e.getMessage());
            assertTrue(e.getMessage().startsWith("cannot create role it_reader_missing"), e.getMessage());
            assertFalse(e.getMessage().contains(READER_PASSWORD));
        }
    }

    private static void assertDenied(Statement sql, String statement) {
        SQLException e = assertThrows(SQLException.class, () -> sql.execute(statement));
        assertEquals("42501", e.getSQLState(), e.getMessage());
    }

    private void execute(String... statements) throws SQLException {
        try (Statement sql = db.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
