package vn.covidmaps.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.covidmaps.change.Action;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.error.CovidMapsException;
import vn.covidmaps.error.ErrorCode;
import vn.covidmaps.geometry.AdminBoundaries;
import vn.covidmaps.geometry.AdminUnits;
import vn.covidmaps.geometry.CoordinateParser;
import vn.covidmaps.geometry.ProvinceArea;
import vn.covidmaps.geometry.Vn2000;
import vn.covidmaps.geoserver.StyleValidator;
import vn.covidmaps.ingest.FeatureSink;
import vn.covidmaps.ingest.Problem;
import vn.covidmaps.ingest.Severity;
import vn.covidmaps.ingest.IngestContext;
import vn.covidmaps.ingest.IngestResult;
import vn.covidmaps.ingest.ReportIngest;
import vn.covidmaps.ingest.Workbook;
import vn.covidmaps.ingest.WorkbookOpener;
import java.util.Optional;
import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.privacy.PrivacyKey;
import vn.covidmaps.postgis.Database;
import vn.covidmaps.postgis.DatabasePlan;
import vn.covidmaps.postgis.LoadSession;
import vn.covidmaps.postgis.ReportLoader;
import vn.covidmaps.postgis.ReportRemoval;
import vn.covidmaps.text.Text;

/** The database half of publishing: reading the report, planning and loading its tables. */
final class DatabaseLoad {
    private final Settings settings;
    private final LayerCatalog catalog;
    private final Retention retention;

    /**
     * What {@link #load} did: the workbook check (null when it was skipped), the rows loaded per layer,
     * what they changed against the previous report (null when nothing was loaded), and the old reports
     * {@code retention.days} deleted (null when every report is kept, or nothing was loaded).
     */
    record Loaded(ValidationReport validation, DatabasePlan.Report report, Map<String, Long> rows, Reports.DiffResult diff,
                  ReportRemoval.Found retention) {
    }

    /**
     * What loading would do: the workbook check (styles included), the tables, the report it would be
     * compared with, and what it would change (null when the workbook has errors or a table conflicts).
     */
    record Preview(ValidationReport validation, DatabasePlan tables, LocalDate previous, Reports.DiffResult diff) {
    }

    DatabaseLoad(Settings settings, LayerCatalog catalog) {
        this.settings = settings;
        this.catalog = catalog;
        this.retention = new Retention(settings, catalog);
    }

    /** Reads and checks the whole report, and the SLD styles, without touching the database. */
    ValidationReport validate(List<Path> inputs, LocalDate reportDate) {
        ValidationReport report = read(inputs, reportDate, FeatureSink.DISCARD, privacyKey(false));
        addStyleProblems(report);
        return report;
    }

    private void addStyleProblems(ValidationReport report) {
        for (StyleValidator.StyleProblem style : StyleValidator.check(settings.path(Setting.STYLES_DIR), catalog)) {
            report.problems().add(new Problem(Severity.ERROR, style.file().toString(), null, 0,
                    style.line() > 0 ? Text.of("style.line", style.line()) : null, style.message(), null));
        }
    }

    /**
     * What {@link #load} would do, changing nothing: the report is read into staging tables under the
     * publisher lock, exactly as a load reads it, compared with the previous report, and dropped again.
     * On a database never published to, this creates the (empty) layer and bookkeeping schemas.
     */
    Preview preview(List<Path> inputs, LocalDate reportDate) {
        ReportLoader loader = loader();
        DatabasePlan tables = loader.plan(reportDate, fingerprint(inputs, reportDate));
        ValidationReport validation;
        LocalDate previous;
        Reports.DiffResult diff = null;
        try (LoadSession load = loader.begin(reportDate)) {
            validation = read(inputs, reportDate, load);
            previous = load.previousReport().orElse(null);
            if (validation.ok() && !tables.hasConflicts()) {
                diff = diff(load, reportDate);
            }
        } // closing drops the staged report
        addStyleProblems(validation);
        return new Preview(validation, tables, previous, diff);
    }

    /** The latest loaded report before {@code reportDate}, or null. */
    LocalDate previous(LocalDate reportDate) {
        try (java.sql.Connection db = new Database(settings).connect()) {
            return vn.covidmaps.postgis.ReportDiff.previous(db, settings.require(Setting.DB_META_SCHEMA), reportDate).orElse(null);
        } catch (java.sql.SQLException e) {
            throw new vn.covidmaps.postgis.DatabaseException(Text.of("database.readLoaded"), e);
        }
    }

    private Reports.DiffResult diff(LoadSession load, LocalDate reportDate) {
        LocalDate against = load.previousReport().orElse(null);
        return new Reports.DiffResult(reportDate, against,
                load.diff(new vn.covidmaps.postgis.ReportDiff(settings.require(Setting.DB_SCHEMA), catalog), against));
    }

    DatabasePlan plan(List<Path> inputs, LocalDate reportDate) {
        return loader().plan(reportDate, fingerprint(inputs, reportDate));
    }

