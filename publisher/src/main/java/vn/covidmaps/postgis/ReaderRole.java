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
import java.util.regex.Pattern;
import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;

/**
 * The read-only database role GeoServer connects with: it exists, can log in with the configured
 * password, has USAGE on the layer schema and SELECT on the layer tables, and nothing else there nor
 * anything on the meta schema. {@link #plan} only reads; {@link #ensure} also fixes what it can. Every
 * statement is built by PostgreSQL's {@code format()} from bound values, so no name is ever pasted into SQL.
 */
public final class ReaderRole {
    public enum Action { CREATE, UPDATE, UNCHANGED }

    /** One thing checked: what, whether it must change, and why. */
    public record Step(String resource, Action action, String detail) {
    }

    private record Fix(Step step, List<String> statements) {
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String WRITE_PRIVILEGES = "INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER";

    private final String role;
    private final String password;
    private final String schema;
    private final String metaSchema;
    private final List<String> tables;

    public ReaderRole(String role, String password, String schema, String metaSchema, List<String> tables) {
        this.role = identifier("geoserver.db.user", role);
        this.password = password;
        this.schema = identifier("db.schema", schema);
        this.metaSchema = identifier("db.meta_schema", metaSchema);
        this.tables = tables.stream().map(t -> identifier("layer table", t)).toList();
    }

    public static ReaderRole from(Settings settings, LayerCatalog catalog) {
        return new ReaderRole(settings.require(Setting.GEOSERVER_DB_USER), settings.require(Setting.GEOSERVER_DB_PASSWORD),
                settings.require(Setting.DB_SCHEMA), settings.require(Setting.DB_META_SCHEMA),
                catalog.layers().stream().map(LayerDefinition::name).toList());
    }

    public String role() {
        return role;
    }

    /** What {@link #ensure} would do; changes nothing. */
    public List<Step> plan(Connection connection) throws SQLException {
        return fixes(connection).stream().map(Fix::step).toList();
    }

    /**
     * Brings the role to its desired state in the connection's current transaction. Creating the role or
     * changing its attributes needs CREATEROLE; without it this throws a {@link ReaderRoleException}
     * telling the operator what an administrator must run.
     */
    public List<Step> ensure(Connection connection) throws SQLException {
        List<Fix> fixes = fixes(connection);
        for (Fix fix : fixes) {
            for (String statement : fix.statements()) {
                try (Statement s = connection.createStatement()) {
                    s.execute(statement);
                } catch (SQLException e) {
                    if ("42501".equals(e.getSQLState())) {
                        throw new ReaderRoleException(fix.step(), current(connection), e.getMessage());
                    }
                    throw e;
                }
            }
        }
        return fixes.stream().map(Fix::step).toList();
    }

    private List<Fix> fixes(Connection c) throws SQLException {
        List<Fix> fixes = new ArrayList<>();
        Boolean canLogin = queryBoolean(c, "select rolcanlogin from pg_roles where rolname = ?", role);
        String who = "role " + role;
        if (canLogin == null) {
            fixes.add(new Fix(new Step(who, Action.CREATE, "LOGIN, read-only"),
                    List.of(format(c, "CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L", role, password))));
        } else {
            boolean powerful = Boolean.TRUE.equals(queryBoolean(c,
                    "select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = ?", role));
            if (!canLogin || powerful) {
                fixes.add(new Fix(new Step(who, Action.UPDATE, (canLogin ? "" : "cannot log in; ")
                        + (powerful ? "has superuser, createrole or createdb" : "")),
                        List.of(format(c, "ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE", role))));
            } else if (!passwordWorks(c)) {
                fixes.add(new Fix(new Step(who, Action.UPDATE, "cannot log in with geoserver.db.password"),
                        List.of(format(c, "ALTER ROLE %I PASSWORD %L", role, password))));
            } else {
                fixes.add(new Fix(new Step(who, Action.UNCHANGED, "logs in, read-only"), List.of()));
            }
        }
        schemaFixes(c, fixes, canLogin != null);
        return fixes;
    }

