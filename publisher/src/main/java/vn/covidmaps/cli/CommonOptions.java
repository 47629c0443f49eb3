package vn.covidmaps.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.covidmaps.config.ConfigurationException;
import vn.covidmaps.config.Messages;
import vn.covidmaps.config.Setting;
import vn.covidmaps.config.Settings;
import vn.covidmaps.text.Text;

/** Options every command shares: where the configuration is, and how much to say when things fail. */
public class CommonOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE")
    Path config;

    @Option(names = "--layers", paramLabel = "DIR")
    Path layers;

    @Option(names = "--debug")
    boolean debug;

    @Option(names = "--lang", paramLabel = "en|vi")
    String language;

    /** The operator's language: --lang, else COVIDMAPS_LANG, else English. */
    Messages messages() {
        return Messages.of(language != null ? language : System.getenv("COVIDMAPS_LANG"));
    }

    Settings settings() {
        Path file = config != null ? config : Path.of("covidmaps.properties");
        if (config != null && !Files.isRegularFile(config)) {
            throw new ConfigurationException(Text.of("configuration.notFound", config));
        }
        Settings settings = Settings.load(file, System.getenv());
        return layers == null ? settings : settings.with(Setting.LAYERS_DIR, layers.toString());
    }
}
