package vn.covidmaps.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import vn.covidmaps.error.FileException;
import vn.covidmaps.text.Text;

/**
 * SHA-256 over everything that decides what a report loads as: the workbook files, the layer
 * definitions, the commune boundary file and the settings that change geometry. Equal fingerprints
 * for a date mean re-loading would change nothing.
 */
final class Fingerprint {
    /** Bump when parsing changes what the same files load as. */
    private static final String FORMAT = "covidmaps-load-v1";

    private final MessageDigest digest;

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        text(FORMAT);
    }

    Fingerprint text(String value) {
        digest.update((value == null ? "\u0000" : value).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return this;
    }

    /** A file, or every regular file under a directory in name order. */
    Fingerprint file(Path path) {
        if (!Files.exists(path)) {
            return text("missing " + path);
        }
        for (Path file : files(path)) {
            text(file.getFileName().toString());
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new FileException(Text.of("file.unreadable", file, FileException.reason(e)), e);
            }
        }
        return this;
    }

    private static List<Path> files(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        } catch (IOException e) {
            throw new FileException(Text.of("io.list", path, FileException.reason(e)), e);
        }
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
