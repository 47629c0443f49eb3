package vn.covidmaps.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}: what a command prints on standard output. Exit codes are the same either way. */
public class OutputFormat {
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text")
    Format format;

    boolean json() {
        return format == Format.json;
    }
}
