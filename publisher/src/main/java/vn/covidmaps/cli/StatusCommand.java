package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.covidmaps.config.Messages;
import vn.covidmaps.config.Setting;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.Status;
import vn.covidmaps.geoserver.DownloadLinks;
import vn.covidmaps.geoserver.PublicationStatus;
import vn.covidmaps.layer.LayerDefinition;
import vn.covidmaps.postgis.LayerFacts;
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
        Publisher publisher = new Publisher(common.settings());
        Status status = publisher.status();
        Map<String, PublicationStatus.LayerStatus> served = status.geoserver() == null ? Map.of()
                : status.geoserver().layers().stream().collect(Collectors.toMap(PublicationStatus.LayerStatus::layer, Function.identity()));
        if (output.json()) {
            JsonOutput.print(JsonOutput.status(status, served), out);
            return exitCode(status);
        }
        out.printf("%-24s %-11s %9s %8s  %s%n", messages.text("status.layer"), messages.text("status.latest"),
                messages.text("status.features"), messages.text("status.reports"), "GeoServer");
        for (LayerFacts facts : status.data()) {
            PublicationStatus.LayerStatus layer = served.get(facts.layer());
            String geoserver = layer == null ? "?" : layer.served() ? messages.text("status.served")
                    : messages.text("status.notServed", layer.problem());
            out.printf("%-24s %-11s %9d %8d  %s%n", facts.layer(),
                    facts.latest() == null ? messages.text("status.none") : Day.format(facts.latest()), facts.features(), facts.reports(), geoserver);
        }
        if (status.geoserver() == null) {
            spec.commandLine().getErr().println("covidmaps: " + messages.text(status.geoserverProblem()));
            return ExitCodes.FAILURE;
        }
        PublicationStatus gs = status.geoserver();
        out.println();
        out.println("WMS: " + gs.wmsUrl() + "   " + messages.text(gs.groupServed() ? "status.group" : "status.groupNotServed", gs.groupLayer()));
        out.println("WFS: " + gs.wfsUrl());
        if (!gs.groupGetMap().isEmpty()) {
            out.println(messages.text("status.map", gs.groupGetMap()));
        }
        for (PublicationStatus.LayerStatus layer : gs.layers()) {
            out.printf("  %-24s WMS %-40s WFS %s%n", layer.layer(), layer.wmsLayer(), layer.wfsTypeName());
        }
        out.println(messages.text("status.tiles", new SeedPrinter(messages, out).describe(status.seeding())));
        out.println(messages.text("status.downloads"));
        String workspace = common.settings().require(Setting.GEOSERVER_WORKSPACE);
        for (LayerDefinition layer : publisher.catalog().layers()) {
            out.println("  " + layer.name());
            for (DownloadLinks.Download download : DownloadLinks.of(gs.wfsUrl(), workspace, layer)) {
                out.printf("    %-10s %s%n", download.format(), download.url());
            }
        }
        return exitCode(status);
    }

    private static int exitCode(Status status) {
        PublicationStatus gs = status.geoserver();
        boolean allServed = gs != null && gs.groupServed() && gs.layers().stream().allMatch(PublicationStatus.LayerStatus::served);
        return allServed ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
