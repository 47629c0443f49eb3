package vn.covidmaps.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.ingest.FeatureSink;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.portal.MapPortal;
import vn.covidmaps.postgis.DatabasePlan;

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
        Set<String> changed = new TreeSet<>(load.validation() == null ? Set.of() : load.rows().keySet());
        if (load.retention() != null) {
            changed.addAll(load.retention().layers()); // their tiles of the deleted dates go too
        }
        GeoServerOutcome geoserver = databaseOnly ? new GeoServerOutcome.NotAsked() : geoServer(changed);
        return load.validation() == null
                ? new PublishResult.Skipped(reportDate, load.retention(), geoserver)
                : new PublishResult.Loaded(load.validation(), load.report(), load.rows(), load.retention(), geoserver);
    }

    /**
     * Deletes, from every layer, every report date older than {@code before}, with its bookkeeping, and,
     * unless {@code databaseOnly}, clears the cached tiles of the layers that lost a date (a GeoServer
     * failure leaves them marked for the next publish). Without {@code delete}, only says what it would delete.
     */
    public PurgeResult purge(LocalDate before, boolean delete, boolean databaseOnly) {
        PurgeReport report = database.purge(before, delete);
        boolean asked = delete && !databaseOnly && !report.layers().isEmpty();
        return new PurgeResult(report, asked ? geoServer(report.layers()) : new GeoServerOutcome.NotAsked());
    }

    /** Whether {@code privacy.key} is set, which publishing a generalised layer needs. */
    public boolean hasPrivacyKey() {
        return database.hasPrivacyKey();
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
