package vn.covidmaps.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The README's command table names every command and each of its own options, so it cannot fall behind the code. */
class CommandTableTest {
    /** Options every command has, documented once below the table. */
    private static final Set<String> SHARED = Set.of("--help", "--version", "--config", "--layers", "--debug", "--lang");

    @Test
    void everyCommandAndOptionIsInTheTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.split("## Commands", 2)[1].split("\n\n", 3)[1];
        CommandLine root = CovidMaps.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertFalse(root.getSubcommands().isEmpty());
        for (var command : root.getSubcommands().entrySet()) {
            List<String> rows = table.lines().filter(l -> l.startsWith("| `covidmaps " + command.getKey() + " ")
                    || l.startsWith("| `covidmaps " + command.getKey() + "`")).toList();
            assertFalse(rows.isEmpty(), "README's command table lacks covidmaps " + command.getKey());
            String documented = String.join("\n", rows);
            for (OptionSpec option : command.getValue().getCommandSpec().options()) {
                if (!SHARED.contains(option.longestName())) {
                    assertTrue(documented.contains(option.longestName()), "README's row of " + command.getKey() + " lacks " + option.longestName());
                }
            }
        }
    }
}
