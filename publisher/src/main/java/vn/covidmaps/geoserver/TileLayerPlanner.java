package vn.covidmaps.geoserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.covidmaps.change.Action;
import vn.covidmaps.geoserver.TileLayerXml.TimeFilter;
import vn.covidmaps.text.Text;

/**
 * Plans the GeoWebCache tile layers of the group and of each history layer: each is cached per report date, so a
 * tile asked with TIME is that date's tile, never the latest report's.
 */
final class TileLayerPlanner {
    private final TileCacheClient tiles;
    private final int maxAgeSeconds;
    private final List<String> dates;

    TileLayerPlanner(TileCacheClient tiles, int maxAgeSeconds, List<String> dates) {
        this.tiles = tiles;
        this.maxAgeSeconds = maxAgeSeconds;
        this.dates = List.copyOf(dates);
    }

    /** {@code name}: the layer or group name without workspace, as the other plan items name it. */
    PlanItem plan(String workspace, String name) {
        String qualified = workspace + ":" + name;
        DesiredTileLayer desired = DesiredTileLayer.of(qualified, maxAgeSeconds, dates);
        Optional<TileLayerXml> current = tiles.tileLayer(qualified);
        if (current.isEmpty()) {
            return PlanItem.change(ResourceKind.TILE_LAYER, name, Action.CREATE, desired.summary(), () -> write(desired));
        }
        List<Text> differences = desired.differences(current.get());
        if (differences.isEmpty()) {
            return PlanItem.unchanged(ResourceKind.TILE_LAYER, name, desired.summary());
        }
        return PlanItem.change(ResourceKind.TILE_LAYER, name, Action.UPDATE, Text.join("; ", differences), () -> write(desired));
    }

    /**
     * Reads the tile layer again (GeoServer makes one by itself when a layer or group is created), sets what publishing
     * manages, and when the default TIME moves deletes the default's tiles: GeoWebCache keeps them under no date at all,
     * so they would go on showing the previous latest report to every request without TIME.
     */
    private void write(DesiredTileLayer desired) {
        TileLayerXml layer = tiles.tileLayer(desired.name()).orElseGet(() -> TileLayerXml.fresh(desired.name()));
        String before = layer.timeFilter().map(TimeFilter::defaultValue).orElse(null);
        tiles.putTileLayer(desired.name(), layer.apply(desired));
        if (!Objects.equals(before, desired.defaultTime().orElse(null))) {
            for (String gridSet : desired.gridSets()) {
                tiles.truncate(desired.name(), gridSet, Optional.empty());
            }
        }
    }

    /**
     * GeoServer gives the WFS-only latest-report views a tile layer of their own, which can only fail (their WMS is
     * off) and which WMTS capabilities would offer: it is turned off.
     */
    PlanItem planOff(String workspace, String name, boolean featureTypeCreated) {
        String qualified = workspace + ":" + name;
        PlanItem.Write off = () -> tiles.tileLayer(qualified).filter(TileLayerXml::enabled)
                .ifPresent(layer -> tiles.putTileLayer(qualified, layer.disabled()));
        if (featureTypeCreated) {
            return PlanItem.change(ResourceKind.TILE_LAYER, name, Action.UPDATE, Text.of("tiles.turnOffNew"), off);
        }
        Optional<TileLayerXml> current = tiles.tileLayer(qualified);
        if (current.isEmpty() || !current.get().enabled()) {
            return PlanItem.unchanged(ResourceKind.TILE_LAYER, name, Text.of("tiles.off"));
        }
        return PlanItem.change(ResourceKind.TILE_LAYER, name, Action.UPDATE, Text.of("tiles.turnOff"), off);
    }

    /** The WFS-only feature types, which must not have tiles. */
    static List<String> wfsOnly(PublicationModel model) {
        return model.featureTypes().stream().filter(t -> !t.history()).map(PublicationModel.DesiredFeatureType::name).toList();
    }

    static List<String> names(PublicationModel model) {
        List<String> names = new ArrayList<>();
        names.add(model.group().name());
        model.featureTypes().stream().filter(PublicationModel.DesiredFeatureType::history).forEach(t -> names.add(t.name()));
        return names;
    }
}
