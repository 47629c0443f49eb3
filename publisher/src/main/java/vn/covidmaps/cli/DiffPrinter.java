package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import vn.covidmaps.config.Messages;
import vn.covidmaps.postgis.LayerDiff;
import vn.covidmaps.postgis.ReportDiff;

/** Prints what a report changes, layer by layer: counts in the layer's own words, then the rows. */
final class DiffPrinter {
    /** Rows listed per layer and kind in text; JSON lists them all. */
    static final int SHOWN = 10;

    private DiffPrinter() {
    }

    static void print(LocalDate date, LocalDate against, List<LayerDiff> layers, boolean all, PrintWriter out) {
        out.println(against == null ? Messages.get("diff.titleFirst", date.format(vn.covidmaps.text.Day.FORMAT))
                : Messages.get("diff.title", date.format(vn.covidmaps.text.Day.FORMAT), against.format(vn.covidmaps.text.Day.FORMAT)));
        for (LayerDiff layer : layers) {
            List<String> counts = new ArrayList<>();
            count(counts, layer.layer(), "added", layer.added().size());
            count(counts, layer.layer(), "removed", layer.removed().size());
            count(counts, layer.layer(), "changed", layer.changed().size());
            out.println("  " + Messages.get("diff.layer", layer.layer(), counts.isEmpty() ? Messages.get("diff.nothing") : String.join(", ", counts)));
            rows(out, "+", layer.added(), all);
            rows(out, "−", layer.removed(), all);
            rows(out, "~", layer.changed().stream().map(DiffPrinter::describe).toList(), all);
        }
    }

    private static void count(List<String> counts, String layer, String kind, int n) {
        if (n > 0) {
            counts.add(Messages.get("diff.count", n, words(layer, kind)));
        }
    }

    /** The layer's own words ("zone(s) opened"), or the general ones for a layer the messages do not know. */
    private static String words(String layer, String kind) {
        try {
            return Messages.get("diff." + layer + "." + kind);
        } catch (MissingResourceException e) {
            return Messages.get("diff.other." + kind);
        }
    }

    private static void rows(PrintWriter out, String mark, List<String> rows, boolean all) {
        int shown = all ? rows.size() : Math.min(rows.size(), SHOWN);
        for (int i = 0; i < shown; i++) {
            out.println("      " + mark + " " + rows.get(i));
        }
        if (shown < rows.size()) {
            out.println("      " + Messages.get("diff.more", rows.size() - shown));
        }
    }

    /** "Huyện Cao Lộc: Nguy cơ → Nguy cơ cao", "Khu A: Đang cách ly 214 → 187". */
    static String describe(LayerDiff.RowChange change) {
        List<String> values = new ArrayList<>();
        for (LayerDiff.ValueChange value : change.values()) {
            if (ReportDiff.LOCATION.equals(value.attribute())) {
                values.add(Messages.get("diff.moved"));
            } else {
                values.add((value.selfNamed() ? "" : value.title() + " ") + shown(value.before()) + " → " + shown(value.after()));
            }
        }
        return change.row() + ": " + String.join("; ", values);
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? Messages.get("diff.empty") : value;
    }
}
