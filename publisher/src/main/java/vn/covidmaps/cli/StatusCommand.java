package vn.covidmaps.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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
        spec.commandLine().getErr().println("covidmaps status: not available yet (see the GeoServer publishing issue)");
        return ExitCodes.FAILURE;
    }
}
