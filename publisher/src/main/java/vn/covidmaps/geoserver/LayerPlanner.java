package vn.covidmaps.geoserver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.covidmaps.change.Action;
import vn.covidmaps.geoserver.PublicationModel.DesiredFeatureType;
import vn.covidmaps.text.Text;

/** Plans one feature type: its description, and for the history one its TIME dimension, default style and bounds. */
final class LayerPlanner {
    private final FeatureTypeClient types;
    private final PublicationModel model;
    private final DataExtents extents;
    private final String ws;
    private final boolean storeChanging;
    private List<PlanItem> items;

    /** {@code storeChanging}: the plan rewrites the datastore, so GeoServer may be unable to read its feature types now. */
    LayerPlanner(FeatureTypeClient types, PublicationModel model, DataExtents extents, boolean storeChanging) {
        this.storeChanging = storeChanging;
        this.types = types;
        this.model = model;
        this.extents = extents;
        this.ws = model.workspace();
    }

    List<PlanItem> plan(DesiredFeatureType type) {
        items = new ArrayList<>();
        featureType(type);
        return items;
    }

    private void featureType(DesiredFeatureType type) {
        Text service = Text.of(type.history() ? "gs.history" : "gs.latest");
        Optional<JsonNode> current;
        try {
            current = types.get(type.name());
        } catch (GeoServerException e) {
            if (!storeChanging || e.status() < 500) {
                throw e;
            }
            resend(type, e.serverMessage());
            return;
        }
        if (current.isEmpty()) {
            var body = FeatureTypes.description(type);
            if (type.history()) {
                body.setAll(FeatureTypes.timeDimension());
            }
            items.add(PlanItem.change(ResourceKind.FEATURE_TYPE, type.name(), Action.CREATE, service, () -> types.create(body)));
            if (type.history()) {
                items.add(PlanItem.change(ResourceKind.TIME_DIMENSION, type.name(), Action.CREATE,
                        Text.of("gs.timeSent"), () -> { }));
                defaultStyle(type, Optional.empty());
            }
            return;
        }
        List<Text> differences = FeatureTypes.differences(type, current.get());
        if (differences.isEmpty()) {
            items.add(PlanItem.unchanged(ResourceKind.FEATURE_TYPE, type.name(), service));
        } else {
            items.add(PlanItem.change(ResourceKind.FEATURE_TYPE, type.name(), Action.UPDATE, Text.join("; ", differences),
                    () -> types.update(type.name(), FeatureTypes.description(type))));
        }
        if (type.history()) {
            List<Text> time = FeatureTypes.timeDifferences(current.get());
            if (time.isEmpty()) {
                items.add(PlanItem.unchanged(ResourceKind.TIME_DIMENSION, type.name(), Text.of("gs.timeOk")));
            } else {
                items.add(PlanItem.change(ResourceKind.TIME_DIMENSION, type.name(), Action.UPDATE, Text.join("; ", time),
                        () -> types.update(type.name(), FeatureTypes.timeDimension())));
            }
            defaultStyle(type, types.layer(type.name()));
            bounds(type, current.get());
        }
    }

    /** Compares the history feature type's native box with the data; only when the extents are known. */
    private void bounds(DesiredFeatureType type, JsonNode current) {
        if (extents == DataExtents.UNKNOWN) {
            return;
        }
        Optional<Bbox> data = extents.of(type.layer());
        Optional<Bbox> served = Bbox.of(current.path("nativeBoundingBox"));
        boolean same = data.isEmpty() ? served.isEmpty() : served.isPresent() && served.get().sameAs(data.get());
        Text box = data.map(b -> Text.of("plan.value", b)).orElse(Text.of("gs.noData"));
        if (same) {
            items.add(PlanItem.unchanged(ResourceKind.BOUNDS, type.name(), box));
        } else {
            // the write is done by apply(), which refreshes bounds and tiles of this layer as of changed data
            items.add(PlanItem.change(ResourceKind.BOUNDS, type.name(), Action.UPDATE, Text.of("gs.boundsDiffer",
                    served.<Object>map(Bbox::toString).orElse(Text.of("gs.none")), box), () -> { }));
        }
    }

    /** GeoServer cannot describe the feature type while its datastore is broken: send it again after the store. */
    private void resend(DesiredFeatureType type, String problem) {
        items.add(PlanItem.change(ResourceKind.FEATURE_TYPE, type.name(), Action.UPDATE,
                Text.of("gs.unreadable", problem),
                () -> types.update(type.name(), FeatureTypes.description(type))));
        if (type.history()) {
            items.add(PlanItem.change(ResourceKind.TIME_DIMENSION, type.name(), Action.UPDATE, Text.of("gs.timeResent"),
                    () -> types.update(type.name(), FeatureTypes.timeDimension())));
            defaultStyle(type, types.layer(type.name()));
        }
    }

    private void defaultStyle(DesiredFeatureType type, Optional<JsonNode> layer) {
        String style = model.defaultStyles().get(type.layer());
        if (layer.isPresent() && types.hasDefaultStyle(layer.get(), style)) {
            items.add(PlanItem.unchanged(ResourceKind.DEFAULT_STYLE, type.name(), Text.of("plan.value", ws + ":" + style)));
            return;
        }
        String wanted = ws + ":" + style;
        Text detail = layer.map(l -> Text.of("gs.styleDiffers", Json.text(l.path("defaultStyle"), "name"), wanted))
                .orElse(Text.of("plan.value", wanted));
        items.add(PlanItem.change(ResourceKind.DEFAULT_STYLE, type.name(), layer.isEmpty() ? Action.CREATE : Action.UPDATE,
                detail, () -> types.setDefaultStyle(type.name(), style)));
    }
}
