package vn.covidmaps.postgis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import vn.covidmaps.ingest.FeatureSink;
import vn.covidmaps.layer.LayerDefinition;

/**
 * Collects each layer's valid rows as COPY text in a private temporary file, for benchmarks:
 * {@code bench.BenchReport} writes the rows {@code publish} would COPY, so that psql can load the same.
 */
public final class CopySpool implements FeatureSink, AutoCloseable {
    private final LocalDate reportDate;
    private final Path directory;
    private final Map<String, CopyRows> writers = new LinkedHashMap<>();
    private final Map<String, Path> files = new LinkedHashMap<>();

    public CopySpool(LocalDate reportDate) {
        this.reportDate = reportDate;
        try {
            this.directory = Files.createTempDirectory("covidmaps-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    @Override
    public void accept(LayerDefinition layer, Object[] values, Geometry geometry) {
        try {
            writer(layer.name()).write(values, geometry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the temporary file for " + layer.name(), e);
        }
    }

    private CopyRows writer(String layer) throws IOException {
        CopyRows writer = writers.get(layer);
        if (writer == null) {
            Path file = directory.resolve(layer + ".copy");
            writer = new CopyRows(Files.newOutputStream(file), reportDate);
            writers.put(layer, writer);
            files.put(layer, file);
        }
        return writer;
    }

    /** Flushes and returns the file of each layer that received rows. */
    public Map<String, Path> finish() {
        for (CopyRows writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        writers.clear();
        return Map.copyOf(files);
    }

    @Override
    public void close() {
        finish();
        for (Path file : files.values()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // best effort: the directory is private to this user
            }
        }
        try {
            Files.deleteIfExists(directory);
        } catch (IOException ignored) {
            // best effort
        }
    }
}
