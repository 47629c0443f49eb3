package vn.covidmaps.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;

/** Options every command shares: where the configuration is, and how much to say when things fail. */
public class CommonOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: covidmaps.properties in the current directory, if present). "
                    + "Every setting can also be given as an environment variable COVIDMAPS_<KEY>.")
    Path config;

    @Option(names = "--layers", paramLabel = "DIR", description = "Layer definitions directory (setting layers.dir, default: layers).")
    Path layers;

    @Option(names = "--debug", description = "Print stack traces of failures.")
    boolean debug;

    Settings settings() {
        Path file = config != null ? config : Path.of("covidmaps.properties");
        if (config != null && !java.nio.file.Files.isRegularFile(config)) {
            throw new vn.covidmaps.config.ConfigurationException("configuration file not found: " + config);
        }
        Settings settings = Settings.load(file, System.getenv());
        return layers == null ? settings : settings.with(Setting.LAYERS_DIR, layers.toString());
    }
}
