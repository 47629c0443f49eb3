package vn.covidmaps.geoserver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.covidmaps.config.Settings;
import vn.covidmaps.geoserver.PublicationModel.DesiredFeatureType;
import vn.covidmaps.layer.LayerCatalog;
import vn.covidmaps.text.Text;

/**
 * Makes GeoServer serve every layer: {@link #plan()} reads GeoServer and lists what differs from the
 * layer definitions, styles and settings; {@link #apply} writes exactly that, then refreshes bounds and
 * tile caches of the layers whose data changed; {@link #status()} tells what GeoServer serves.
 */
public final class GeoServerPublisher {
    private final GeoServerTransport http;
    private final PublicationModel model;
    private final FeatureTypeClient types;
    private final LayerGroupClient groups;
    private final TileCacheClient tiles;
    private final DataExtents extents;
    private final TileSettings tileSettings;
    private final ReportDates dates;

    public GeoServerPublisher(GeoServerTransport http, PublicationModel model) {
        this(http, model, DataExtents.UNKNOWN);
    }

    /** With the data's extents, plans also list bounding boxes that no longer match the data. */
    public GeoServerPublisher(GeoServerTransport http, PublicationModel model, DataExtents extents) {
        this(http, model, extents, TileSettings.DEFAULT, ReportDates.UNKNOWN);
    }

    private GeoServerPublisher(GeoServerTransport http, PublicationModel model, DataExtents extents, TileSettings tileSettings,
                               ReportDates dates) {
        this.extents = extents;
        this.http = http;
        this.model = model;
        this.tileSettings = tileSettings;
        this.dates = dates;
        this.types = new FeatureTypeClient(http, model.workspace(), model.store().name());
        this.groups = new LayerGroupClient(http, model.workspace());
        this.tiles = new TileCacheClient(http);
    }

    /** Styles are checked against the SLD schema by the plan, only those it is about to upload. */
    public static GeoServerPublisher from(Settings settings, LayerCatalog catalog) {
        return new GeoServerPublisher(GeoServerTransport.from(settings),
                PublicationModel.withStylesCheckedOnUpload(settings, catalog), DataExtents.UNKNOWN,
                TileSettings.from(settings), ReportDates.UNKNOWN);
    }

    /** Same GeoServer and model, also comparing bounding boxes with the data's extents. */
    public GeoServerPublisher withDataExtents(DataExtents dataExtents) {
        return new GeoServerPublisher(http, model, dataExtents, tileSettings, dates);
    }

    /** Same GeoServer and model; plans also cover the tile layers, whose TIME values are these dates. */
    public GeoServerPublisher withReportDates(ReportDates reportDates) {
        return new GeoServerPublisher(http, model, extents, tileSettings, reportDates);
    }

    public TileSettings tileSettings() {
        return tileSettings;
    }

    public GeoServerTransport transport() {
        return http;
    }

    /** What publishing would do; reads only. */
    public PublishPlan plan() {
        return new PlanBuilder(http, model, extents, tileSettings, dates, tiles).build();
    }

    /** Plans, then applies that plan. */
    public ApplyResult apply(Set<String> layersWithChangedData) {
        return apply(plan(), layersWithChangedData);
    }

    /** Applies the plan; the layers' data changed on dates not known, so all their tiles are deleted. */
    public ApplyResult apply(PublishPlan plan, Set<String> layersWithChangedData) {
        return apply(plan, ChangedData.anyDate(layersWithChangedData));
    }

