package vn.covidmaps.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keeps the README honest about the settings and the test command. */
class ReadmeTest {
    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void everySettingIsDocumentedWithItsEnvironmentVariableAndDefault() throws IOException {
        String readme = readme();
        for (Setting setting : Setting.values()) {
            String row = "| `" + setting.key() + "` | `" + setting.environmentVariable() + "` | "
                    + (setting.defaultValue() == null ? "–" : "`" + setting.defaultValue() + "`") + " |";
            assertTrue(readme.contains(row), "README lacks the row " + row);
        }
    }

    @Test
    void ciRunsTheReadmeTestCommand() throws IOException {
        String command = readme().split("## Run the tests", 2)[1].split("```sh\n", 2)[1].split("\n", 2)[0];
        assertEquals("./test.sh", command);
        assertTrue(Files.readString(Path.of(".ci/run")).endsWith("\n" + command + "\n"), "the last step of .ci/run");
        String script = Files.readString(Path.of("test.sh"));
        assertTrue(script.contains("\nbash docker/local-postgis.sh\n"), "test.sh prepares PostGIS itself");
        assertTrue(script.endsWith("\nmvn -B verify\n"), "test.sh ends with the Maven build");
    }

    @Test
    void environmentOverridesTheFileAndTheFileOverridesDefaults(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("covidmaps.properties"), "db.schema=from_file\ndb.user=file_user\n");
        Settings settings = Settings.load(file, Map.of("COVIDMAPS_DB_USER", "env_user"));
        assertEquals("from_file", settings.get(Setting.DB_SCHEMA));
        assertEquals("env_user", settings.get(Setting.DB_USER));
        assertEquals("covidmaps_meta", settings.get(Setting.DB_META_SCHEMA));
    }

    @Test
    void aPasswordInAFileOthersCanReadIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("covidmaps.properties"), "db.password=secret\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        ConfigurationException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigurationException.class,
                () -> Settings.load(file, Map.of()));
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertEquals("secret", Settings.load(file, Map.of()).get(Setting.DB_PASSWORD));
    }

    @Test
    void anUnknownKeyInTheFileIsATypoNotSilence(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("covidmaps.properties"), "db.shema=x\n");
        ConfigurationException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigurationException.class,
                () -> Settings.load(file, Map.of()));
        assertTrue(e.getMessage().contains("unknown setting 'db.shema'"), e.getMessage());
    }
}
