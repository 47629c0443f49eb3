package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import vn.covidmaps.change.Action;
import vn.covidmaps.change.Change;
import vn.covidmaps.config.Messages;
import vn.covidmaps.engine.GeoServerOutcome;
import vn.covidmaps.engine.OpenDataOutcome;
import vn.covidmaps.engine.Plan;
import vn.covidmaps.postgis.DatabasePlan;
import vn.covidmaps.postgis.TableChange;
import vn.covidmaps.text.Day;
import vn.covidmaps.text.Text;

/** Prints plans and what publish did, one resource per line, the same way for PostGIS, the reader role and GeoServer. */
final class ChangePrinter {
    /** Wide enough for the longest action in either language ("unchanged", "giữ nguyên"). */
    private static final int ACTION_WIDTH = 10;

    private final Messages messages;
    private final PrintWriter out;

    ChangePrinter(Messages messages, PrintWriter out) {
        this.messages = messages;
        this.out = out;
    }

    void printPlan(Plan plan) {
        DatabasePlan database = plan.database();
        out.println(messages.text("plan.postgis"));
        Action report = switch (database.report()) {
            case NEW -> Action.CREATE;
            case REPLACE -> Action.UPDATE;
            case UNCHANGED -> Action.UNCHANGED;
        };
        print(new Change(Text.of("plan.reportOf", Day.format(database.reportDate())), report, Text.NONE));
        for (TableChange table : database.tables()) {
            print(table.change());
            table.conflicts().forEach(c -> out.println("  " + messages.text("plan.conflict") + "  " + messages.text(c)));
        }
        out.println(messages.text("plan.readerRole"));
        plan.readerRole().forEach(this::print);
        out.println(messages.text("plan.geoserver"));
        plan.geoserver().forEach(this::print);
    }

    void printApplied(GeoServerOutcome.Applied result) {
        if (!result.readerRole().isEmpty()) {
            out.println(messages.text("plan.readerRole"));
            result.readerRole().forEach(this::print);
        }
        List<Change> applied = result.applied();
        if (applied.isEmpty()) {
            out.println(messages.text("applied.upToDate"));
        } else {
            out.println(messages.text("applied.changes", applied.size()));
            applied.forEach(change -> out.printf("  %-" + ACTION_WIDTH + "s %s%n", action(change.action()), messages.text(change.resource())));
        }
        if (!result.boundsRecalculated().isEmpty()) {
            out.println("  " + messages.text("applied.bounds", String.join(", ", result.boundsRecalculated())));
        }
        if (!result.tilesTruncated().isEmpty()) {
            out.println("  " + messages.text("applied.tiles", String.join(", ", result.tilesTruncated())));
        }
        out.println("  " + messages.text("applied.writes", result.writeRequests()));
    }

    /** What the open-data copy did, when it is configured and followed PostGIS. */
    void printOpenData(OpenDataOutcome outcome) {
        if (outcome instanceof OpenDataOutcome.Exported exported) {
            var done = exported.result();
            out.println(messages.text("opendata.done", done.directory(), done.written().size(), done.unchanged().size(),
                    done.removed().size()));
        }
    }

    private void print(Change change) {
        out.printf("  %-" + ACTION_WIDTH + "s %s%s%n", action(change.action()), messages.text(change.resource()),
                change.detail().isEmpty() ? "" : ": " + messages.text(change.detail()));
    }

    private String action(Action action) {
        return messages.text("action." + action.name().toLowerCase(Locale.ROOT));
    }
}
