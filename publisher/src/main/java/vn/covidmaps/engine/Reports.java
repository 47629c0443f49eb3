package vn.covidmaps.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.postgis.AuditLog;
import vn.covidmaps.postgis.Database;
import vn.covidmaps.postgis.DatabaseException;
import vn.covidmaps.postgis.LayerDiff;
import vn.covidmaps.postgis.ReportDiff;
import vn.covidmaps.postgis.ReportHistory;
import vn.covidmaps.postgis.ReportLog;
import vn.covidmaps.postgis.Retraction;

/**
 * The operator's verbs on loaded reports: what a report changes ({@link #diff}), which reports are
 * loaded and who did what ({@link #history}), and taking a report back ({@link #retract}).
 */
public final class Reports {
    private final Settings settings;
    private final LayerCatalog catalog;
    private final Database database;
    private final String schema;
    private final String metaSchema;

    public Reports(Settings settings, LayerCatalog catalog) {
        this.settings = settings;
        this.catalog = catalog;
        this.database = new Database(settings);
        this.schema = settings.require(Setting.DB_SCHEMA);
        this.metaSchema = settings.require(Setting.DB_META_SCHEMA);
    }

    /** What a loaded report changes, layer by layer. {@code against} is null when there is nothing to compare with. */
    public record DiffResult(LocalDate date, LocalDate against, List<LayerDiff> layers) {
    }

    /** The loaded reports, oldest first, and the newest entries of the audit trail. */
    public record HistoryResult(List<ReportHistory.LoadedReport> reports, List<AuditLog.Entry> audit) {
    }

    /**
     * What a retraction removed (or, not applied, would remove), and GeoServer's refresh after it.
     *
     * @param geoserver        null when not applied, database only, or GeoServer failed
     * @param geoserverFailure why GeoServer could not catch up; the layers stay marked for the next run
     */
    public record RetractResult(Retraction.Plan plan, boolean applied, MapPublication.Result geoserver, RuntimeException geoserverFailure) {
    }

    /** Compares the report of {@code date} with {@code against}, by default the previous loaded report. */
    public DiffResult diff(LocalDate date, LocalDate against) {
        try (Connection db = database.connect()) {
            if (new ReportLog(metaSchema).fingerprint(db, date).isEmpty()) {
                throw new DatabaseException("no report of " + date + " is loaded in " + schema + " (see covidmaps history)");
            }
            LocalDate before = against != null ? against : ReportDiff.previous(db, metaSchema, date).orElse(null);
            if (before != null && new ReportLog(metaSchema).fingerprint(db, before).isEmpty()) {
                throw new DatabaseException("no report of " + before + " is loaded in " + schema + " to compare with (see covidmaps history)");
            }
            return new DiffResult(date, before, new ReportDiff(schema, catalog).loaded(db, date, before));
        } catch (SQLException e) {
            throw new DatabaseException("comparing the report of " + date + " failed", e);
        }
    }

    public HistoryResult history(int auditEntries) {
        try (Connection db = database.connect()) {
            return new HistoryResult(new ReportHistory(metaSchema).reports(db), new AuditLog(metaSchema).latest(db, auditEntries));
        } catch (SQLException e) {
            throw new DatabaseException("reading the history of reports failed", e);
        }
    }

    /**
     * Without {@code apply}, only says what would go. Applied: removes the date from PostGIS in one
     * transaction, then lets GeoServer catch up (tiles, bounds) on every layer still marked, including
     * those a failed earlier run left, so running it again after a failure converges.
     */
    public RetractResult retract(LocalDate date, boolean apply, boolean databaseOnly) {
        Retraction retraction = new Retraction(database, schema, metaSchema, catalog);
        if (!apply) {
            return new RetractResult(retraction.plan(date), false, null, null);
        }
        Retraction.Plan done = retraction.apply(date);
        if (databaseOnly || (!done.hasData() && done.pending().isEmpty())) {
            return new RetractResult(done, true, null, null);
        }
        Set<String> refresh = new LinkedHashSet<>(done.hasData() ? done.rows().keySet() : done.pending());
        try {
            return new RetractResult(done, true, new MapPublication(settings, catalog).apply(refresh), null);
        } catch (RuntimeException e) {
            return new RetractResult(done, true, null, e);
        }
    }
}
