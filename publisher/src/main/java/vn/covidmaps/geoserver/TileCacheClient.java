package vn.covidmaps.geoserver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** GeoWebCache's REST API: tile layers, deleting tiles (all of a layer's, or one report date's), seeding and its tasks. */
final class TileCacheClient {
    /** The deepest zoom level of each grid set publishing uses, so a truncation covers every level. */
    static final Map<String, Integer> MAX_ZOOM = Map.of("EPSG:900913", 30, "EPSG:4326", 21);

    /** One seeding or truncation task, as {@code gwc/rest/seed/{layer}.json} lists it. */
    record Task(long tilesDone, long tilesTotal, long secondsLeft, long id, int state) {
        static final int PENDING = 0;
        static final int RUNNING = 1;
        static final int DONE = 2;
        static final int ABORTED = -1;

        boolean active() {
            return state == PENDING || state == RUNNING;
        }
    }

    private final GeoServerTransport http;
    /** Tile sets deleted since {@link #startRun}: one publish deletes each at most once. */
    private final Set<String> truncatedThisRun = new HashSet<>();

    TileCacheClient(GeoServerTransport http) {
        this.http = http;
    }

    /** Forgets the tile sets deleted so far: they may hold new tiles by now. */
    void startRun() {
        truncatedThisRun.clear();
    }

    /** Names ("workspace:layer") of the cached layers and groups. */
    Set<String> cachedLayers() {
        Set<String> names = new LinkedHashSet<>();
        http.get("gwc/rest/layers.json").map(Json::parse).ifPresent(list -> list.forEach(n -> names.add(n.asText())));
        return names;
    }

    static String layerPath(String qualifiedName) {
        return "gwc/rest/layers/" + qualifiedName + ".xml";
    }

    Optional<TileLayerXml> tileLayer(String qualifiedName) {
        return http.get(layerPath(qualifiedName)).map(TileLayerXml::parse);
    }

    /** Creates or replaces the tile layer (GeoServer's GWC answers PUT for both). */
    void putTileLayer(String qualifiedName, TileLayerXml layer) {
        http.put(layerPath(qualifiedName), GeoServerTransport.GWC_XML, layer.xml());
    }

    /** Deletes every tile of the layer, in every grid set, format and parameter combination. */
    void truncate(String qualifiedName) {
        http.post("gwc/rest/masstruncate", GeoServerTransport.GWC_XML,
                "<truncateLayer><layerName>" + qualifiedName + "</layerName></truncateLayer>");
    }

    /**
     * Deletes the PNG tiles of one TIME value in one grid set. GeoWebCache keeps the tiles of the filter's default value
     * (asked with or without TIME) apart from the others, under no parameters at all, and a truncation naming the
     * default TIME does not reach them: so {@code time} empty deletes the default's tiles.
     */
    void truncate(String qualifiedName, String gridSet, Optional<String> time) {
        if (!truncatedThisRun.add(qualifiedName + " " + gridSet + " " + time.orElse(""))) {
            return;
        }
        String parameters = time.map(t -> "<parameters><entry><string>TIME</string><string>" + t + "</string></entry></parameters>")
                .orElse("");
        http.post("gwc/rest/seed/" + qualifiedName + ".xml", GeoServerTransport.GWC_XML, "<seedRequest><name>" + qualifiedName
                + "</name><gridSetId>" + gridSet + "</gridSetId><zoomStart>0</zoomStart><zoomStop>" + MAX_ZOOM.get(gridSet)
                + "</zoomStop><format>" + DesiredTileLayer.FORMAT + "</format><type>truncate</type><threadCount>1</threadCount>"
                + parameters + "</seedRequest>");
    }

    /** Starts seeding the default TIME's PNG tiles of the box (in the grid set's own units) in the background. */
    void seed(String qualifiedName, String gridSet, Bbox box, int zoomStart, int zoomStop, int threads) {
        http.post("gwc/rest/seed/" + qualifiedName + ".xml", GeoServerTransport.GWC_XML, "<seedRequest><name>" + qualifiedName
                + "</name><bounds><coords><double>" + box.minx() + "</double><double>" + box.miny() + "</double><double>"
                + box.maxx() + "</double><double>" + box.maxy() + "</double></coords></bounds><gridSetId>" + gridSet
                + "</gridSetId><zoomStart>" + zoomStart + "</zoomStart><zoomStop>" + zoomStop + "</zoomStop><format>"
                + DesiredTileLayer.FORMAT + "</format><type>seed</type><threadCount>" + threads + "</threadCount></seedRequest>");
    }

    /** Stops the layer's running and pending tasks. */
    void killTasks(String qualifiedName) {
        http.post("gwc/rest/seed/" + qualifiedName, "application/x-www-form-urlencoded", "kill_all=all");
    }

    /**
     * Waits until none of these layers has a running or pending task (truncations run in the background too), or
     * until {@code timeout} passed; says whether they all finished.
     */
    boolean awaitTasks(Iterable<String> qualifiedNames, java.time.Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        for (String name : qualifiedNames) {
            while (tasks(name).stream().anyMatch(Task::active)) {
                if (System.nanoTime() > end) {
                    return false;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /** The layer's tasks GeoWebCache still lists: running, pending, and for a while the finished ones. */
    List<Task> tasks(String qualifiedName) {
        List<Task> tasks = new ArrayList<>();
        Optional<String> list;
        try {
            list = http.get("gwc/rest/seed/" + qualifiedName + ".json");
        } catch (GeoServerException e) {
            if (e.status() == 400) {
                return tasks; // GeoWebCache answers 400 "Unknown layer" for a layer without a tile cache: no task
            }
            throw e;
        }
        list.map(Json::parse).ifPresent(answer -> {
            for (JsonNode task : answer.path("long-array-array")) {
                tasks.add(new Task(task.path(0).asLong(), task.path(1).asLong(), task.path(2).asLong(), task.path(3).asLong(),
                        task.path(4).asInt()));
            }
        });
        return tasks;
    }
}
