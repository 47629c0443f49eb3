package vn.covidmaps.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
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
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.postgis.Database;
import vn.covidmaps.postgis.DatabaseException;
import vn.covidmaps.postgis.DatabasePlan;
import vn.covidmaps.postgis.LoadSession;
import vn.covidmaps.postgis.ReportLoader;
import vn.covidmaps.postgis.TableChange;
import vn.covidmaps.postgis.ReportDiff;
import vn.covidmaps.config.Messages;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The publisher's engine, free of any command-line concern: {@link #validate}, {@link #planDatabase}
 * and {@link #publish} return typed results that the CLI renders.
 */
public final class Publisher {
    private final Settings settings;
    private final LayerCatalog catalog;

    public Publisher(Settings settings) {
        this.settings = settings;
        this.catalog = LayerCatalog.load(settings.path(Setting.LAYERS_DIR));
    }

    public LayerCatalog catalog() {
        return catalog;
    }

    /** Reads and checks the whole report, and the SLD styles, without touching the database. */
    public ValidationReport validate(List<Path> inputs, LocalDate reportDate) {
        ValidationReport report = read(inputs, reportDate, FeatureSink.DISCARD);
        addStyleProblems(report);
        return report;
    }

    private void addStyleProblems(ValidationReport report) {
        for (StyleValidator.StyleProblem style : StyleValidator.check(settings.path(Setting.STYLES_DIR), catalog)) {
            report.problems().add(new Problem(Severity.ERROR, style.file().toString(), null, 0,
                    style.line() > 0 ? "line " + style.line() : null, style.message(), null));
        }
    }

    public DatabasePlan planDatabase(List<Path> inputs, LocalDate reportDate) {
        return loader().plan(reportDate, fingerprint(inputs, reportDate));
    }

    /**
     * Reads the report while its rows are COPYed into staging tables, so that parsing and PostgreSQL
     * work side by side, and swaps them in only if the report has no errors. The same files already
     * loaded for that date are recognised and not loaded again unless {@code force}.
     */
    public PublishReport publish(List<Path> inputs, LocalDate reportDate, boolean force) {
        String fingerprint = fingerprint(inputs, reportDate);
        ReportLoader loader = loader();
        DatabasePlan plan = loader.plan(reportDate, fingerprint);
        boolean tablesAsDeclared = plan.tables().stream().allMatch(t -> t.action() == TableChange.Action.UNCHANGED);
        if (plan.report() == DatabasePlan.Report.UNCHANGED && tablesAsDeclared && !force) {
            return new PublishReport(null, DatabasePlan.Report.UNCHANGED, Map.of());
        }
        if (plan.hasConflicts()) {
            // refused before the report is read; the load checks the tables again under its lock
            throw new DatabaseException(String.join("; ", plan.conflicts()));
        }
        try (LoadSession load = loader.begin(reportDate)) {
            ValidationReport validation = read(inputs, reportDate, load);
            if (!validation.ok()) {
                return new PublishReport(validation, plan.report(), Map.of()); // closing rolls back
            }
            Reports.DiffResult diff = stagedDiff(load, reportDate);
            Map<String, Long> loaded = load.commit(fingerprint);
            DatabasePlan.Report report = plan.report() == DatabasePlan.Report.UNCHANGED ? DatabasePlan.Report.REPLACE : plan.report();
            return new PublishReport(validation, report, loaded, diff);
        }
    }

    /**
     * What {@link #publish} would do, changing nothing: the report is read into staging tables under
     * the publisher lock, as publish reads it, compared with the previous report, and dropped again.
     * The fingerprints of what it saw let {@link #publish(ReviewedPlan)} apply exactly this plan.
     */
    public PlanReport plan(List<Path> inputs, LocalDate reportDate) {
        ReportLoader loader = loader();
        DatabasePlan database = loader.plan(reportDate, fingerprint(inputs, reportDate));
        ValidationReport validation;
        Reports.DiffResult diff = null;
        LocalDate previous;
        try (LoadSession load = loader.begin(reportDate)) {
            validation = read(inputs, reportDate, load);
            previous = load.previousReport().orElse(null);
            if (validation.ok() && !database.hasConflicts()) {
                diff = stagedDiff(load, reportDate);
            }
        } // closing drops the staged report
        addStyleProblems(validation);
        MapPublication.Plan geoserver = new MapPublication(settings, catalog).plan();
        return new PlanReport(reportDate, inputs.stream().map(Path::toAbsolutePath).toList(), validation, database, diff, geoserver,
                PlanFingerprints.of(settings, catalog, inputs, reportDate, database, previous, geoserver));
    }

    /**
     * Publishes a reviewed plan ({@code plan --out}) exactly as it was reviewed: refused with a sentence
     * when the workbook, the layer files, the styles, the configuration, the database or GeoServer
     * differ from what the plan saw, or when the plan's workbook had errors.
     */
    public PublishReport publish(ReviewedPlan plan) {
        if (!plan.ok()) {
            throw new PlanRefusedException(Messages.get("planfile.withErrors", plan.file()));
        }
        ReportLoader loader = loader();
        DatabasePlan database = loader.plan(plan.date(), fingerprint(plan.inputs(), plan.date()));
        LocalDate previous;
        try (Connection db = new Database(settings).connect()) {
            previous = ReportDiff.previous(db, settings.require(Setting.DB_META_SCHEMA), plan.date()).orElse(null);
        } catch (SQLException e) {
            throw new DatabaseException("reading the loaded reports failed", e);
        }
        PlanFingerprints now = PlanFingerprints.of(settings, catalog, plan.inputs(), plan.date(), database, previous,
                new MapPublication(settings, catalog).plan());
        List<String> changed = plan.fingerprints().differences(now);
        if (!changed.isEmpty()) {
            String what = changed.stream().map(name -> Messages.get("planfile.what." + name)).collect(Collectors.joining(", "));
            throw new PlanRefusedException(Messages.get("planfile.stale", plan.file(), what));
        }
        return publish(plan.inputs(), plan.date(), false);
    }

    private Reports.DiffResult stagedDiff(LoadSession load, LocalDate reportDate) {
        LocalDate against = load.previousReport().orElse(null);
        return new Reports.DiffResult(reportDate, against,
                load.diff(new ReportDiff(settings.require(Setting.DB_SCHEMA), catalog), against));
    }

    /**
     * Reads the whole report into {@code sink}: the one reading path that validate, publish and the
     * benchmark (which spools the rows publish would COPY) share.
     */
    public ValidationReport read(List<Path> inputs, LocalDate reportDate, FeatureSink sink) {
        try (Workbook workbook = WorkbookOpener.open(inputs)) {
            IngestResult result = ReportIngest.run(catalog, workbook, context(reportDate), sink);
            return new ValidationReport(workbook.displayName(), reportDate, result.problems(), result.counts());
        }
    }

    private IngestContext context(LocalDate reportDate) {
        Set<String> provinces = Arrays.stream(settings.require(Setting.PROVINCES).split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        AdminBoundaries boundaries = new AdminBoundaries(settings.optional(Setting.COMMUNE_BOUNDARIES).map(Path::of).orElse(null),
                settings.get(Setting.COMMUNE_CODE_FIELD), settings.optional(Setting.COMMUNE_LAYER).orElse(null));
        return new IngestContext(reportDate, new CoordinateParser(Vn2000.fromSetting(settings.get(Setting.VN2000_CRS))),
                AdminUnits.bundled(provinces), boundaries, ProvinceArea.of(provinces));
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
        return fingerprint.text(settings.get(Setting.PROVINCES)).text(settings.get(Setting.VN2000_CRS)).hex();
    }

    /**
     * Writes the workbook that goes back to the Health Department: a copy of the report with each
     * problem of {@code validation} marked on its cell, and a first sheet listing them all. Returns
     * how many cells were marked.
     */
    public int annotate(List<Path> inputs, ValidationReport validation, Path out) {
        try (Workbook workbook = WorkbookOpener.open(inputs)) {
            return vn.covidmaps.annotate.AnnotatedWorkbook.write(workbook, validation.problems(), out);
        }
    }
}
