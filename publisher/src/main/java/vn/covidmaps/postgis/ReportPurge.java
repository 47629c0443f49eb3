package vn.covidmaps.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.text.Text;

/**
 * Deletes whole report dates older than a given date from every layer, and their records in the
 * bookkeeping schema: data minimisation, so that nothing is kept longer than the map needs it. The
 * layers concerned are marked for GeoServer in the same transaction, which clears their cached tiles
 * (now, or at the next publish if GeoServer is down). GeoServer takes the TIME values from the data,
 * so a dropped date leaves its dimension with the partition.
 */
public final class ReportPurge {
    private final Database database;
    private final String schema;
    private final ReportLog log;
    private final LayerCatalog catalog;

    public ReportPurge(Database database, String schema, String metaSchema, LayerCatalog catalog) {
        this.database = database;
        Identifiers.quote(schema);
        this.schema = schema;
        this.log = new ReportLog(metaSchema);
        this.catalog = catalog;
        Identifiers.quote(metaSchema);
    }

    /** One report date of one layer, with its row count. */
    public record Dated(String layer, LocalDate reportDate, long rows) {
    }

    /** What {@link #delete} would delete; changes nothing. */
    public List<Dated> plan(LocalDate before) {
        try (Connection db = database.connect()) {
            return find(db, before);
        } catch (SQLException e) {
            throw new DatabaseException(Text.of("database.readDates"), e);
        }
    }

    /** Deletes every report date older than {@code before}, in one transaction under the publisher lock. */
    public List<Dated> delete(LocalDate before) {
        try (Connection db = database.connect()) {
            try (Statement sql = db.createStatement()) {
                sql.execute("SELECT pg_advisory_lock(hashtext('covidmaps:" + schema + "'))"); // released when the connection closes
            }
            db.setAutoCommit(false);
            try {
                List<Dated> found = find(db, before);
                Set<String> layers = new LinkedHashSet<>();
                for (Dated dated : found) {
                    if (dated.layer() != null) {
                        new LayerTable(schema, catalog.layer(dated.layer())).deleteReport(db, dated.reportDate());
                        layers.add(dated.layer());
                    }
                }
                log.forgetBefore(db, before);
                if (!layers.isEmpty()) {
                    log.ensure(db);
                    log.markPending(db, layers);
                }
                db.commit();
                return found;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException(Text.of("database.purge", before), e);
        }
    }

    /** The newest report date any layer holds, or null when there is none. */
    public LocalDate latest() {
        try (Connection db = database.connect()) {
            LocalDate latest = null;
            for (LayerDefinition layer : catalog.layers()) {
                LayerTable table = new LayerTable(schema, layer);
                if (table.exists(db)) {
                    for (LocalDate date : table.reportDates(db)) {
                        latest = latest == null || date.isAfter(latest) ? date : latest;
                    }
                }
            }
            return latest;
        } catch (SQLException e) {
            throw new DatabaseException(Text.of("database.readDates"), e);
        }
    }

    /** Per layer and date older than {@code before}, its rows; dates only the bookkeeping knows have no layer. */
    private List<Dated> find(Connection db, LocalDate before) throws SQLException {
        List<Dated> found = new ArrayList<>();
        Set<LocalDate> inLayers = new LinkedHashSet<>();
        for (LayerDefinition layer : catalog.layers()) {
            LayerTable table = new LayerTable(schema, layer);
            if (!table.exists(db)) {
                continue;
            }
            for (LocalDate date : table.reportDates(db)) {
                if (date.isBefore(before)) {
                    found.add(new Dated(layer.name(), date, rows(db, table, date)));
                    inLayers.add(date);
                }
            }
        }
        for (LocalDate date : log.datesBefore(db, before)) {
            if (!inLayers.contains(date)) {
                found.add(new Dated(null, date, 0));
            }
        }
        return found;
    }

    private static long rows(Connection db, LayerTable table, LocalDate date) throws SQLException {
        try (PreparedStatement count = db.prepareStatement("SELECT count(*) FROM " + table.qualifiedName() + " WHERE "
                + LayerTable.REPORT_DATE + " = ?")) {
            count.setObject(1, date);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
