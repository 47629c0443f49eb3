package vn.covidmaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The commands declare options and render results: they name the engine, config and the result types
 * (change, error, text, and the records the engine's verbs return), never the packages that do the work.
 */
class CliDependenciesTest {
    private static final Path CLI = Path.of("publisher/src/main/java/vn/covidmaps/cli");
    /** Imported or written out in full: {@code vn.covidmaps.geoserver.TileSeeding}. */
    private static final Pattern WORKING_PACKAGE = Pattern.compile(
            "vn\\.covidmaps\\.(ingest|geometry|postgis|geoserver|layer|privacy|portal|opendata|qgis|annotate)\\.([A-Z]\\w*)");
    /**
     * Records the engine's verbs return that live where they are made: a validation's problems, the
     * database half of a plan, and the results of diff and history.
     */
    private static final Set<String> RESULT_RECORDS = Set.of("ingest.Problem", "ingest.Problems", "postgis.DatabasePlan",
            "postgis.TableChange", "postgis.LayerDiff", "postgis.ReportDiff", "postgis.AuditLog", "postgis.ReportHistory");

    static List<String> workingTypes(String file, String source) {
        List<String> found = new ArrayList<>();
        Matcher m = WORKING_PACKAGE.matcher(source);
        while (m.find()) {
            String type = m.group(1) + "." + m.group(2);
            if (!RESULT_RECORDS.contains(type)) {
                found.add(file + ": " + type);
            }
        }
        return found;
    }

    @Test
    void noCommandNamesThePackagesThatDoTheWork() throws IOException {
        assertFalse(Files.notExists(CLI.resolve("StatusCommand.java")), "the cli sources are at " + CLI.toAbsolutePath());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(CLI)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(workingTypes(file.getFileName().toString(), Files.readString(file)));
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void anImportOrAFullNameOfAWorkingPackageIsFound() {
        String source = """
                import vn.covidmaps.engine.Status;
                import vn.covidmaps.geoserver.TileSeeding;
                import vn.covidmaps.ingest.Problem;
                class X { vn.covidmaps.layer.LayerDefinition layer; }
                """;
        assertEquals(List.of("X.java: geoserver.TileSeeding", "X.java: layer.LayerDefinition"), workingTypes("X.java", source));
    }
}