    /**
     * Truncates all cached tiles of the layers whose data changed on unknown dates (or whose bounds the plan found
     * stale with no change of known dates to explain it) and of the group, first, so that no tile drawn from the old data survives even if a later write fails;
     * then the tiles of just the removed dates of the layers that lost them and the group, while those dates are still
     * TIME values that GeoWebCache accepts. Then writes the plan's changes in order (the tile layers' TIME values among
     * them, which deletes the default's tiles when the latest date moves), deletes the tiles of just the changed dates
     * of the other changed layers and the group, recalculates the bounding boxes of those layers and the group's
     * bounds, and truncates the tiles of layers whose style changed.
     */
    public ApplyResult apply(PublishPlan plan, ChangedData changed) {
        int before = http.writeCount();
        tiles.startRun();
        boolean tileLayersManaged = dates != ReportDates.UNKNOWN;
        Set<String> everyDate = new LinkedHashSet<>(changed.anyDate());
        // bounds no change of ours explains: the data changed on dates not known
        Set<String> explained = new LinkedHashSet<>(changed.dates().isEmpty() ? Set.of() : changed.layers());
        explained.addAll(changed.removedDates().isEmpty() ? Set.of() : changed.removedFrom());
        plan.changes().stream().filter(i -> i.kind() == ResourceKind.BOUNDS && !explained.contains(i.name()))
                .forEach(i -> everyDate.add(i.name()));
        if (tileLayersManaged && (!plan.changes().isEmpty() || !changed.isEmpty())) {
            // an earlier publish's seeding would otherwise be waited for below, and go on drawing while tiles go
            stopSeeding();
        }
        Set<String> onDates = dated(changed.layers(), changed.dates(), everyDate, tileLayersManaged);
        Set<String> removed = dated(changed.removedFrom(), changed.removedDates(), everyDate, tileLayersManaged);
        onDates.removeAll(everyDate);
        Set<String> refresh = new LinkedHashSet<>(everyDate);
        refresh.addAll(onDates);
        refresh.addAll(removed);
        List<String> wholly = model.featureTypes().stream()
                .filter(t -> everyDate.contains(t.layer()) && (t.history() || !tileLayersManaged)) // WFS-only: tiles off
                .map(DesiredFeatureType::name).toList();
        Set<String> truncated = new LinkedHashSet<>(truncate(withGroup(wholly)));
        truncated.addAll(truncateDates(removed, wholly.isEmpty(), changed.removedDates()));

        List<PlanItem> applied = new ArrayList<>();
        for (PlanItem item : plan.changes()) {
            item.apply();
            applied.add(item);
        }
        truncated.addAll(truncateDates(onDates, wholly.isEmpty(), changed.dates()));
        List<String> recalculated = new ArrayList<>();
        for (DesiredFeatureType type : model.featureTypes()) {
            if (type.history() && refresh.contains(type.layer())) {
                recalculateBounds(type.layer());
                recalculated.add(type.name());
                recalculated.add(type.name() + PublicationModel.LATEST_SUFFIX);
            }
        }
        if (!recalculated.isEmpty() && refreshGroupBounds()) {
            recalculated.add(model.group().name());
        }
        List<String> restyled = layersWithRestyling(plan);
        if (!restyled.isEmpty() || plan.changes().stream().anyMatch(i -> i.kind() == ResourceKind.LAYER_GROUP)) {
            truncated.addAll(truncate(withGroup(restyled)));
        }
        if (tileLayersManaged && !truncated.isEmpty()) {
            // truncations run as GeoWebCache tasks: wait for them, so that what is served next is drawn from the new data
            tiles.awaitTasks(TileLayerPlanner.names(model).stream().map(n -> model.workspace() + ":" + n).toList(),
                    http.timeout());
        }
        return new ApplyResult(applied, recalculated, List.copyOf(truncated), http.writeCount() - before);
    }

    /**
     * The layers changed on these dates only; without dates, or without TIME filters (a date's tiles cannot be told apart
     * then), they join {@code everyDate}. Layers already there are left out.
     */
    private static Set<String> dated(Set<String> layers, Set<String> changedDates, Set<String> everyDate, boolean tileLayersManaged) {
        Set<String> dated = new LinkedHashSet<>(layers);
        dated.removeAll(everyDate);
        if (!tileLayersManaged || changedDates.isEmpty()) {
            everyDate.addAll(dated);
            dated.clear();
        }
        return dated;
    }

