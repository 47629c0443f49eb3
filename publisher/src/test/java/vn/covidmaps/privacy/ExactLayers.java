package vn.covidmaps.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For tests only: the repository's layer files with the homes' generalisation switched off, as an earlier
 * version of the publisher had them, to know where the sample's cases truly live or to build the tables of
 * exact points an earlier version left behind.
 */
public final class ExactLayers {
    private ExactLayers() {
    }

    /** Writes the layer files into {@code directory} and returns it. */
    public static Path write(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (var files = Files.list(Path.of("layers"))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (file.getFileName().toString().equals("patient_homes.yaml")) {
                    text = text.substring(0, text.indexOf("generalise:")) + text.substring(text.indexOf("publish:"));
                    text = text.replace("personal_data: true", "personal_data: false");
                }
                Files.writeString(directory.resolve(file.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
        return directory;
    }
}
