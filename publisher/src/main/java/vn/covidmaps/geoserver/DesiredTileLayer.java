package vn.covidmaps.geoserver;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.covidmaps.geoserver.TileLayerXml.TimeFilter;
import vn.covidmaps.text.Text;

/**
 * What a layer's (or the group's) GeoWebCache tile layer should be: PNG tiles in the web-mercator and WGS 84 grids,
 * drawn as metatiles, kept by clients for {@code maxAgeSeconds}, and cached per report date: a TIME filter whose legal
 * values are exactly the published dates, the latest by default. Without any date yet there is no TIME filter.
 *
 * @param name the tile layer's name, "workspace:layer"
 */
record DesiredTileLayer(String name, List<String> gridSets, String format, int metaTiles, int maxAgeSeconds,
                        Optional<TimeFilter> time) {
    static final List<String> GRID_SETS = List.of("EPSG:900913", "EPSG:4326");
    static final String FORMAT = "image/png";
    /** 4×4 tiles drawn at once: labels and symbols cross tile edges without being cut. */
    static final int META_TILES = 4;

    /** {@code dates}: the published report dates, as yyyy-MM-dd, oldest first. */
    static DesiredTileLayer of(String name, int maxAgeSeconds, List<String> dates) {
        Optional<TimeFilter> time = dates.isEmpty() ? Optional.empty()
                : Optional.of(new TimeFilter(dates.get(dates.size() - 1), List.copyOf(dates)));
        return new DesiredTileLayer(name, GRID_SETS, FORMAT, META_TILES, maxAgeSeconds, time);
    }

    /** The default TIME value: what a request without TIME shows. */
    Optional<String> defaultTime() {
        return time.map(TimeFilter::defaultValue);
    }

    /** What differs in the current tile layer, in words; empty when nothing does. */
    List<Text> differences(TileLayerXml current) {
        List<Text> differences = new ArrayList<>();
        if (!current.enabled()) {
            differences.add(Text.of("gs.disabled"));
        }
        if (!current.formats().equals(Set.of(format))) {
            differences.add(Text.of("tiles.formats", current.formats(), format));
        }
        if (!current.gridSets().equals(new LinkedHashSet<>(gridSets))) {
            differences.add(Text.of("tiles.gridSets", current.gridSets(), gridSets));
        }
        if (!current.metaTiling().equals(List.of(metaTiles, metaTiles))) {
            differences.add(Text.of("tiles.metaTiles", current.metaTiling(), metaTiles + "×" + metaTiles));
        }
        if (current.expireClients() != maxAgeSeconds) {
            differences.add(Text.of("tiles.maxAge", current.expireClients(), maxAgeSeconds));
        }
        if (!current.otherFilters().isEmpty()) {
            // GeoServer resolves the default STYLES to the style's name and keeps it in the tiles' key, so the default
            // date's tiles would no longer be the ones without parameters, and deleting them would miss
            differences.add(Text.of("tiles.otherFilters", String.join(", ", current.otherFilters())));
        }
        Optional<TimeFilter> actual = current.timeFilter();
        if (actual.isEmpty() && time.isPresent()) {
            differences.add(Text.of("tiles.noTimeFilter"));
        } else if (actual.isPresent() && time.isEmpty()) {
            differences.add(Text.of("tiles.timeFilterNoReport"));
        } else if (actual.isPresent()) {
            TimeFilter want = time.get();
            if (!actual.get().defaultValue().equals(want.defaultValue())) {
                differences.add(Text.of("tiles.timeDefault", actual.get().defaultValue(), want.defaultValue()));
            }
            Set<String> missing = new LinkedHashSet<>(want.values());
            missing.removeAll(actual.get().values());
            Set<String> extra = new LinkedHashSet<>(actual.get().values());
            extra.removeAll(want.values());
            if (!missing.isEmpty()) {
                differences.add(Text.of("tiles.timeLacks", String.join(", ", missing)));
            }
            if (!extra.isEmpty()) {
                differences.add(Text.of("tiles.timeExtra", String.join(", ", extra)));
            }
            if (missing.isEmpty() && extra.isEmpty() && !actual.get().values().equals(want.values())) {
                differences.add(Text.of("tiles.timeOrder"));
            }
        }
        return differences;
    }

    /** A short description for the plan. */
    Text summary() {
        return Text.of("tiles.summary", String.join(" + ", gridSets), metaTiles + "×" + metaTiles, maxAgeSeconds,
                time.map(t -> Text.of("tiles.time", t.values().size(), t.defaultValue())).orElse(Text.of("tiles.noReport")));
    }
}
