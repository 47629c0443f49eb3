package vn.covidmaps.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
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
import vn.covidmaps.text.Text;

/**
 * The work behind the facade's verbs that read loaded reports ({@link Publisher#diff}, {@link Publisher#history}),
 * and their typed results.
 */
public final class Reports {
    private final LayerCatalog catalog;
    private final Database database;
    private final String schema;
    private final String metaSchema;

    Reports(Settings settings, LayerCatalog catalog) {
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

    /** Compares the report of {@code date} with {@code against}, by default the previous loaded report. */
    DiffResult diff(LocalDate date, LocalDate against) {
        try (Connection db = database.connect()) {
            if (new ReportLog(metaSchema).fingerprint(db, date).isEmpty()) {
                throw new DatabaseException(Text.of("database.noReport", date, schema));
            }
            LocalDate before = against != null ? against : ReportDiff.previous(db, metaSchema, date).orElse(null);
            if (before != null && new ReportLog(metaSchema).fingerprint(db, before).isEmpty()) {
                throw new DatabaseException(Text.of("database.noReportToCompare", before, schema));
            }
            return new DiffResult(date, before, new ReportDiff(schema, catalog).loaded(db, date, before));
        } catch (SQLException e) {
            throw new DatabaseException(Text.of("database.compareFirst", date), e);
        }
    }

    HistoryResult history(int auditEntries) {
        try (Connection db = database.connect()) {
            return new HistoryResult(new ReportHistory(metaSchema).reports(db), new AuditLog(metaSchema).latest(db, auditEntries));
        } catch (SQLException e) {
            throw new DatabaseException(Text.of("database.readHistory"), e);
        }
    }
}
