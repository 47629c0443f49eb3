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
import vn.covidmaps.engine.MapPublication;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.geoserver.PublicationStatus;
import vn.covidmaps.postgis.LayerFacts;
import vn.covidmaps.text.Day;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Print what is published: per layer the latest report date, its feature count in PostGIS,"
                + " whether GeoServer serves it, and its WMS/WFS addresses.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var settings = common.settings();
        MapPublication.Status status = new MapPublication(settings, new Publisher(settings).catalog()).status();
        Map<String, PublicationStatus.LayerStatus> served = status.geoserver() == null ? Map.of()
                : status.geoserver().layers().stream().collect(Collectors.toMap(PublicationStatus.LayerStatus::layer, Function.identity()));
        out.printf("%-24s %-11s %9s %8s  %s%n", "layer", "latest", "features", "reports", "GeoServer");
        for (LayerFacts facts : status.data()) {
            PublicationStatus.LayerStatus layer = served.get(facts.layer());
            String geoserver = layer == null ? "?" : layer.served() ? "served" : "NOT served: " + layer.problem();
            out.printf("%-24s %-11s %9d %8d  %s%n", facts.layer(),
                    facts.latest() == null ? "none" : Day.format(facts.latest()), facts.features(), facts.reports(), geoserver);
        }
        if (status.geoserver() == null) {
            spec.commandLine().getErr().println("covidmaps: " + status.geoserverProblem());
            return ExitCodes.FAILURE;
        }
        PublicationStatus gs = status.geoserver();
        out.println();
        out.println("WMS: " + gs.wmsUrl() + "   (layer group " + gs.groupLayer() + (gs.groupServed() ? "" : ": NOT served") + ")");
        out.println("WFS: " + gs.wfsUrl());
        if (!gs.groupGetMap().isEmpty()) {
            out.println("Map: " + gs.groupGetMap());
        }
        for (PublicationStatus.LayerStatus layer : gs.layers()) {
            out.printf("  %-24s WMS %-40s WFS %s%n", layer.layer(), layer.wmsLayer(), layer.wfsGetFeature());
        }
        out.println("Tiles: " + GeoServerPrinter.describe(status.seeding()));
        boolean allServed = gs.groupServed() && gs.layers().stream().allMatch(PublicationStatus.LayerStatus::served);
        return allServed ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
