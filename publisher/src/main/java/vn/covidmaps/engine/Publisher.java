package vn.covidmaps.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.covidmaps.config.Messages;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.ingest.FeatureSink;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.opendata.OpenDataExport;
import vn.covidmaps.portal.MapPortal;
import vn.covidmaps.postgis.DatabasePlan;
import vn.covidmaps.postgis.ReportRemoval;
import vn.covidmaps.qgis.QgisProject;
import vn.covidmaps.text.Outcome;
import vn.covidmaps.ingest.DateValues;
import vn.covidmaps.text.Text;

/**
 * The publisher's one facade, free of any command-line concern: each verb returns a typed result
 * that the CLI renders. Publishing goes database first, then GeoServer; how a GeoServer failure after
 * a successful load is handled is decided here, not by the caller.
 */
public final class Publisher {
    private final Settings settings;
    private final LayerCatalog catalog;
    private final DatabaseLoad database;

    public Publisher(Settings settings) {
        this.settings = settings;
        this.catalog = LayerCatalog.load(settings.path(Setting.LAYERS_DIR));
        this.database = new DatabaseLoad(settings, catalog);
    }

    /** A report date as the operator types it, in the forms a workbook's date cell takes (08/06/2021, 2021-06-08); empty if it is none. */
    public static Optional<LocalDate> reportDate(String text) {
        Outcome<LocalDate> date = DateValues.parse(text);
        return date.failed() ? Optional.empty() : Optional.ofNullable(date.value());
    }

    /** The layer definitions this publisher works with. */
    public LayerCatalog catalog() {
        return catalog;
    }

    /** Reads and checks the whole report, and the SLD styles, without touching the database. */
    public ValidationReport validate(List<Path> inputs, LocalDate reportDate) {
        return database.validate(inputs, reportDate);
    }

    /** The PostGIS half of {@link #plan}: the report's date and each layer table. */
    public DatabasePlan planDatabase(List<Path> inputs, LocalDate reportDate) {
        return database.plan(inputs, reportDate);
    }

    /**
     * What {@link #publish} would do in PostGIS and on GeoServer, and what the report changes against
     * the previous one; changes nothing (the report is staged under the publisher lock to be compared,
     * then dropped). The plan carries fingerprints of what it saw, for {@link #publish(ReviewedPlan, boolean)}.
     */
    public Plan plan(List<Path> inputs, LocalDate reportDate) {
        DatabaseLoad.Preview preview = database.preview(inputs, reportDate);
        MapPublication.Preview map = new MapPublication(settings, catalog).plan();
        PlanFingerprints fingerprints = PlanFingerprints.of(settings, catalog, inputs, reportDate, preview.tables(), preview.previous(),
                map.readerRole(), map.geoserver());
        return new Plan(preview.validation(), preview.tables(), map.readerRole(), map.geoserver(), reportDate,
                inputs.stream().map(Path::toAbsolutePath).toList(), preview.diff(), fingerprints);
    }

    /**
     * Loads the report into PostGIS, unless it has errors or the same files are already loaded for
     * that date (then only with {@code force}), and then, unless {@code databaseOnly}, brings
     * GeoServer's role and GeoServer in line, and the open-data copy. A table conflict is thrown before
     * anything is read. A GeoServer or open-data failure after a successful load is returned as
     * {@link GeoServerOutcome.Failed} / {@link OpenDataOutcome.Failed}: the data stays loaded and the
     * next publish catches up.
     */
    public PublishResult publish(List<Path> inputs, LocalDate reportDate, boolean force, boolean databaseOnly) {
        DatabaseLoad.Loaded load = database.load(inputs, reportDate, force);
        if (load.validation() != null && !load.validation().ok()) {
            return new PublishResult.Rejected(load.validation());
        }
        Set<String> loaded = load.validation() == null ? Set.of() : load.rows().keySet();
        // only the loaded date's tiles go, and those of the dates retention.days deleted
        DataChange change = new DataChange(loaded, loaded.isEmpty() ? null : reportDate, load.retention());
        GeoServerOutcome geoserver = databaseOnly ? new GeoServerOutcome.NotAsked() : geoServer(change);
        // the data is loaded either way, so its open-data copy follows it even when GeoServer failed
        OpenDataOutcome openData = openData();
        RemovedReports retention = load.retention() == null ? null : RemovedReports.of(load.retention(), true);
        return load.validation() == null
                ? new PublishResult.Skipped(reportDate, retention, geoserver, openData)
                : new PublishResult.Loaded(load.validation(), load.report(), load.rows(), load.diff(), retention, geoserver, openData);
    }

