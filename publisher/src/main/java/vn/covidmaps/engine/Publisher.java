package vn.covidmaps.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.ingest.FeatureSink;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.opendata.OpenDataExport;
import vn.covidmaps.portal.MapPortal;
import vn.covidmaps.postgis.DatabasePlan;
import vn.covidmaps.qgis.QgisProject;

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

    /** What {@link #publish} would do in PostGIS and on GeoServer; changes nothing. */
    public Plan plan(List<Path> inputs, LocalDate reportDate) {
        ValidationReport validation = database.validate(inputs, reportDate);
        DatabasePlan tables = database.plan(inputs, reportDate);
        MapPublication.Preview map = new MapPublication(settings, catalog).plan();
        return new Plan(validation, tables, map.readerRole(), map.geoserver());
    }

    /**
     * Loads the report into PostGIS, unless it has errors or the same files are already loaded for
     * that date (then only with {@code force}), and then, unless {@code databaseOnly}, brings
     * GeoServer's role and GeoServer in line. A table conflict is thrown before anything is read.
     * A GeoServer failure after a successful load is returned as {@link GeoServerOutcome.Failed}: the
     * data stays loaded and the next publish catches GeoServer up.
     */
    public PublishResult publish(List<Path> inputs, LocalDate reportDate, boolean force, boolean databaseOnly) {
        DatabaseLoad.Loaded load = database.load(inputs, reportDate, force);
        if (load.validation() != null && !load.validation().ok()) {
            return new PublishResult.Rejected(load.validation());
        }
        Set<String> changed = load.validation() == null ? Set.of() : load.rows().keySet();
        GeoServerOutcome geoserver = databaseOnly ? new GeoServerOutcome.NotAsked() : geoServer(changed);
        return load.validation() == null
                ? new PublishResult.Skipped(reportDate, geoserver)
                : new PublishResult.Loaded(load.validation(), load.report(), load.rows(), geoserver);
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

    private GeoServerOutcome geoServer(Set<String> changedLayers) {
        try {
            return new MapPublication(settings, catalog).apply(changedLayers);
        } catch (RuntimeException e) {
            return new GeoServerOutcome.Failed(e);
        }
    }
}
