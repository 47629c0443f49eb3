package vn.covidmaps.postgis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** What PostgreSQL's catalogs say about a role's privileges; values are always bound, never pasted. */
final class PrivilegeQueries {
    static final String WRITE_PRIVILEGES = "INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER";

    /** A table, view or foreign table, and whether the role may read it or change it. */
    record Relation(String name, boolean select, boolean write) {
    }

    private final Connection connection;
    private final String role;

    PrivilegeQueries(Connection connection, String role) {
        this.connection = connection;
        this.role = role;
    }

    /** Whether the role may log in; null when it does not exist. */
    Boolean canLogin() throws SQLException {
        return bool("select rolcanlogin from pg_roles where rolname = ?", role);
    }

    boolean isPowerful() throws SQLException {
        return Boolean.TRUE.equals(bool("select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = ?", role));
    }

    boolean schemaExists(String schema) throws SQLException {
        return bool("select true from pg_namespace where nspname = ?", schema) != null;
    }

    /** {@code privileges} like "USAGE" or "USAGE, CREATE" (true if any is held). */
    boolean onSchema(String schema, String privileges) throws SQLException {
        return Boolean.TRUE.equals(bool("select has_schema_privilege(?::name, ?::text, ?)", role, schema, privileges));
    }

    List<Relation> relations(String schema, boolean roleExists) throws SQLException {
        String sql = "select c.relname, "
                + (roleExists ? "has_table_privilege(?::name, c.oid, 'SELECT'), has_table_privilege(?::name, c.oid, ?)" : "false, false")
                + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = ? and c.relkind in ('r', 'p', 'v', 'm', 'f') order by c.relname";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            if (roleExists) {
                statement.setString(i++, role);
                statement.setString(i++, role);
                statement.setString(i++, WRITE_PRIVILEGES);
            }
            statement.setString(i, schema);
            List<Relation> out = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    out.add(new Relation(rows.getString(1), rows.getBoolean(2), rows.getBoolean(3)));
                }
            }
            return out;
        }
    }

    /** Tries to log in as the role on the same database; false when PostgreSQL refuses the password. */
    boolean passwordWorks(String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "10");
        try (Connection reader = DriverManager.getConnection(connection.getMetaData().getURL(), properties)) {
            return reader.isValid(5);
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("28")) {
                return false;
            }
            throw e;
        }
    }

    /** PostgreSQL's own format(): %I quotes identifiers, %L quotes literals. */
    String format(String template, String... values) throws SQLException {
        StringBuilder sql = new StringBuilder("select format(?");
        for (int i = 0; i < values.length; i++) {
            sql.append(", ?::text");
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.append(")").toString())) {
            statement.setString(1, template);
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 2, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    String currentUser() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("select current_user")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private Boolean bool(String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getBoolean(1) : null;
            }
        }
    }
}
