package vn.covidmaps.geoserver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import vn.covidmaps.change.Action;
import vn.covidmaps.text.Text;
import vn.covidmaps.geoserver.PublicationModel.DesiredFeatureType;
import vn.covidmaps.geoserver.PublicationModel.DesiredGroup;

/**
 * The light base map the map page draws by default: the bundled province and district boundaries with their
 * names (tables {@code basemap_provinces} and {@code basemap_districts} of the layer schema, filled by
 * {@code postgis.BaseMapTables}), each with its style from the jar, in a layer group of their own named after
 * the map's group plus {@code _basemap}. Its GeoWebCache tile layer is managed like the map's, without TIME (the
 * boundaries have no report date) and kept by browsers and the front cache for a day: it only changes with a new
 * version of the publisher. Planned like every other resource: items that carry their own write, nothing
 * written on a re-run.
 */
public final class BaseMapPlanner {
    public static final String GROUP_SUFFIX = "_basemap";
    /** Drawing order: districts (with the land fill) first, province borders over them. */
    static final List<String> LAYERS = List.of("basemap_districts", "basemap_provinces");
    /** How long browsers and the front cache may keep a base map tile: the boundaries do not change between reports. */
    static final int MAX_AGE_SECONDS = 86_400;

    private final PublicationModel model;
    private final StyleClient styles;
    private final FeatureTypeClient types;
    private final LayerGroupClient groups;
    private final TileLayerPlanner tileLayer;
    private final List<PlanItem> items = new ArrayList<>();

    public BaseMapPlanner(GeoServerTransport http, PublicationModel model) {
        this.model = model;
        this.styles = new StyleClient(http);
        this.types = new FeatureTypeClient(http, model.workspace(), model.store().name());
        this.groups = new LayerGroupClient(http, model.workspace());
        this.tileLayer = new TileLayerPlanner(new TileCacheClient(http), MAX_AGE_SECONDS, List.of());
    }

    public static String groupName(PublicationModel model) {
        return model.group().name() + GROUP_SUFFIX;
    }

    /** Reads only; the items to append to the plan of the map's layers (after them: the store must exist). */
    public List<PlanItem> plan() {
        items.clear();
        String ws = model.workspace();
        for (String layer : LAYERS) {
            style(ws, layer, sld(layer));
        }
        for (String layer : LAYERS) {
            featureType(layer);
        }
        group();
        items.add(tileLayer.plan(ws, groupName(model)));
        return List.copyOf(items);
    }

    /** The plan of the map's layers with the base map's items after them. */
    public PublishPlan appendTo(PublishPlan plan) {
        List<PlanItem> all = new ArrayList<>(plan.items());
        all.addAll(plan());
        return new PublishPlan(all);
    }

    private void style(String ws, String name, String body) {
        Optional<String> stored = styles.sld(ws, name);
        if (stored.isEmpty()) {
            items.add(PlanItem.change(ResourceKind.STYLE, name, Action.CREATE, Text.of("basemap.fromJar"), () -> styles.create(ws, name, body)));
        } else if (!StyleClient.same(stored.get(), body)) {
            items.add(PlanItem.change(ResourceKind.STYLE, name, Action.UPDATE, Text.of("basemap.differsFromJar"), () -> styles.update(ws, name, body)));
        } else {
            items.add(PlanItem.unchanged(ResourceKind.STYLE, name, Text.of("basemap.style")));
        }
    }

    private void featureType(String name) {
        DesiredFeatureType type = description(name);
        Optional<JsonNode> current = types.get(name);
        if (current.isEmpty()) {
            // GeoServer computes the bounding boxes of a new feature type from its table
            items.add(PlanItem.change(ResourceKind.FEATURE_TYPE, name, Action.CREATE, Text.of("basemap.wms"),
                    () -> types.create(FeatureTypes.description(type))));
            items.add(PlanItem.change(ResourceKind.DEFAULT_STYLE, name, Action.CREATE, Text.of("plan.value", model.workspace() + ":" + name),
                    () -> types.setDefaultStyle(name, name)));
            return;
        }
        List<Text> differences = FeatureTypes.differences(type, current.get());
        if (differences.isEmpty()) {
            items.add(PlanItem.unchanged(ResourceKind.FEATURE_TYPE, name, Text.of("basemap.wms")));
        } else {
            items.add(PlanItem.change(ResourceKind.FEATURE_TYPE, name, Action.UPDATE, Text.join("; ", differences),
                    () -> types.update(name, FeatureTypes.description(type))));
        }
        Optional<JsonNode> layer = types.layer(name);
        if (layer.isPresent() && types.hasDefaultStyle(layer.get(), name)) {
            items.add(PlanItem.unchanged(ResourceKind.DEFAULT_STYLE, name, Text.of("plan.value", model.workspace() + ":" + name)));
        } else {
            items.add(PlanItem.change(ResourceKind.DEFAULT_STYLE, name, Action.UPDATE, Text.of("basemap.wantStyle", model.workspace() + ":" + name),
                    () -> types.setDefaultStyle(name, name)));
        }
    }

    private void group() {
        DesiredGroup group = new DesiredGroup(groupName(model), "Bản đồ nền",
                "Ranh giới và tên tỉnh, huyện năm 2021 (dvhcvn, GPL-3.0): nền của bản đồ dịch, không cần dịch vụ bên ngoài.", LAYERS);
        Optional<JsonNode> current = groups.get(group.name());
        if (current.isEmpty()) {
            items.add(PlanItem.change(ResourceKind.LAYER_GROUP, group.name(), Action.CREATE, Text.of("plan.value", String.join(", ", LAYERS)),
                    () -> groups.create(group, Bounds.ofGroup(types, group).orElse(null))));
            return;
        }
        List<Text> differences = groups.differences(group, current.get());
        if (differences.isEmpty()) {
            items.add(PlanItem.unchanged(ResourceKind.LAYER_GROUP, group.name(), Text.of("plan.value", String.join(", ", LAYERS))));
        } else {
            items.add(PlanItem.change(ResourceKind.LAYER_GROUP, group.name(), Action.UPDATE, Text.join("; ", differences),
                    () -> groups.update(group, Bounds.ofGroup(types, group).orElse(null))));
        }
    }

    private static DesiredFeatureType description(String name) {
        String title = name.equals("basemap_provinces") ? "Bản đồ nền: tỉnh" : "Bản đồ nền: huyện";
        return new DesiredFeatureType(name, name, title, "Ranh giới hành chính năm 2021 (dvhcvn, GPL-3.0).",
                List.of("bản đồ nền"), "MultiPolygon", null, List.of("WFS"));
    }

    static String sld(String name) {
        String resource = "/basemap/" + name + ".sld";
        try (InputStream in = Objects.requireNonNull(BaseMapPlanner.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the jar's " + resource + " is unreadable", e); // a broken build
        }
    }
}
