package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.covidmaps.config.Messages;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.Status;
import vn.covidmaps.text.Day;

@Command(name = "status", mixinStandardHelpOptions = true)
final class StatusCommand implements Callable<Integer> {
    @Mixin
    OutputFormat output;
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Messages messages = common.messages();
        Status status = new Publisher(common.settings()).status();
        if (output.json()) {
            JsonOutput.print(JsonOutput.status(status, messages), out);
            return exitCode(status);
        }
        Status.GeoServer gs = status.geoserver();
        out.printf("%-24s %-11s %9s %8s  %s%n", messages.text("status.layer"), messages.text("status.latest"),
                messages.text("status.features"), messages.text("status.reports"), "GeoServer");
        for (Status.Data facts : status.data()) {
            Status.Served layer = gs == null ? null : gs.layer(facts.layer()).orElse(null);
            String geoserver = layer == null ? "?" : layer.served() ? messages.text("status.served")
                    : messages.text("status.notServed", layer.problem());
            out.printf("%-24s %-11s %9d %8d  %s%n", facts.layer(),
                    facts.latest() == null ? messages.text("status.none") : Day.format(facts.latest()), facts.features(), facts.reports(), geoserver);
        }
        if (gs == null) {
            spec.commandLine().getErr().println("covidmaps: " + messages.text(status.geoserverProblem()));
            return ExitCodes.FAILURE;
        }
        out.println();
        out.println("WMS: " + gs.wmsUrl() + "   " + messages.text(gs.groupServed() ? "status.group" : "status.groupNotServed", gs.groupLayer()));
        out.println("WFS: " + gs.wfsUrl());
        if (!gs.groupGetMap().isEmpty()) {
            out.println(messages.text("status.map", gs.groupGetMap()));
        }
        for (Status.Served layer : gs.layers()) {
            out.printf("  %-24s WMS %-40s WFS %s%n", layer.layer(), layer.wmsLayer(), layer.wfsTypeName());
        }
        out.println(messages.text("status.tiles", new SeedPrinter(messages, out).describe(status.seeding())));
        out.println(messages.text("status.downloads"));
        for (Status.Downloads layer : gs.downloads()) {
            out.println("  " + layer.layer());
            for (Status.Download download : layer.links()) {
                out.printf("    %-10s %s%n", download.format(), download.url());
            }
        }
        return exitCode(status);
    }

    private static int exitCode(Status status) {
        return status.geoserver() != null && status.geoserver().allServed() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
