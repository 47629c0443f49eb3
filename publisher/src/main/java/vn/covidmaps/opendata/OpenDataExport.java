package vn.covidmaps.opendata;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.error.FileException;
import vn.covidmaps.layer.Attribute;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.opendata.Catalog.DateEntry;
import vn.covidmaps.postgis.Database;
import vn.covidmaps.postgis.DatabaseException;
import vn.covidmaps.postgis.ReportLog;
import vn.covidmaps.text.Text;

/**
 * The open-data copy of every published report, in {@code opendata.dir}: {@code <date>/<layer>.geojson},
 * {@code <date>/<layer>.csv}, {@code <date>/covidmaps-<date>.gpkg} and {@code catalog.json}. Reconciled like
 * GeoServer: a date is written when its report was loaded (again) or the published columns changed, removed
 * when its report is gone, and left byte for byte as it is otherwise, so a re-run writes nothing.
 */
public final class OpenDataExport {
    /** What {@link #export} did, per report date. */
    public record Result(Path directory, List<LocalDate> written, List<LocalDate> unchanged, List<LocalDate> removed) {
    }

    private final Settings settings;
    private final LayerCatalog catalog;

    public OpenDataExport(Settings settings, LayerCatalog catalog) {
        this.settings = settings;
        this.catalog = catalog;
    }

    /** Whether {@code opendata.dir} is set. */
    public static boolean configured(Settings settings) {
        return settings.optional(Setting.OPENDATA_DIR).filter(s -> !s.isBlank()).isPresent();
    }

    public Result export() {
        Path root = settings.path(Setting.OPENDATA_DIR).toAbsolutePath();
        try {
            Files.createDirectories(root);
            // one export at a time in a directory; the database lock only covers the load
            try (FileChannel lockFile = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock(); Connection db = new Database(settings).connect()) {
                return reconcile(root, db);
            }
        } catch (IOException e) {
            throw new FileException(Text.of("io.openData", root, FileException.reason(e)), e);
        } catch (SQLException e) {
            throw new DatabaseException(Text.of("database.openData"), e);
        }
    }

    private Result reconcile(Path root, Connection db) throws IOException, SQLException {
        SortedMap<LocalDate, ReportLog.Loaded> reports = new ReportLog(settings.require(Setting.DB_META_SCHEMA)).loaded(db);
        Catalog previous = Catalog.read(root).orElse(null);
        Map<String, DateEntry> before = new LinkedHashMap<>();
        if (previous != null) {
            previous.dates().forEach(d -> before.put(d.reportDate(), d));
        }
        Licences licences = new Licences(settings.require(Setting.OPENDATA_LICENCE));
        DateExport export = new DateExport(db, settings.require(Setting.DB_SCHEMA), catalog, licences);
        String columns = columnsFingerprint();
        List<DateEntry> dates = new ArrayList<>();
        List<LocalDate> written = new ArrayList<>();
        List<LocalDate> unchanged = new ArrayList<>();
        for (Map.Entry<LocalDate, ReportLog.Loaded> report : reports.entrySet()) {
            DateEntry old = before.remove(report.getKey().toString());
            if (old != null && old.reportFingerprint().equals(report.getValue().fingerprint())
                    && report.getValue().loadedAt().toString().equals(old.loadedAt())
                    && old.columnsFingerprint().equals(columns) && complete(root, old)) {
                dates.add(old);
                unchanged.add(report.getKey());
            } else {
                dates.add(export.write(root, report.getKey(), report.getValue(), columns));
                written.add(report.getKey());
            }
        }
        List<LocalDate> removed = new ArrayList<>();
        for (String retracted : before.keySet()) {
            AtomicFiles.deleteTree(root.resolve(retracted));
            removed.add(LocalDate.parse(retracted));
        }
        Catalog next = new Catalog("Bản đồ dịch COVID-19: dữ liệu mở", "CovidMaps Publisher", licences.licence(),
                licences.licenceUrl(), Licences.NOTES, dates);
        if (previous == null || !Arrays.equals(previous.bytes(), next.bytes())) {
            AtomicFiles.write(root.resolve(Catalog.FILE), next.bytes()); // last, once every file it lists is in place
        }
        return new Result(root, written, unchanged, removed);
    }

    /** Every file the entry lists is there with its size (a file deleted by hand is written again). */
    private static boolean complete(Path root, DateEntry entry) throws IOException {
        List<Catalog.FileEntry> files = new ArrayList<>(List.of(entry.geopackage()));
        entry.layers().forEach(l -> files.addAll(l.files()));
        for (Catalog.FileEntry file : files) {
            Path path = root.resolve(file.path());
            if (!Files.isRegularFile(path) || Files.size(path) != file.bytes()) {
                return false;
            }
        }
        return true;
    }

    /** What the files hold, apart from the data: the format version and each layer's published columns. */
    private String columnsFingerprint() {
        StringBuilder text = new StringBuilder("covidmaps open data 1\n");
        for (LayerDefinition layer : catalog.layers()) {
            text.append(layer.name()).append(' ').append(layer.title()).append(' ').append(layer.geometry().type());
            for (Attribute attribute : layer.attributes()) {
                text.append(' ').append(attribute.name()).append(':').append(attribute.sqlType());
            }
            text.append('\n');
        }
        return AtomicFiles.sha256(text.toString());
    }
}
