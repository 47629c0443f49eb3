package vn.covidmaps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.postgis.Database;

/**
 * The real PostGIS the integration tests use: the `covidmaps_test` database prepared by
 * docker/local-postgis.sh, overridable with the same COVIDMAPS_* variables as the tool.
 */
public final class TestDatabase {
    /** The tests' privacy.key: publishing a generalised layer needs one. */
    public static final String TEST_PRIVACY_KEY = "covidmaps test key, never used to publish real data";

    private TestDatabase() {
    }

    /** Settings pointing at a schema of the test's own, so test classes never share tables. */
    public static Settings settings(String schema) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putIfAbsent(Setting.DB_URL.environmentVariable(), "jdbc:postgresql://127.0.0.1:5432/covidmaps_test");
        env.putIfAbsent(Setting.DB_PASSWORD.environmentVariable(), "covidmaps-local");
        env.putIfAbsent(Setting.PRIVACY_KEY.environmentVariable(), TEST_PRIVACY_KEY);
        env.put(Setting.DB_SCHEMA.environmentVariable(), schema);
        env.put(Setting.DB_META_SCHEMA.environmentVariable(), schema + "_meta");
        return Settings.load(null, env);
    }

    /**
     * {@code settings} as {@code dir/covidmaps.properties}, for tests that run the command line: every setting that has a
     * value. It holds passwords, so only its owner may read it (the publisher refuses it otherwise).
     */
    public static Path writeConfig(Path dir, Settings settings) throws IOException {
        StringBuilder properties = new StringBuilder();
        for (Setting setting : Setting.values()) {
            String value = settings.get(setting);
            if (value != null) {
                properties.append(setting.key()).append('=').append(value.replace("\\", "\\\\")).append('\n');
            }
        }
        Path file = Files.writeString(dir.resolve("covidmaps.properties"), properties, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    public static void dropSchemas(Settings settings) throws SQLException {
        try (Connection db = new Database(settings).connect(); Statement sql = db.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + settings.get(Setting.DB_SCHEMA) + " CASCADE");
            sql.execute("DROP SCHEMA IF EXISTS " + settings.get(Setting.DB_META_SCHEMA) + " CASCADE");
        }
    }
}
