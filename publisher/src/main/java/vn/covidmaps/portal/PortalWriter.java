package vn.covidmaps.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.covidmaps.error.FileException;
import vn.covidmaps.text.Text;

/**
 * Writes the self-contained map page into a directory: the page itself (index.html, app.js, app.css
 * from the jar's {@code portal/}), Leaflet's distributed build and licence (from the jar's Leaflet
 * WebJar, so nothing is loaded from a CDN) and {@code config.js} describing the published map.
 */
public final class PortalWriter {
    public static final String LEAFLET_VERSION = "1.9.4";
    /** The per-date lists, {@code data/<date>.json}, beside the page. */
    public static final String DATA = "data";
    private static final String PAGE = "portal/";
    private static final String LEAFLET = "META-INF/resources/webjars/leaflet/" + LEAFLET_VERSION + "/";
    private static final List<String> PAGE_FILES = List.of("index.html", "app.css", "i18n.js", "app.js", "places.js", "summary.js");
    private static final List<String> LEAFLET_FILES = List.of("LICENSE", "dist/leaflet.js", "dist/leaflet.css",
            "dist/images/layers.png", "dist/images/layers-2x.png", "dist/images/marker-icon.png",
            "dist/images/marker-icon-2x.png", "dist/images/marker-shadow.png");

    /** Writes the page; returns the files written, relative to {@code directory}. */
    public List<Path> write(PortalPage page, Path directory) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (String file : PAGE_FILES) {
                written.add(copy(PAGE + file, directory, Path.of(file)));
            }
            for (String file : LEAFLET_FILES) {
                written.add(copy(LEAFLET + file, directory, Path.of("vendor", "leaflet").resolve(file.replaceFirst("^dist/", ""))));
            }
            Path config = Path.of("config.js");
            Files.writeString(directory.resolve(config), configScript(page), StandardCharsets.UTF_8);
            written.add(config);
            return written;
        } catch (IOException e) {
            throw new FileException(Text.of("io.writePage", directory, FileException.reason(e)), e);
        }
    }

    /** Writes {@code data/<date>.json}; returns its path relative to {@code directory}. */
    public Path writeData(Path directory, LocalDate date, JsonNode data) {
        Path file = Path.of(DATA, date + ".json");
        try {
            Files.createDirectories(directory.resolve(DATA));
            Files.writeString(directory.resolve(file), new ObjectMapper().writeValueAsString(data), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new FileException(Text.of("io.write", directory.resolve(file), FileException.reason(e)), e);
        }
    }

    static String configScript(PortalPage page) {
        try {
            String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(page);
            // written by covidmaps portal; the page reads window.COVIDMAPS_CONFIG
            return "// Written by `covidmaps portal`: the published map this page shows. Regenerate rather than edit.\n"
                    + "window.COVIDMAPS_CONFIG = " + json.replace("</", "<\\/") + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copy(String resource, Path directory, Path target) throws IOException {
        try (InputStream in = PortalWriter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the publisher's jar"); // a broken build
            }
            Path file = directory.resolve(target);
            Files.createDirectories(file.getParent());
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }
}
