package vn.covidmaps.analysis;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The analysts' own tools, as Debian ships them: GDAL's {@code ogrinfo} (gdal-bin) and PyQGIS
 * (python3-qgis, run headless by Debian's /usr/bin/python3). A test that needs one that is missing says so loudly.
 */
final class AnalystTools {
    static final String PYTHON = "/usr/bin/python3";

    private AnalystTools() {
    }

    static boolean gdal() {
        return available("GDAL tests", List.of("ogrinfo", "--version"), "Debian's gdal-bin");
    }

    static boolean pyqgis() {
        return available("PyQGIS tests", List.of(PYTHON, "-c", "import qgis.core"), "Debian's python3-qgis");
    }

    private static boolean available(String tests, List<String> command, String what) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0) {
                return true;
            }
        } catch (IOException e) {
            // not installed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println("*** SKIPPED: " + tests + " — " + what + " is not installed (" + String.join(" ", command) + " failed) ***");
        return false;
    }

    /** Runs a command; its standard output as UTF-8, or a failure with what it printed. */
    static String run(List<String> command, Path directory) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(false);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().put("QT_QPA_PLATFORM", "offscreen");
        builder.environment().put("XDG_RUNTIME_DIR", System.getProperty("java.io.tmpdir"));
        Process process = builder.start();
        byte[] err = process.getErrorStream().readAllBytes();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " took over 3 minutes");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ": " + text
                    + new String(err, StandardCharsets.UTF_8));
        }
        return text;
    }

    /** Runs one of the test's PyQGIS scripts (src/test/resources/qgis/) headless with its arguments. */
    static String pyqgis(String script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON, Path.of("publisher/src/test/resources/qgis", script).toString()));
        command.addAll(List.of(arguments));
        return run(command, null);
    }

    /** Downloads a URL into a file, refusing anything but 200. */
    static Path download(String url, Path file) throws IOException, InterruptedException {
        HttpResponse<Path> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofFile(file));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + Files.readString(file));
        }
        return file;
    }
}