    /**
     * Publishes a reviewed plan ({@code plan --out}) exactly as it was reviewed: refused with a sentence,
     * before anything is read, when the workbook, the layer files, the styles, the configuration, the
     * database or GeoServer differ from what the plan saw, or when the plan's workbook had errors.
     */
    public PublishResult publish(ReviewedPlan plan, boolean databaseOnly) {
        if (!plan.ok()) {
            throw new PlanRefusedException(Text.of("planfile.withErrors", plan.file()));
        }
        MapPublication.Preview map = new MapPublication(settings, catalog).plan();
        PlanFingerprints now = PlanFingerprints.of(settings, catalog, plan.inputs(), plan.date(), database.plan(plan.inputs(), plan.date()),
                database.previous(plan.date()), map.readerRole(), map.geoserver());
        List<String> changed = plan.fingerprints().differences(now);
        if (!changed.isEmpty()) {
            Text what = Text.join(", ", changed.stream().map(name -> Text.of("planfile.what." + name)).toList());
            throw new PlanRefusedException(Text.of("planfile.stale", plan.file(), what));
        }
        return publish(plan.inputs(), plan.date(), false, databaseOnly);
    }

    /** What the loaded report of {@code date} changes against {@code against} (null: the previous loaded report). */
    public Reports.DiffResult diff(LocalDate date, LocalDate against) {
        return new Reports(settings, catalog).diff(date, against);
    }

    /** The loaded reports, and the newest {@code auditEntries} entries of the audit trail. */
    public Reports.HistoryResult history(int auditEntries) {
        return new Reports(settings, catalog).history(auditEntries);
    }

    /**
     * Takes the report of {@code date} back out of every layer; without {@code apply} only says what
     * would go. A purge of that one date: see {@link #purge}.
     */
    public RemovalResult retract(LocalDate date, boolean apply, boolean databaseOnly) {
        return remove(ReportRemoval.Selection.only(date), apply, databaseOnly);
    }

    /**
     * Deletes, from every layer, every report date older than {@code before}, with its bookkeeping; without
     * {@code delete}, only says what it would delete.
     */
    public RemovalResult purge(LocalDate before, boolean delete, boolean databaseOnly) {
        return remove(ReportRemoval.Selection.before(before), delete, databaseOnly);
    }

    /**
     * retract and purge, one path: the dates leave PostGIS in one audited transaction, the layers that lost them
     * marked pending; then, unless {@code databaseOnly}, GeoServer catches up (only those dates' tiles go, and the
     * default's when the latest date moved; layers an earlier failed run left pending lose all theirs), and the
     * open-data copy follows. Safe to run again: a GeoServer or open-data failure is caught up by the next run.
     */
    private RemovalResult remove(ReportRemoval.Selection selection, boolean apply, boolean databaseOnly) {
        ReportRemoval removal = database.removal();
        if (!apply) {
            return new RemovalResult(RemovedReports.of(removal.plan(selection), false), new GeoServerOutcome.NotAsked(),
                    new OpenDataOutcome.NotAsked());
        }
        ReportRemoval.Found removed = removal.apply(selection);
        boolean catchUp = !databaseOnly && (removed.any() || !removed.pending().isEmpty());
        GeoServerOutcome geoserver = catchUp ? geoServer(DataChange.removed(removed)) : new GeoServerOutcome.NotAsked();
        return new RemovalResult(RemovedReports.of(removed, true), geoserver, openData());
    }

