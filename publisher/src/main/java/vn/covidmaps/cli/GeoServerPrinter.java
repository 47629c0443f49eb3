package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.util.List;
import vn.covidmaps.engine.MapPublication;
import vn.covidmaps.geoserver.PlanItem;
import vn.covidmaps.geoserver.TileSeeding;
import vn.covidmaps.postgis.ReaderRole;

/** Prints the GeoServer half of a plan or of a publish, one resource per line. */
final class GeoServerPrinter {
    private GeoServerPrinter() {
    }

    static void printPlan(MapPublication.Plan plan, PrintWriter out) {
        out.println("GeoServer's database role:");
        printRole(plan.readerRole(), out);
        out.println("GeoServer:");
        for (PlanItem item : plan.geoserver().items()) {
            out.printf("  %-9s %s %s%s%n", item.action().name().toLowerCase(), item.kind().label(), item.name(),
                    item.detail() == null || item.detail().isEmpty() ? "" : ": " + item.detail());
        }
    }

    static void printApplied(MapPublication.Result result, PrintWriter out) {
        if (!result.readerRole().isEmpty()) {
            out.println("GeoServer's database role:");
            printRole(result.readerRole(), out);
        }
        List<PlanItem> applied = result.geoserver().applied();
        if (applied.isEmpty()) {
            out.println("GeoServer: configuration already up to date.");
        } else {
            out.println("GeoServer: " + applied.size() + " change(s):");
            applied.forEach(item -> out.printf("  %-9s %s %s%n", item.action().name().toLowerCase(), item.kind().label(), item.name()));
        }
        if (!result.geoserver().boundsRecalculated().isEmpty()) {
            out.println("  bounds recalculated: " + String.join(", ", result.geoserver().boundsRecalculated()));
        }
        if (!result.geoserver().tilesTruncated().isEmpty()) {
            out.println("  cached tiles cleared: " + String.join(", ", result.geoserver().tilesTruncated()));
        }
        out.println("  " + result.geoserver().writeRequests() + " write request(s) sent to GeoServer.");
        TileSeeding seeding = result.seeding();
        if (seeding != null) {
            if (seeding.any()) {
                out.printf("  seeding %s in the background: zoom %d-%d, %d tiles%s; `covidmaps status` shows its progress.%n",
                        seeding.layer(), seeding.zoomStart(), seeding.zoomStop(), seeding.tiles(),
                        seeding.zoomStop() < seeding.wanted() ? " (deeper levels exceed tiles.seed.max_tiles)" : "");
            } else {
                out.printf("  not seeding: zoom %d alone exceeds tiles.seed.max_tiles.%n", seeding.zoomStart());
            }
        }
    }

    /** Polls the seeding until GeoServer has no seeding task of the group left, printing its progress now and then. */
    static void awaitSeeding(MapPublication publication, PrintWriter out) {
        long lastPrint = 0;
        while (true) {
            TileSeeding.Progress progress = publication.seedProgress();
            if (!progress.running()) {
                out.println("  seeding done" + (progress.aborted() > 0 ? ", but " + progress.aborted()
                        + " task(s) aborted: see GeoServer's log" : "") + ".");
                out.flush();
                return;
            }
            if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                out.println("  " + describe(progress));
                out.flush();
                lastPrint = System.nanoTime();
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static String describe(TileSeeding.Progress progress) {
        if (!progress.running()) {
            return "no seeding running for " + progress.layer();
        }
        if (progress.tilesDone() < 0 || progress.tilesTotal() <= 0) {
            return "seeding " + progress.layer() + ": starting"; // GeoWebCache counts -1 until its first tiles are done
        }
        return "seeding " + progress.layer() + ": " + progress.tilesDone() + " of " + progress.tilesTotal() + " tiles"
                + (progress.secondsLeft() > 0 ? ", about " + progress.secondsLeft() + " s left" : "");
    }

    private static void printRole(List<ReaderRole.Step> steps, PrintWriter out) {
        for (ReaderRole.Step step : steps) {
            out.printf("  %-9s %s%s%n", step.action().name().toLowerCase(), step.resource(),
                    step.detail() == null || step.detail().isEmpty() ? "" : ": " + step.detail());
        }
    }
}
