package vn.covidmaps.cli;

import java.io.PrintWriter;
import vn.covidmaps.config.Messages;
import vn.covidmaps.engine.Publisher;
import vn.covidmaps.engine.SeedProgress;
import vn.covidmaps.engine.Seeding;

/** Prints the seeding of the latest report's tiles: what publish started, its progress, and waiting for its end. */
final class SeedPrinter {
    private final Messages messages;
    private final PrintWriter out;

    SeedPrinter(Messages messages, PrintWriter out) {
        this.messages = messages;
        this.out = out;
    }

    void printStarted(Seeding seeding) {
        if (seeding.any()) {
            out.println("  " + messages.text("applied.seeding", seeding.layer(), seeding.zoomStart(), seeding.zoomStop(),
                    seeding.tiles(), seeding.zoomStop() < seeding.wanted() ? messages.text("applied.seedingShallower") : ""));
        } else if (seeding.switchedOff()) {
            out.println("  " + messages.text("applied.seedingOff"));
        } else {
            out.println("  " + messages.text("applied.noSeeding", seeding.zoomStart()));
        }
    }

    String describe(SeedProgress progress) {
        if (!progress.running()) {
            return messages.text("seed.none", progress.layer());
        }
        if (progress.tilesDone() < 0 || progress.tilesTotal() <= 0) {
            return messages.text("seed.starting", progress.layer()); // GeoWebCache counts -1 until its first tiles are done
        }
        return messages.text("seed.progress", progress.layer(), progress.tilesDone(), progress.tilesTotal())
                + (progress.secondsLeft() > 0 ? messages.text("seed.left", progress.secondsLeft()) : "");
    }

    /** Polls GeoServer until the group has no seeding task left, printing its progress every 10 seconds. */
    void await(Publisher publisher) {
        long lastPrint = System.nanoTime();
        while (true) {
            SeedProgress progress = publisher.seedProgress();
            if (!progress.running()) {
                out.println("  " + (progress.aborted() > 0 ? messages.text("seed.aborted", progress.aborted()) : messages.text("seed.done")));
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
}
