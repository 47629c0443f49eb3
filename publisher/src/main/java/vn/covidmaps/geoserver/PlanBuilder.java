package vn.covidmaps.geoserver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.covidmaps.change.Action;
import vn.covidmaps.geoserver.PublicationModel.DesiredFeatureType;
import vn.covidmaps.geoserver.PublicationModel.DesiredGroup;
import vn.covidmaps.geoserver.PublicationModel.DesiredStore;
import vn.covidmaps.geoserver.PublicationModel.DesiredStyle;
import vn.covidmaps.text.Text;

/** Reads what GeoServer has (GET only) and lists, per resource, what must change to match the model. */
final class PlanBuilder {
    private final PublicationModel model;
    private final DataExtents extents;
    private final String ws;
    private final WorkspaceClient workspaces;
    private final DataStoreClient stores;
    private final StyleClient styles;
    private final FeatureTypeClient types;
    private final LayerGroupClient groups;
    private final GeoServerTransport http;
    private final TileSettings tileSettings;
    private final ReportDates dates;
    private final TileCacheClient tiles;
    private final List<PlanItem> items = new ArrayList<>();

    PlanBuilder(GeoServerTransport http, PublicationModel model, DataExtents extents) {
        this(http, model, extents, TileSettings.DEFAULT, ReportDates.UNKNOWN, new TileCacheClient(http));
    }

    /** With the report dates, the plan also covers the tile layers (without them it leaves them as they are). */
    PlanBuilder(GeoServerTransport http, PublicationModel model, DataExtents extents, TileSettings tileSettings, ReportDates dates,
                TileCacheClient tiles) {
        this.tiles = tiles;
        this.tileSettings = tileSettings;
        this.dates = dates;
        this.http = http;
        this.model = model;
        this.extents = extents;
        this.ws = model.workspace();
        this.workspaces = new WorkspaceClient(http);
        this.stores = new DataStoreClient(http);
        this.styles = new StyleClient(http);
        this.types = new FeatureTypeClient(http, ws, model.store().name());
        this.groups = new LayerGroupClient(http, ws);
    }

    PublishPlan build() {
        try (GeoServerTransport.ReadAhead ahead = http.readAhead(reads())) {
            return plan();
        }
    }

    /**
     * Every GET a plan sends when the resources already exist, in the order it sends them. They do not depend on
     * each other, so they are sent ahead together; the plan below still takes their answers (and failures) in its
     * own order, so it is the same plan with the same errors, only sooner.
     */
    private List<String> reads() {
        List<String> paths = new ArrayList<>();
        paths.add(WorkspaceClient.namespacePath(ws));
        paths.add(WorkspaceClient.workspaceServicePath("wms", ws));
        paths.add(WorkspaceClient.workspaceServicePath("wfs", ws));
        paths.add(DataStoreClient.storePath(ws, model.store().name()));
        paths.add(DataStoreClient.availablePath(ws, model.store().name()));
        model.styles().forEach(style -> paths.add(StyleClient.sldPath(ws, style.name())));
        for (DesiredFeatureType type : model.featureTypes()) {
            paths.add(types.typePath(type.name()));
            if (type.history()) {
                paths.add(types.layerPath(type.name()));
            }
        }
        paths.add(groups.groupPath(model.group().name()));
        if (dates != ReportDates.UNKNOWN) {
            TileLayerPlanner.names(model).forEach(name -> paths.add(TileCacheClient.layerPath(ws + ":" + name)));
            TileLayerPlanner.wfsOnly(model).forEach(name -> paths.add(TileCacheClient.layerPath(ws + ":" + name)));
        }
        return paths;
    }

    private PublishPlan plan() {
        workspace();
        service("wms");
        service("wfs");
        store();
        model.styles().forEach(this::style);
        boolean storeChanging = items.stream().anyMatch(i -> i.kind() == ResourceKind.DATASTORE && i.action() != Action.UNCHANGED);
        LayerPlanner layers = new LayerPlanner(types, model, extents, storeChanging);
        for (DesiredFeatureType type : model.featureTypes()) {
            items.addAll(layers.plan(type));
        }
        group(storeChanging);
        if (dates != ReportDates.UNKNOWN) {
            TileLayerPlanner tileLayers = new TileLayerPlanner(tiles, tileSettings.maxAgeSeconds(), dates.all());
            TileLayerPlanner.names(model).forEach(name -> items.add(tileLayers.plan(ws, name)));
            for (String name : TileLayerPlanner.wfsOnly(model)) {
                boolean created = items.stream().anyMatch(i -> i.kind() == ResourceKind.FEATURE_TYPE && i.name().equals(name)
                        && i.action() == Action.CREATE);
                items.add(tileLayers.planOff(ws, name, created));
            }
        }
        return new PublishPlan(items);
    }

    private void workspace() {
        Optional<JsonNode> namespace = workspaces.namespace(ws);
        String uri = model.namespaceUri();
        if (namespace.isEmpty()) {
            items.add(PlanItem.change(ResourceKind.WORKSPACE, ws, Action.CREATE, Text.of("gs.namespace", uri), () -> workspaces.create(ws, uri)));
        } else if (!uri.equals(Json.text(namespace.get(), "uri"))) {
            items.add(PlanItem.change(ResourceKind.WORKSPACE, ws, Action.UPDATE,
                    Text.of("gs.namespaceDiffers", Json.text(namespace.get(), "uri"), uri), () -> workspaces.updateUri(ws, uri)));
        } else {
            items.add(PlanItem.unchanged(ResourceKind.WORKSPACE, ws, Text.of("gs.namespace", uri)));
        }
    }