    private void schemaFixes(Connection c, List<Fix> fixes, boolean roleExists) throws SQLException {
        String where = "schema " + schema;
        if (queryBoolean(c, "select true from pg_namespace where nspname = ?", schema) == null) {
            fixes.add(new Fix(new Step(where, Action.CREATE, "USAGE for " + role + " once the load creates the schema"), List.of()));
            return;
        }
        boolean usage = roleExists && has(c, "has_schema_privilege(?::name, ?::text, 'USAGE')", schema);
        boolean create = roleExists && has(c, "has_schema_privilege(?::name, ?::text, 'CREATE')", schema);
        List<String> statements = new ArrayList<>();
        if (!usage) {
            statements.add(format(c, "GRANT USAGE ON SCHEMA %I TO %I", schema, role));
        }
        if (create) {
            statements.add(format(c, "REVOKE CREATE ON SCHEMA %I FROM %I", schema, role));
        }
        fixes.add(new Fix(new Step(where, statements.isEmpty() ? Action.UNCHANGED : usage ? Action.UPDATE : Action.CREATE,
                usage && !create ? "USAGE only" : (usage ? "" : "grant USAGE") + (create ? " revoke CREATE" : "")), statements));
        for (Relation relation : relations(c, schema, roleExists)) {
            String table = schema + "." + relation.name();
            if (tables.contains(relation.name())) {
                List<String> fix = new ArrayList<>();
                if (!relation.select()) {
                    fix.add(format(c, "GRANT SELECT ON TABLE %I.%I TO %I", schema, relation.name(), role));
                }
                if (relation.write()) {
                    fix.add(format(c, "REVOKE " + WRITE_PRIVILEGES + " ON TABLE %I.%I FROM %I", schema, relation.name(), role));
                }
                fixes.add(new Fix(new Step("table " + table, fix.isEmpty() ? Action.UNCHANGED
                        : relation.select() ? Action.UPDATE : Action.CREATE,
                        fix.isEmpty() ? "SELECT only" : (relation.select() ? "" : "grant SELECT ") + (relation.write() ? "revoke writes" : "")), fix));
            } else if (relation.select() || relation.write()) {
                fixes.add(new Fix(new Step("table " + table, Action.UPDATE, "not a layer table: revoke all"),
                        List.of(format(c, "REVOKE ALL ON TABLE %I.%I FROM %I", schema, relation.name(), role))));
            }
        }
        metaFixes(c, fixes, roleExists);
    }

    private void metaFixes(Connection c, List<Fix> fixes, boolean roleExists) throws SQLException {
        if (!roleExists || queryBoolean(c, "select true from pg_namespace where nspname = ?", metaSchema) == null) {
            return;
        }
        boolean onSchema = has(c, "has_schema_privilege(?::name, ?::text, 'USAGE, CREATE')", metaSchema);
        boolean onTables = relations(c, metaSchema, true).stream().anyMatch(r -> r.select() || r.write());
        List<String> statements = new ArrayList<>();
        if (onSchema) {
            statements.add(format(c, "REVOKE ALL ON SCHEMA %I FROM %I", metaSchema, role));
        }
        if (onTables) {
            statements.add(format(c, "REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I", metaSchema, role));
        }
        fixes.add(new Fix(new Step("schema " + metaSchema, statements.isEmpty() ? Action.UNCHANGED : Action.UPDATE,
                statements.isEmpty() ? "no access (bookkeeping is never published)" : "revoke all"), statements));
    }

    private record Relation(String name, boolean select, boolean write) {
    }

    private List<Relation> relations(Connection c, String inSchema, boolean roleExists) throws SQLException {
        String sql = "select c.relname, "
                + (roleExists ? "has_table_privilege(?::name, c.oid, 'SELECT'), has_table_privilege(?::name, c.oid, '"
                + WRITE_PRIVILEGES + "')" : "false, false")
                + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = ? and c.relkind in ('r', 'p', 'v', 'm', 'f') order by c.relname";
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            int i = 1;
            if (roleExists) {
                statement.setString(i++, role);
                statement.setString(i++, role);
            }
            statement.setString(i, inSchema);
            List<Relation> out = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    out.add(new Relation(rows.getString(1), rows.getBoolean(2), rows.getBoolean(3)));
                }
            }
            return out;
        }
    }

    private boolean passwordWorks(Connection c) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "10");
        try (Connection reader = DriverManager.getConnection(c.getMetaData().getURL(), properties)) {
            return reader.isValid(5);
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("28")) {
                return false;
            }
            throw e;
        }
    }

    private boolean has(Connection c, String function, String object) throws SQLException {
        return Boolean.TRUE.equals(queryBoolean(c, "select " + function, role, object));
    }

    private static Boolean queryBoolean(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getBoolean(1) : null;
            }
        }
    }

    /** PostgreSQL's own format(): %I quotes identifiers, %L quotes literals. */
    private static String format(Connection c, String template, String... values) throws SQLException {
        StringBuilder sql = new StringBuilder("select format(?");
        for (int i = 0; i < values.length; i++) {
            sql.append(", ?::text");
        }
        try (PreparedStatement statement = c.prepareStatement(sql.append(")").toString())) {
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

    private static String current(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("select current_user")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String identifier(String setting, String value) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new ConfigurationException(setting + " '" + value + "' must be a lower-case ASCII identifier (a-z, 0-9, _)");
        }
        return value;
    }
}
