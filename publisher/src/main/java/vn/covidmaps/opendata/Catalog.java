package vn.covidmaps.opendata;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code catalog.json}: what the open-data directory holds, for people and programs that fetch it. Paths are
 * relative to the directory, so each file's URL is the directory's URL plus its path, stable per date.
 *
 * @param dates oldest first
 */
record Catalog(String title, String publisher, String licence, String licenceUrl, String notes, List<DateEntry> dates) {
    static final String FILE = "catalog.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One report date.
     *
     * @param reportFingerprint  SHA-256 of the report's files as the publisher loaded them (from its bookkeeping)
     * @param loadedAt           when they were loaded into PostGIS (a forced publish loads the same files again)
     * @param columnsFingerprint SHA-256 of the published columns of every layer; a change re-exports every date
     */
    record DateEntry(String reportDate, String reportFingerprint, String loadedAt, String columnsFingerprint, String exportedAt,
                     List<LayerEntry> layers, FileEntry geopackage) {
    }

    record LayerEntry(String name, String title, long rows, String licence, String geometrySource, List<FileEntry> files) {
    }

    record FileEntry(String format, String path, long bytes, String sha256) {
    }

    static Optional<Catalog> read(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        return Files.isRegularFile(file) ? Optional.of(JSON.readValue(file.toFile(), Catalog.class)) : Optional.empty();
    }

    byte[] bytes() throws IOException {
        return JSON.writeValueAsBytes(this);
    }
}