    private void service(String service) {
        String name = ws + " " + service.toUpperCase();
        Optional<JsonNode> own = workspaces.workspaceService(service, ws);
        if (own.isPresent()) {
            if (own.get().path("enabled").asBoolean(false)) {
                items.add(PlanItem.unchanged(ResourceKind.SERVICE, name, Text.of("gs.enabled")));
            } else {
                items.add(PlanItem.change(ResourceKind.SERVICE, name, Action.UPDATE, Text.of("gs.disabledInWorkspace"),
                        () -> workspaces.enableService(service, ws)));
            }
        } else if (workspaces.globalService(service).path("enabled").asBoolean(false)) {
            items.add(PlanItem.unchanged(ResourceKind.SERVICE, name, Text.of("gs.enabledGlobally")));
        } else {
            items.add(PlanItem.change(ResourceKind.SERVICE, name, Action.CREATE, Text.of("gs.disabledGlobally"),
                    () -> workspaces.enableService(service, ws)));
        }
    }

    private void store() {
        DesiredStore store = model.store();
        Text where = Text.of("gs.storeWhere", store.parameters().get("user"), store.parameters().get("host"),
                store.parameters().get("port"), store.parameters().get("database"), store.parameters().get("schema"));
        Optional<JsonNode> current = stores.get(ws, store.name());
        if (current.isEmpty()) {
            items.add(PlanItem.change(ResourceKind.DATASTORE, store.name(), Action.CREATE, where, () -> stores.create(ws, store)));
            return;
        }
        List<Text> differences = DataStoreClient.differences(store, current.get());
        if (differences.isEmpty()) {
            differences = stores.connectionProblem(ws, store.name())
                    .map(p -> List.of(Text.of("gs.storeCannotConnect", p))).orElse(List.of());
        }
        if (differences.isEmpty()) {
            items.add(PlanItem.unchanged(ResourceKind.DATASTORE, store.name(), where));
        } else {
            items.add(PlanItem.change(ResourceKind.DATASTORE, store.name(), Action.UPDATE, Text.join("; ", differences),
                    () -> stores.update(ws, store)));
        }
    }

    private void style(DesiredStyle style) {
        Optional<String> stored = styles.sld(ws, style.name());
        String file = style.file().getFileName().toString();
        // a style identical to GeoServer's passed this check when it was uploaded; one to upload is checked now,
        // while planning, so an invalid file stops the publish before anything is written
        if (stored.isEmpty()) {
            style.requireValid();
            items.add(PlanItem.change(ResourceKind.STYLE, style.name(), Action.CREATE, Text.of("gs.styleFrom", file),
                    () -> styles.create(ws, style.name(), style.body())));
        } else if (!StyleClient.same(style.body(), stored.get())) {
            style.requireValid();
            items.add(PlanItem.change(ResourceKind.STYLE, style.name(), Action.UPDATE, Text.of("gs.styleChanged", file),
                    () -> styles.update(ws, style.name(), style.body())));
        } else {
            items.add(PlanItem.unchanged(ResourceKind.STYLE, style.name(), Text.of("gs.styleSame", file)));
        }
    }

    /** Sets the group's bounds to cover its layers, if they do not already. */
    private void refreshBounds(DesiredGroup group) {
        Optional<Bbox> wanted = Bounds.ofGroup(types, group);
        Optional<Bbox> actual = groups.get(group.name()).flatMap(g -> Bbox.of(g.path("bounds")));
        if (wanted.isPresent() && (actual.isEmpty() || !actual.get().sameAs(wanted.get()))) {
            groups.updateBounds(group.name(), wanted.get());
        }
    }

    private void group(boolean storeChanging) {
        DesiredGroup group = model.group();
        Optional<JsonNode> current = groups.get(group.name());
        Text layers = Text.of("plan.value", String.join(", ", group.layers()));
        if (current.isEmpty()) {
            items.add(PlanItem.change(ResourceKind.LAYER_GROUP, group.name(), Action.CREATE, layers,
                    () -> groups.create(group, Bounds.ofGroup(types, group).orElse(null))));
            return;
        }
        List<Text> differences = groups.differences(group, current.get());
        if (!differences.isEmpty()) {
            items.add(PlanItem.change(ResourceKind.LAYER_GROUP, group.name(), Action.UPDATE, Text.join("; ", differences),
                    () -> groups.update(group, Bounds.ofGroup(types, group).orElse(null))));
            return;
        }
        items.add(PlanItem.unchanged(ResourceKind.LAYER_GROUP, group.name(), layers));
        if (storeChanging) {
            items.add(PlanItem.change(ResourceKind.GROUP_BOUNDS, group.name(), Action.UPDATE, Text.of("gs.groupBoundsLater"),
                    () -> refreshBounds(group)));
            return;
        }
        Optional<Bbox> wanted = Bounds.ofGroup(types, group);
        Optional<Bbox> actual = Bbox.of(current.get().path("bounds"));
        if (wanted.isPresent() && (actual.isEmpty() || !actual.get().sameAs(wanted.get()))) {
            items.add(PlanItem.change(ResourceKind.GROUP_BOUNDS, group.name(), Action.UPDATE,
                    Text.of("gs.groupBoundsDiffer", actual.<Object>map(Bbox::toString).orElse(Text.of("gs.unset")), wanted.get()),
                    () -> refreshBounds(group)));
        } else {
            items.add(PlanItem.unchanged(ResourceKind.GROUP_BOUNDS, group.name(), actual.map(b -> Text.of("plan.value", b)).orElse(Text.of("gs.noDataYet"))));
        }
    }
}
