package vn.covidmaps.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No exception of the main code is made from an English sentence: what the operator reads is a message key with
 * arguments ({@code Text.of("database.readTables")}), rendered in --lang. The publisher's own exceptions take no
 * String at all (the compiler sees to those); this test reads the sources for the others (UncheckedIOException,
 * IllegalStateException, picocli's ParameterException…): a string literal holding a word and a space inside the
 * arguments of a {@code new …Exception(…)} is a sentence. The few that remain are programming errors or a broken
 * jar, never the operator's doing, and are listed here with the reason.
 */
class EnglishFailuresTest {
    private static final Path MAIN = Path.of("publisher/src/main/java");
    private static final Pattern CONSTRUCTION = Pattern.compile("\\bnew\\s+[\\w.]*(?:Exception|Error)\\s*\\(");
    /** A sentence: letters, and a space somewhere. Message keys ("database.readTables"), "GET" and "rest/…" are none. */
    private static final Pattern SENTENCE = Pattern.compile("(?=.*[A-Za-z]{2})(?=.*\\s).*", Pattern.DOTALL);

    /** File (under vn/covidmaps) and the start of its literal: internal failures, in English for the developer. */
    private static final Set<String> INTERNAL = Set.of(
            // a resource of the jar that does not load: a broken build
            "postgis/BaseMapTables.java: bundled boundaries unreadable: ",
            "geometry/BoundaryFiles.java: bundled boundaries unreadable: ",
            "geometry/AdminUnits.java: bundled unit list unreadable",
            "geoserver/BaseMapPlanner.java: the jar's ",
            "portal/PortalWriter.java: resource ",
            "geoserver/StyleValidator.java: the bundled SLD 1.0.0 schema does not load",
            "geoserver/StyleValidator.java: schema validation tried to load ",
            // what every Java 17 runtime has
            "geoserver/GeoServerTransport.java: the JDK has no TLS implementation",
            "privacy/PrivacyKey.java: HMAC-SHA256 is part of every Java 17 runtime",
            // preconditions the callers check first, with a message of their own for the operator
            "privacy/PrivacyKey.java: privacy.key must have at least ",
            "geometry/Polygons.java: a ",
            "geometry/GeoJsonGeometries.java: a ",
            "ingest/XlsWorkbook.java: no sheet ",
            "ingest/XlsxWorkbook.java: no sheet ",
            "layer/LayerCatalog.java: no layer named ",
            "layer/LayerDefinition.java: unchecked published attribute ",
            // the report dates and extents of a plan that was told it has none: asked for, they are a bug
            "geoserver/ReportDates.java: no report dates",
            "geoserver/DataExtents.java: no data extents",
            // a document we built ourselves that does not serialise; a thread stopped while reading
            "geoserver/TileLayerXml.java: cannot write a tile layer document: ",
            "ingest/RowPrefetcher.java: interrupted while reading a sheet",
            // geometries PostGIS returned that JTS or the GeoPackage writer cannot handle: corrupt data or a library bug
            "opendata/GeoJsonFile.java: PostGIS returned a geometry JTS cannot read (fid ",
            "opendata/GeoPackageFile.java: cannot write the geometry of fid ",
            // load checks every inherit: first and lists a wrong one as a problem of the layer files
            "layer/LayerCatalog.java: inherit: '");

    /** Every exception of {@code source} given a sentence, as "file: its literals with letters, joined by …". */
    static List<String> sentences(String file, String source) {
        List<String> found = new ArrayList<>();
        Matcher construction = CONSTRUCTION.matcher(source);
        while (construction.find()) {
            List<String> literals = literals(source, construction.end());
            if (literals.stream().anyMatch(literal -> SENTENCE.matcher(literal).matches())) {
                found.add(file + ": " + String.join("…", literals.stream().filter(l -> l.matches("(?s).*[A-Za-z].*")).toList()));
            }
        }
        return found;
    }

    /** The string literals among the arguments that start at {@code from}, up to the closing parenthesis. */
    private static List<String> literals(String source, int from) {
        List<String> literals = new ArrayList<>();
        int depth = 1;
        for (int i = from; i < source.length() && depth > 0; i++) {
            char c = source.charAt(i);
            if (c == '"') {
                StringBuilder literal = new StringBuilder();
                for (i++; i < source.length() && source.charAt(i) != '"'; i++) {
                    if (source.charAt(i) == '\\') {
                        i++;
                    }
                    literal.append(source.charAt(i));
                }
                literals.add(literal.toString());
            } else if (c == '\'') {
                i += source.charAt(i + 1) == '\\' ? 3 : 2; // a char literal: '(' is no parenthesis
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return literals;
    }

    @Test
    void noExceptionOfTheMainCodeIsAnEnglishSentence() throws IOException {
        Path root = MAIN.resolve("vn/covidmaps");
        assertTrue(Files.isDirectory(root), "the main sources are at " + root.toAbsolutePath());
        List<String> english = new ArrayList<>();
        Set<String> allowedSeen = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                for (String sentence : sentences(name, Files.readString(file))) {
                    String allowed = INTERNAL.stream().filter(sentence::startsWith).findFirst().orElse(null);
                    if (allowed == null) {
                        english.add(sentence);
                    } else {
                        allowedSeen.add(allowed);
                    }
                }
            }
        }
        assertEquals(List.of(), english, "make these a message key in messages.properties and messages_vi.properties");
        Set<String> stale = new TreeSet<>(INTERNAL);
        stale.removeAll(allowedSeen);
        assertEquals(Set.of(), stale, "allowed, but no longer in the sources: take them off the list");
    }

    @Test
    void aSentenceIsFoundAndAMessageKeyIsNot() {
        String source = """
                class X {
                    void a() { throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e); }
                    void b() { throw new DatabaseException(Text.of("database.readTables"), e); }
                    void c() { throw new GeoServerException("GET", base + "rest/about.json", 404, Text.of("geoserver.noService", ')')); }
                    void d() { throw new vn.covidmaps.postgis.DatabaseException(Text.of("database.readLoaded", f("two words")), e); }
                    void e() { return new IllegalStateException(
                            "interrupted while reading"); }
                }
                """;
        assertEquals(List.of("X.java: cannot write ", "X.java: database.readLoaded…two words", "X.java: interrupted while reading"), sentences("X.java", source));
    }
}