    /** Whether {@code privacy.key} is set, which publishing a generalised layer needs. */
    public boolean hasPrivacyKey() {
        return database.hasPrivacyKey();
    }

    /** What each layer of personal data publishes instead of the exact values (plan's Privacy section). */
    public PrivacyPlan privacy() {
        List<PrivacyPlan.Layer> layers = catalog.layers().stream().map(layer -> new PrivacyPlan.Layer(layer.name(),
                        layer.generalise() == null ? null : new PrivacyPlan.Generalised(layer.generalise().radiusM(), layer.generalise().seed()),
                        layer.columns().stream().filter(c -> c.drop() != null && layer.publish().contains(c.name())).map(c -> c.name()).toList()))
                .filter(layer -> layer.generalised() != null || !layer.dropped().isEmpty()).toList();
        return new PrivacyPlan(hasPrivacyKey(), layers);
    }

    /**
     * Writes the workbook that goes back to the Health Department: a copy of the report with each
     * problem of {@code validation} marked on its cell, and a first sheet listing them all. Returns
     * how many cells were marked.
     */
    public int annotate(List<Path> inputs, ValidationReport validation, Path out, Messages messages) {
        try (vn.covidmaps.ingest.Workbook workbook = vn.covidmaps.ingest.WorkbookOpener.open(inputs)) {
            return vn.covidmaps.annotate.AnnotatedWorkbook.write(workbook, validation.problems(), out, messages);
        }
    }

    /** Per layer, what PostGIS holds and what GeoServer serves. */
    public Status status() {
        return new MapPublication(settings, catalog).status();
    }

    /**
     * Writes the self-contained map page into {@code outDir}; {@code publicUrl} is GeoServer as
     * visitors' browsers reach it (null for setting geoserver.url). Returns the files written.
     */
    public List<Path> portal(String publicUrl, Path outDir) {
        return new MapPortal(settings, catalog).write(publicUrl, outDir);
    }

    /** Serves the page written into {@code directory} on 127.0.0.1:{@code port} (0: any free port), GeoServer behind /geoserver. */
    public ServedPortal servePortal(Path directory, int port) {
        String geoserver = settings.require(Setting.GEOSERVER_URL);
        return new ServedPortal(directory, geoserver.endsWith("/") ? geoserver.substring(0, geoserver.length() - 1) : geoserver, port);
    }

    /**
     * Brings the open-data copy ({@code opendata.dir}) in line with the reports in PostGIS: writes the dates loaded
     * since, removes those gone, leaves the others untouched. Empty when no directory is configured.
     */
    public Optional<OpenDataExport.Result> exportOpenData() {
        return OpenDataExport.configured(settings) ? Optional.of(new OpenDataExport(settings, catalog).export()) : Optional.empty();
    }

    /**
     * Writes a QGIS project of the published map into {@code file}; {@code publicUrl} is GeoServer as the analysts
     * reach it (null for setting geoserver.url). Returns the report dates it shows.
     */
    public List<String> qgisProject(String publicUrl, Path file) {
        return new QgisProject(settings, catalog).write(publicUrl, file);
    }

    /**
     * Reads the whole report into {@code sink}: the one reading path that validate, publish and the
     * benchmark (which spools the rows publish would COPY) share.
     */
    public ValidationReport read(List<Path> inputs, LocalDate reportDate, FeatureSink sink) {
        return database.read(inputs, reportDate, sink);
    }

    /** How far GeoServer's seeding of the latest report's tiles is (reads only). */
    public SeedProgress seedProgress() {
        return new MapPublication(settings, catalog).seedProgress();
    }

    private GeoServerOutcome geoServer(DataChange change) {
        try {
            return new MapPublication(settings, catalog).apply(change);
        } catch (RuntimeException e) {
            return new GeoServerOutcome.Failed(e);
        }
    }

    private OpenDataOutcome openData() {
        try {
            return exportOpenData().<OpenDataOutcome>map(OpenDataOutcome.Exported::new).orElse(new OpenDataOutcome.NotAsked());
        } catch (RuntimeException e) {
            return new OpenDataOutcome.Failed(e);
        }
    }
}
