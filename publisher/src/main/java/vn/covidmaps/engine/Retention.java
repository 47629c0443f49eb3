package vn.covidmaps.engine;

import java.time.LocalDate;
import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.postgis.Database;
import vn.covidmaps.postgis.ReportRemoval;
import vn.covidmaps.text.Text;

/** Data minimisation: how long reports are kept ({@code retention.days}), and deleting older ones. */
final class Retention {
    private final Settings settings;
    private final LayerCatalog catalog;

    Retention(Settings settings, LayerCatalog catalog) {
        this.settings = settings;
        this.catalog = catalog;
    }

    /**
     * The first report date {@code retention.days} keeps, counted back from the latest report (this one
     * or a later one already loaded); null when every report is kept.
     */
    LocalDate start(LocalDate reportDate) {
        String days = settings.require(Setting.RETENTION_DAYS);
        if (days.equalsIgnoreCase("all")) {
            return null;
        }
        int kept;
        try {
            kept = Integer.parseInt(days);
        } catch (NumberFormatException e) {
            kept = -1;
        }
        if (kept < 1) {
            throw new ConfigurationException(Text.of("retention.invalid", days));
        }
        LocalDate latest = removal().latest();
        LocalDate newest = latest != null && latest.isAfter(reportDate) ? latest : reportDate;
        return newest.minusDays(kept);
    }

    /** Deletes the reports before {@code keepFrom} (the one removal retract and purge use); null when it is null (every report is kept). */
    ReportRemoval.Found apply(LocalDate keepFrom) {
        return keepFrom == null ? null : removal().apply(ReportRemoval.Selection.before(keepFrom));
    }

    ReportRemoval removal() {
        return new ReportRemoval(new Database(settings), settings.require(Setting.DB_SCHEMA), settings.require(Setting.DB_META_SCHEMA), catalog);
    }
}
