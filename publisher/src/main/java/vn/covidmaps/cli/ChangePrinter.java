package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import vn.covidmaps.change.Change;
import vn.covidmaps.engine.GeoServerOutcome;
import vn.covidmaps.engine.Plan;
import vn.covidmaps.postgis.DatabasePlan;
import vn.covidmaps.postgis.TableChange;
import vn.covidmaps.text.Day;

/** Prints plans and what publish did, one resource per line, the same way for PostGIS, the reader role and GeoServer. */
final class ChangePrinter {
    private ChangePrinter() {
    }

    static void printPlan(Plan plan, PrintWriter out) {
        DatabasePlan database = plan.database();
        out.println("PostGIS:");
        out.printf("  %-9s report of %s%n", switch (database.report()) {
            case NEW -> "create";
            case REPLACE -> "update";
            case UNCHANGED -> "unchanged";
        }, Day.format(database.reportDate()));
        for (TableChange table : database.tables()) {
            print(table.change(), out);
            table.conflicts().forEach(c -> out.println("  CONFLICT  " + c));
        }
        out.println("GeoServer's database role:");
        plan.readerRole().forEach(change -> print(change, out));
        out.println("GeoServer:");
        plan.geoserver().forEach(change -> print(change, out));
    }

    static void printApplied(GeoServerOutcome.Applied result, PrintWriter out) {
        if (!result.readerRole().isEmpty()) {
            out.println("GeoServer's database role:");
            result.readerRole().forEach(change -> print(change, out));
        }
        List<Change> applied = result.applied();
        if (applied.isEmpty()) {
            out.println("GeoServer: configuration already up to date.");
        } else {
            out.println("GeoServer: " + applied.size() + " change(s):");
            applied.forEach(change -> out.printf("  %-9s %s%n", action(change), change.resource()));
        }
        if (!result.boundsRecalculated().isEmpty()) {
            out.println("  bounds recalculated: " + String.join(", ", result.boundsRecalculated()));
        }
        if (!result.tilesTruncated().isEmpty()) {
            out.println("  cached tiles cleared: " + String.join(", ", result.tilesTruncated()));
        }
        out.println("  " + result.writeRequests() + " write request(s) sent to GeoServer.");
    }

    private static void print(Change change, PrintWriter out) {
        out.printf("  %-9s %s%s%n", action(change), change.resource(), change.detail().isEmpty() ? "" : ": " + change.detail());
    }

    private static String action(Change change) {
        return change.action().name().toLowerCase(Locale.ROOT);
    }
}
