package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.covidmaps.engine.Publisher;

@Command(name = "portal", mixinStandardHelpOptions = true)
final class PortalCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--geoserver-url", paramLabel = "URL")
    String publicUrl;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = new Publisher(common.settings()).portal(publicUrl, this.out);
        out.println(common.messages().text("portal.wrote", files.size(), this.out.toAbsolutePath(), files));
        out.println(common.messages().text("portal.embed", "<iframe src=\"https://YOUR-SITE/PATH/index.html\" width=\"100%\" height=\"600\""
                + " style=\"border:0\" title=\"Bản đồ dịch COVID-19\"></iframe>"));
        return ExitCodes.OK;
    }
}
