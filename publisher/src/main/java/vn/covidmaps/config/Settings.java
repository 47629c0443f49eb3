package vn.covidmaps.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import vn.covidmaps.error.FileException;
import vn.covidmaps.text.Text;

/**
 * The publisher's configuration: a properties file overridden by environment variables. Every key
 * {@code a.b_c} can be set as {@code COVIDMAPS_A_B_C}; see {@link Setting} for the keys and defaults.
 */
public final class Settings {
    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = values;
    }

    /** Defaults, then the file (if given and present), then the environment. */
    public static Settings load(Path file, Map<String, String> environment) {
        Map<String, String> values = new TreeMap<>();
        for (Setting s : Setting.values()) {
            if (s.defaultValue() != null) {
                values.put(s.key(), s.defaultValue());
            }
        }
        if (file != null && Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new ConfigurationException(Text.of("setting.fileUnreadable", file, FileException.reason(e)), e);
            }
            for (String key : properties.stringPropertyNames()) {
                Setting setting = Setting.byKey(key).orElseThrow(() -> new ConfigurationException(
                        Text.of("setting.unknown", file, key, Setting.keys())));
                if (setting.secret()) {
                    requireOwnerOnly(file, key);
                }
                values.put(key, properties.getProperty(key).trim());
            }
        }
        for (Setting s : Setting.values()) {
            String fromEnvironment = environment.get(s.environmentVariable());
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                values.put(s.key(), fromEnvironment.trim());
            }
        }
        return new Settings(values);
    }

    public static Settings defaults() {
        return load(null, Map.of());
    }

    /** Passwords may sit only in a file that nobody but its owner can read. */
    private static void requireOwnerOnly(Path file, String key) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                throw new ConfigurationException(Text.of("setting.readableByOthers", file, key));
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: nothing to check
        }
    }

    public String get(Setting setting) {
        return values.get(setting.key());
    }

    public Optional<String> optional(Setting setting) {
        return Optional.ofNullable(values.get(setting.key())).filter(v -> !v.isBlank());
    }

    public String require(Setting setting) {
        return optional(setting).orElseThrow(() -> new ConfigurationException(
                Text.of("setting.missing", setting.key(), setting.environmentVariable())));
    }

    /** The whole number {@code setting} holds, from {@code min} to {@code max}, or a configuration error saying so. */
    public long wholeNumber(Setting setting, long min, long max) {
        String text = require(setting).strip();
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ConfigurationException(Text.of("setting.notInRange", setting.key(), min, max, text));
    }

    /** {@code setting} as a timeout or an age in seconds, from {@code min} to {@code max}. */
    public java.time.Duration seconds(Setting setting, long min, long max) {
        return java.time.Duration.ofSeconds(wholeNumber(setting, min, max));
    }

    public Path path(Setting setting) {
        return Path.of(require(setting));
    }

    /** A copy with one value replaced, for command-line options and tests. */
    public Settings with(Setting setting, String value) {
        Map<String, String> copy = new TreeMap<>(values);
        copy.put(setting.key(), value);
        return new Settings(copy);
    }
}
