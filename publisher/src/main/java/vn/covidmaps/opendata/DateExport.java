package vn.covidmaps.opendata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.opendata.Catalog.FileEntry;
import vn.covidmaps.opendata.Catalog.LayerEntry;
import vn.covidmaps.postgis.ReportLog;

/**
 * Writes one report date's files: per layer a GeoJSON and a CSV, and one GeoPackage of every layer. All are
 * written in a staging directory beside the date's own, then renamed into {@code <date>/} one by one, so a
 * reader gets either a whole old file or a whole new one.
 */
final class DateExport {
    private final Connection db;
    private final String schema;
    private final LayerCatalog catalog;
    private final Licences licences;

    DateExport(Connection db, String schema, LayerCatalog catalog, Licences licences) {
        this.db = db;
        this.schema = schema;
        this.catalog = catalog;
        this.licences = licences;
    }

    Catalog.DateEntry write(Path root, LocalDate date, ReportLog.Loaded report, String columnsFingerprint)
            throws IOException, SQLException {
        Path staging = Files.createTempDirectory(root, ".staging-" + date + "-");
        try {
            String day = date.toString();
            String geoPackageName = "covidmaps-" + day + ".gpkg";
            List<LayerEntry> layers = new ArrayList<>();
            try (GeoPackageFile geoPackage = new GeoPackageFile(staging.resolve(geoPackageName))) {
                for (LayerDefinition layer : catalog.layers()) {
                    Path geojson = staging.resolve(layer.name() + ".geojson");
                    Path csv = staging.resolve(layer.name() + ".csv");
                    long rows;
                    try (GeoJsonFile json = new GeoJsonFile(geojson, layer); CsvFile table = new CsvFile(csv, layer);
                         RowSink gpkg = geoPackage.table(layer)) {
                        rows = LayerRows.stream(db, schema, layer, date, List.of(json, table, gpkg));
                    }
                    layers.add(new LayerEntry(layer.name(), layer.title(), rows, licences.licence(),
                            licences.geometrySource(layer), List.of(entry("geojson", day, geojson), entry("csv", day, csv))));
                }
            }
            FileEntry geoPackage = entry("geopackage", day, staging.resolve(geoPackageName));
            moveIntoPlace(staging, root.resolve(day));
            return new Catalog.DateEntry(day, report.fingerprint(), report.loadedAt().toString(), columnsFingerprint,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), layers, geoPackage);
        } finally {
            AtomicFiles.deleteTree(staging);
        }
    }

    private static FileEntry entry(String format, String day, Path file) throws IOException {
        return new FileEntry(format, day + "/" + file.getFileName(), Files.size(file), AtomicFiles.sha256(file));
    }

    /** Renames every staged file into the date's directory, then removes what the new export no longer has. */
    private static void moveIntoPlace(Path staging, Path target) throws IOException {
        Set<Path> names = new HashSet<>();
        try (Stream<Path> files = Files.list(staging)) {
            for (Path file : files.toList()) {
                names.add(file.getFileName());
                AtomicFiles.moveIntoPlace(file, target.resolve(file.getFileName()));
            }
        }
        try (Stream<Path> files = Files.list(target)) {
            for (Path old : files.filter(f -> !names.contains(f.getFileName())).toList()) {
                Files.delete(old);
            }
        }
    }
}