    /**
     * Deletes only these dates' tiles of these layers and, with {@code group}, of the group too. The latest date is the
     * TIME filter's default, whose tiles GeoWebCache keeps apart (shared by requests with and without TIME), so that date
     * deletes the default's tiles.
     */
    private List<String> truncateDates(Set<String> layers, boolean group, Set<String> changedDates) {
        if (layers.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>(layers);
        if (group) {
            names.add(model.group().name());
        }
        List<String> published = dates.all();
        String latest = published.isEmpty() ? null : published.get(published.size() - 1);
        Set<String> cached = tiles.cachedLayers();
        List<String> truncated = new ArrayList<>();
        for (String name : names) {
            String qualified = model.workspace() + ":" + name;
            if (!cached.contains(qualified)) {
                continue;
            }
            for (String date : new java.util.TreeSet<>(changedDates)) {
                Optional<String> time = date.equals(latest) ? Optional.empty() : Optional.of(date);
                for (String gridSet : DesiredTileLayer.GRID_SETS) {
                    tiles.truncate(qualified, gridSet, time);
                }
                truncated.add(qualified + " " + date);
            }
        }
        return truncated;
    }

    private List<String> withGroup(List<String> layers) {
        List<String> names = new ArrayList<>(layers);
        if (!names.isEmpty()) {
            names.add(model.group().name());
        }
        return names;
    }

    /**
     * Recalculates the boxes of the history table from the data, and gives the latest-report view the same
     * boxes (they cover every report, so the latest one too). GeoServer 2.21 cannot reliably recalculate the
     * bounds of an SQL view over REST: the PUT fails now and then with 500 "Schema '…_latest' does not exist".
     */
    private void recalculateBounds(String layer) {
        types.recalculateBounds(layer);
        JsonNode history = types.get(layer).orElseThrow(() -> new GeoServerException("GET",
                http.base() + "rest/workspaces/" + model.workspace() + "/datastores/" + model.store().name()
                        + "/featuretypes/" + layer + ".json", 404, Text.of("geoserver.vanished")));
        types.setBounds(layer + PublicationModel.LATEST_SUFFIX, history.path("nativeBoundingBox"),
                history.path("latLonBoundingBox"));
    }

    private List<String> layersWithRestyling(PublishPlan plan) {
        Set<String> changedStyles = new LinkedHashSet<>();
        Set<String> layers = new LinkedHashSet<>();
        for (PlanItem item : plan.changes()) {
            if (item.kind() == ResourceKind.STYLE) {
                changedStyles.add(item.name());
            } else if (item.kind() == ResourceKind.DEFAULT_STYLE) {
                layers.add(item.name());
            }
        }
        model.defaultStyles().forEach((layer, style) -> {
            if (changedStyles.contains(style)) {
                layers.add(layer);
            }
        });
        return List.copyOf(layers);
    }

    private boolean refreshGroupBounds() {
        Optional<Bbox> wanted = Bounds.ofGroup(types, model.group());
        Optional<Bbox> actual = groups.get(model.group().name()).flatMap(g -> Bbox.of(g.path("bounds")));
        if (wanted.isEmpty() || actual.isPresent() && actual.get().sameAs(wanted.get())) {
            return false;
        }
        groups.updateBounds(model.group().name(), wanted.get());
        return true;
    }

    private List<String> truncate(List<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        Set<String> cached = tiles.cachedLayers();
        List<String> truncated = new ArrayList<>();
        for (String name : names) {
            String qualified = model.workspace() + ":" + name;
            if (cached.contains(qualified)) {
                tiles.truncate(qualified);
                truncated.add(qualified);
            }
        }
        return truncated;
    }

    /**
     * Starts seeding the group's default (latest report) tiles over the box, in the background on GeoServer, after
     * stopping a seeding still running from an earlier publish (its tiles may be of the previous report).
     */
    public TileSeeding seed(Bbox lonLat) {
        TileSeeding seeding = TileSeeding.of(groupTileLayer(), lonLat, tileSettings);
        if (seeding.any() && tiles.cachedLayers().contains(seeding.layer())) {
            stopSeeding();
            // one thread: the other core keeps answering citizens while the cache warms
            tiles.seed(seeding.layer(), TileSeeding.GRID_SET, seeding.mercator(), seeding.zoomStart(), seeding.zoomStop(), 1);
        }
        return seeding;
    }

    /**
     * Stops the group's seeding if one is running (GeoWebCache kills all the layer's tasks, and only seeds run long).
     * A group without a tile cache yet has no task: GeoWebCache's task list answers none for it.
     */
    private void stopSeeding() {
        String layer = groupTileLayer();
        if (tiles.tasks(layer).stream().anyMatch(TileCacheClient.Task::active)) {
            tiles.killTasks(layer);
        }
    }

    private String groupTileLayer() {
        return model.workspace() + ":" + model.group().name();
    }

    /** How far the group's seeding is. Reads only. */
    public TileSeeding.Progress seedProgress() {
        String layer = groupTileLayer();
        return TileSeeding.Progress.of(layer, tiles.tasks(layer));
    }

    /** Per layer: whether GeoServer serves it, and where. Reads only. */
    public PublicationStatus status() {
        return new StatusReader(http, model, types, groups).read();
    }
}
