package vn.covidmaps.postgis;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import vn.covidmaps.change.Action;
import vn.covidmaps.change.Change;
import vn.covidmaps.config.Identifier;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.text.Text;

/**
 * The read-only database role GeoServer connects with: it exists, can log in with the configured
 * password, has USAGE on the layer schema and SELECT on the layer tables, and nothing else there nor
 * anything on the meta schema. {@link #plan} only reads; {@link #ensure} also fixes what it can. Every
 * statement is built by PostgreSQL's {@code format()} from bound values, so no name is ever pasted into SQL.
 */
public final class ReaderRole {
    private record Fix(Change step, List<String> statements) {
    }

    private final String role;
    private final String password;
    private final String schema;
    private final String metaSchema;
    private final List<String> tables;

    public ReaderRole(String role, String password, String schema, String metaSchema, List<String> tables) {
        this.role = Identifier.require(Setting.GEOSERVER_DB_USER, role);
        this.password = password;
        this.schema = Identifier.require(Setting.DB_SCHEMA, schema);
        this.metaSchema = Identifier.require(Setting.DB_META_SCHEMA, metaSchema);
        this.tables = tables.stream().map(t -> Identifier.require(Text.of("name.layerTable"), t)).toList();
    }

    public static ReaderRole from(Settings settings, LayerCatalog catalog) {
        return new ReaderRole(settings.require(Setting.GEOSERVER_DB_USER), settings.require(Setting.GEOSERVER_DB_PASSWORD),
                settings.require(Setting.DB_SCHEMA), settings.require(Setting.DB_META_SCHEMA),
                java.util.stream.Stream.concat(catalog.layers().stream().map(LayerDefinition::name), BaseMapTables.NAMES.stream()).toList());
    }

    /** What {@link #ensure} would do; changes nothing. */
    public List<Change> plan(Connection connection) throws SQLException {
        return fixes(new PrivilegeQueries(connection, role)).stream().map(Fix::step).toList();
    }

    /**
     * Brings the role to its desired state in the connection's current transaction. Creating the role or
     * changing its attributes needs CREATEROLE; without it this throws a {@link ReaderRoleException}
     * telling the operator what an administrator must run (the transaction is then aborted: roll it back).
     */
    public List<Change> ensure(Connection connection) throws SQLException {
        PrivilegeQueries queries = new PrivilegeQueries(connection, role);
        List<Fix> fixes = fixes(queries);
        for (Fix fix : fixes) {
            for (String statement : fix.statements()) {
                try (Statement s = connection.createStatement()) {
                    s.execute(statement);
                } catch (SQLException e) {
                    if ("42501".equals(e.getSQLState())) {
                        throw new ReaderRoleException(fix.step(), queries.currentUser(), e.getMessage());
                    }
                    throw e;
                }
            }
        }
        return fixes.stream().map(Fix::step).toList();
    }

    private List<Fix> fixes(PrivilegeQueries q) throws SQLException {
        List<Fix> fixes = new ArrayList<>();
        Boolean canLogin = q.canLogin();
        Text who = Change.resource("role", role);
        if (canLogin == null) {
            fixes.add(new Fix(new Change(who, Action.CREATE, Text.of("role.create")),
                    List.of(q.format("CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L", role, password))));
        } else if (!canLogin || q.isPowerful()) {
            fixes.add(new Fix(new Change(who, Action.UPDATE, Text.of(canLogin ? "role.powerful" : "role.noLogin")),
                    List.of(q.format("ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE", role))));
        } else if (!q.passwordWorks(password)) {
            fixes.add(new Fix(new Change(who, Action.UPDATE, Text.of("role.wrongPassword")),
                    List.of(q.format("ALTER ROLE %I PASSWORD %L", role, password))));
        } else {
            fixes.add(new Fix(new Change(who, Action.UNCHANGED, Text.of("role.ok")), List.of()));
        }
        layerSchema(q, fixes, canLogin != null);
        metaSchema(q, fixes, canLogin != null);
        return fixes;
    }

    private void layerSchema(PrivilegeQueries q, List<Fix> fixes, boolean roleExists) throws SQLException {
        if (!q.schemaExists(schema)) {
            fixes.add(new Fix(new Change(Change.resource("schema", schema), Action.CREATE, Text.of("role.schemaLater", role)), List.of()));
            return;
        }
        boolean usage = roleExists && q.onSchema(schema, "USAGE");
        boolean create = roleExists && q.onSchema(schema, "CREATE");
        List<String> statements = new ArrayList<>();
        List<Text> what = new ArrayList<>();
        if (!usage) {
            statements.add(q.format("GRANT USAGE ON SCHEMA %I TO %I", schema, role));
            what.add(Text.of("role.grantUsage"));
        }
        if (create) {
            statements.add(q.format("REVOKE CREATE ON SCHEMA %I FROM %I", schema, role));
            what.add(Text.of("role.revokeCreate"));
        }
        fixes.add(new Fix(new Change(Change.resource("schema", schema), statements.isEmpty() ? Action.UNCHANGED : usage ? Action.UPDATE : Action.CREATE,
                what.isEmpty() ? Text.of("role.usageOnly") : Text.join(", ", what)), statements));
        for (PrivilegeQueries.Relation relation : q.relations(schema, roleExists)) {
            fixes.addAll(table(q, relation));
        }
    }

    private List<Fix> table(PrivilegeQueries q, PrivilegeQueries.Relation relation) throws SQLException {
        Text name = Change.resource("table", schema + "." + relation.name());
        if (!tables.contains(relation.name())) {
            return relation.select() || relation.write()
                    ? List.of(new Fix(new Change(name, Action.UPDATE, Text.of("role.notLayerTable")),
                    List.of(q.format("REVOKE ALL ON TABLE %I.%I FROM %I", schema, relation.name(), role))))
                    : List.of();
        }
        List<String> statements = new ArrayList<>();
        List<Text> what = new ArrayList<>();
        if (!relation.select()) {
            statements.add(q.format("GRANT SELECT ON TABLE %I.%I TO %I", schema, relation.name(), role));
            what.add(Text.of("role.grantSelect"));
        }
        if (relation.write()) {
            statements.add(q.format("REVOKE " + PrivilegeQueries.WRITE_PRIVILEGES + " ON TABLE %I.%I FROM %I",
                    schema, relation.name(), role));
            what.add(Text.of("role.revokeWrites"));
        }
        Action action = statements.isEmpty() ? Action.UNCHANGED : relation.select() ? Action.UPDATE : Action.CREATE;
        return List.of(new Fix(new Change(name, action, what.isEmpty() ? Text.of("role.selectOnly") : Text.join(", ", what)), statements));
    }

    private void metaSchema(PrivilegeQueries q, List<Fix> fixes, boolean roleExists) throws SQLException {
        if (!roleExists || !q.schemaExists(metaSchema)) {
            return;
        }
        List<String> statements = new ArrayList<>();
        if (q.onSchema(metaSchema, "USAGE, CREATE")) {
            statements.add(q.format("REVOKE ALL ON SCHEMA %I FROM %I", metaSchema, role));
        }
        if (q.relations(metaSchema, true).stream().anyMatch(r -> r.select() || r.write())) {
            statements.add(q.format("REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I", metaSchema, role));
        }
        fixes.add(new Fix(new Change(Change.resource("schema", metaSchema), statements.isEmpty() ? Action.UNCHANGED : Action.UPDATE,
                Text.of(statements.isEmpty() ? "role.metaNoAccess" : "role.revokeAll")), statements));
    }

}