    /**
     * Reads the report while its rows are COPYed into staging tables, so that parsing and PostgreSQL
     * work side by side, and swaps them in only if the report has no errors. The same files already
     * loaded for that date are recognised and not loaded again unless {@code force}.
     */
    Loaded load(List<Path> inputs, LocalDate reportDate, boolean force) {
        PrivacyKey key = privacyKey(true);
        LocalDate keepFrom = retention.start(reportDate);
        if (keepFrom != null && reportDate.isBefore(keepFrom)) {
            throw new ConfigurationException(
                    Text.of("retention.tooOld", reportDate, settings.get(Setting.RETENTION_DAYS), keepFrom));
        }
        String fingerprint = fingerprint(inputs, reportDate);
        ReportLoader loader = loader();
        DatabasePlan plan = loader.plan(reportDate, fingerprint);
        boolean tablesAsDeclared = plan.tables().stream().allMatch(t -> t.action() == Action.UNCHANGED);
        if (plan.report() == DatabasePlan.Report.UNCHANGED && tablesAsDeclared && !force) {
            return new Loaded(null, DatabasePlan.Report.UNCHANGED, Map.of(), null, retention.apply(keepFrom));
        }
        if (plan.hasConflicts()) {
            // refused before the report is read; the load checks the tables again under its lock
            throw new CovidMapsException(ErrorCode.TABLE_CONFLICT, Text.join("; ", plan.conflicts()));
        }
        Loaded done;
        try (LoadSession load = loader.begin(reportDate)) {
            ValidationReport validation = read(inputs, reportDate, load, key);
            if (!validation.ok()) {
                return new Loaded(validation, plan.report(), Map.of(), null, null); // closing rolls back
            }
            Reports.DiffResult diff = diff(load, reportDate); // what the swap is about to change, as plan showed it
            Map<String, Long> loaded = load.commit(fingerprint);
            DatabasePlan.Report report = plan.report() == DatabasePlan.Report.UNCHANGED ? DatabasePlan.Report.REPLACE : plan.report();
            done = new Loaded(validation, report, loaded, diff, null);
        }
        // after the load's lock is released: the purge takes it again
        return new Loaded(done.validation(), done.report(), done.rows(), done.diff(), retention.apply(retention.start(reportDate)));
    }

    /** Takes report dates out of every layer: retract, purge and retention.days are this one removal. */
    ReportRemoval removal() {
        return retention.removal();
    }

    /** Whether {@code publish} has the key its generalised layers need, for {@code plan}. */
    boolean hasPrivacyKey() {
        return settings.optional(Setting.PRIVACY_KEY).isPresent();
    }

    /**
     * The key that places the areas of generalised layers. Publishing needs the configured one and is
     * refused without it; reading that publishes nothing may use a throw-away key.
     */
    private PrivacyKey privacyKey(boolean publishing) {
        Optional<LayerDefinition> generalised = catalog.layers().stream().filter(l -> l.generalise() != null).findFirst();
        Optional<String> configured = settings.optional(Setting.PRIVACY_KEY);
        if (generalised.isEmpty() || configured.isEmpty() && !publishing) {
            return PrivacyKey.throwaway();
        }
        String file = catalog.directory().resolve(generalised.get().name() + ".yaml").toString();
        if (configured.isEmpty()) {
            throw new ConfigurationException(Text.of("privacy.keyMissing", generalised.get().name(), file,
                    Setting.PRIVACY_KEY.environmentVariable(), PrivacyKey.MIN_LENGTH));
        }
        return configuredKey(configured.get());
    }

    /** privacy.key as a key, or the configuration error that it is too short. */
    private static PrivacyKey configuredKey(String key) {
        try {
            return PrivacyKey.of(key);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(Text.of("privacy.keyShort", PrivacyKey.MIN_LENGTH), e);
        }
    }

    /**
     * Reads the whole report into {@code sink}: the one reading path that validate, publish and the
     * benchmark (which spools the rows publish would COPY) share.
     */
    ValidationReport read(List<Path> inputs, LocalDate reportDate, FeatureSink sink) {
        // areas drawn with a throw-away key when privacy.key is not set: still areas, only not the same in every report
        return read(inputs, reportDate, sink, privacyKey(false));
    }

    private ValidationReport read(List<Path> inputs, LocalDate reportDate, FeatureSink sink, PrivacyKey key) {
        try (Workbook workbook = WorkbookOpener.open(inputs)) {
            IngestResult result = ReportIngest.run(catalog, workbook, context(reportDate, key), sink);
            return new ValidationReport(workbook.displayName(), reportDate, result.problems(), result.counts());
        }
    }

    private IngestContext context(LocalDate reportDate, PrivacyKey key) {
        Set<String> provinces = Arrays.stream(settings.require(Setting.PROVINCES).split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        AdminBoundaries boundaries = new AdminBoundaries(settings.optional(Setting.COMMUNE_BOUNDARIES).map(Path::of).orElse(null),
                settings.get(Setting.COMMUNE_CODE_FIELD), settings.optional(Setting.COMMUNE_LAYER).orElse(null));
        return new IngestContext(reportDate, new CoordinateParser(Vn2000.fromSetting(settings.get(Setting.VN2000_CRS))),
                AdminUnits.bundled(provinces), boundaries, ProvinceArea.of(provinces), key);
    }

    private ReportLoader loader() {
        return new ReportLoader(new Database(settings), settings.require(Setting.DB_SCHEMA),
                settings.require(Setting.DB_META_SCHEMA), catalog);
    }

    private String fingerprint(List<Path> inputs, LocalDate reportDate) {
        Fingerprint fingerprint = new Fingerprint().text(reportDate.toString());
        inputs.forEach(fingerprint::file);
        fingerprint.file(catalog.directory());
        settings.optional(Setting.COMMUNE_BOUNDARIES).map(Path::of).ifPresent(fingerprint::file);
        // a new key moves every area, so the same files are loaded again; the key itself is never stored
        settings.optional(Setting.PRIVACY_KEY).ifPresent(key -> fingerprint.text(
                java.util.HexFormat.of().formatHex(configuredKey(key).hash("covidmaps fingerprint"))));
        return fingerprint.text(settings.get(Setting.PROVINCES)).text(settings.get(Setting.VN2000_CRS)).hex();
    }
}
