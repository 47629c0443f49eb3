package vn.covidmaps.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import vn.covidmaps.config.Messages;
import vn.covidmaps.engine.Reports;
import vn.covidmaps.postgis.LayerDiff;
import vn.covidmaps.postgis.ReportDiff;
import vn.covidmaps.text.Day;

/** Prints what a report changes, layer by layer: counts in the layer's own words, then the rows. */
final class DiffPrinter {
    /** Rows listed per layer and kind in text; JSON lists them all. */
    static final int SHOWN = 10;

    private final Messages messages;
    private final PrintWriter out;

    DiffPrinter(Messages messages, PrintWriter out) {
        this.messages = messages;
        this.out = out;
    }

    void print(Reports.DiffResult diff, boolean all) {
        out.println(diff.against() == null ? messages.text("diff.titleFirst", Day.format(diff.date()))
                : messages.text("diff.title", Day.format(diff.date()), Day.format(diff.against())));
        for (LayerDiff layer : diff.layers()) {
            List<String> counts = new ArrayList<>();
            count(counts, layer.layer(), "added", layer.added().size());
            count(counts, layer.layer(), "removed", layer.removed().size());
            count(counts, layer.layer(), "changed", layer.changed().size());
            out.println("  " + messages.text("diff.layer", layer.layer(), counts.isEmpty() ? messages.text("diff.nothing") : String.join(", ", counts)));
            rows("+", layer.added(), all);
            rows("−", layer.removed(), all);
            rows("~", layer.changed().stream().map(this::describe).toList(), all);
        }
    }

    private void count(List<String> counts, String layer, String kind, int n) {
        if (n > 0) {
            counts.add(messages.text("diff.count", n, words(layer, kind)));
        }
    }

    /** The layer's own words ("zone(s) opened"), or the general ones for a layer the messages do not know. */
    private String words(String layer, String kind) {
        try {
            return messages.text("diff." + layer + "." + kind);
        } catch (MissingResourceException e) {
            return messages.text("diff.other." + kind);
        }
    }

    private void rows(String mark, List<String> rows, boolean all) {
        int shown = all ? rows.size() : Math.min(rows.size(), SHOWN);
        for (int i = 0; i < shown; i++) {
            out.println("      " + mark + " " + rows.get(i));
        }
        if (shown < rows.size()) {
            out.println("      " + messages.text("diff.more", rows.size() - shown));
        }
    }

    /** "Huyện Cao Lộc: Nguy cơ → Nguy cơ cao", "Khu A: Đang cách ly 214 → 187". */
    String describe(LayerDiff.RowChange change) {
        List<String> values = new ArrayList<>();
        for (LayerDiff.ValueChange value : change.values()) {
            if (ReportDiff.LOCATION.equals(value.attribute())) {
                values.add(messages.text("diff.moved"));
            } else {
                values.add((value.selfNamed() ? "" : value.title() + " ") + shown(value.before()) + " → " + shown(value.after()));
            }
        }
        return change.row() + ": " + String.join("; ", values);
    }

    private String shown(String value) {
        return value == null || value.isEmpty() ? messages.text("diff.empty") : value;
    }
}
