package vn.covidmaps.geoserver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.covidmaps.geoserver.PublicationModel.DesiredFeatureType;
import vn.covidmaps.geoserver.PublicationStatus.LayerStatus;
import vn.covidmaps.text.Text;

/** Reads what GeoServer serves of the model, and the URLs to reach it. */
final class StatusReader {
    private final GeoServerTransport http;
    private final PublicationModel model;
    private final FeatureTypeClient types;
    private final LayerGroupClient groups;

    StatusReader(GeoServerTransport http, PublicationModel model, FeatureTypeClient types, LayerGroupClient groups) {
        this.http = http;
        this.model = model;
        this.types = types;
        this.groups = groups;
    }

    PublicationStatus read() {
        String ws = model.workspace();
        String wms = http.base() + ws + "/wms";
        String wfs = http.base() + ws + "/ows";
        List<LayerStatus> layers = new ArrayList<>();
        for (DesiredFeatureType type : model.featureTypes()) {
            if (type.history()) {
                layers.add(layer(type.layer(), wms, wfs));
            }
        }
        Optional<JsonNode> group = groups.get(model.group().name());
        String groupGetMap = group.flatMap(g -> Bbox.of(g.path("bounds")))
                .map(b -> getMap(wms, ws + ":" + model.group().name(), b)).orElse("");
        return new PublicationStatus(wms, wfs, ws + ":" + model.group().name(), group.isPresent(), groupGetMap, layers);
    }

    private LayerStatus layer(String name, String wms, String wfs) {
        String ws = model.workspace();
        String latest = name + PublicationModel.LATEST_SUFFIX;
        List<Text> problems = new ArrayList<>();
        Optional<JsonNode> history = read(name, problems);
        Optional<JsonNode> latestType = read(latest, problems);
        if (!problems.isEmpty()) {
            return new LayerStatus(name, false, Text.join("; ", problems), ws + ":" + name, ws + ":" + latest, "", "");
        }
        if (history.isEmpty() || types.layer(name).isEmpty()) {
            problems.add(Text.of("status.noWmsLayer", ws + ":" + name));
        } else if (!history.get().path("enabled").asBoolean(false)) {
            problems.add(Text.of("status.wmsDisabled"));
        }
        if (latestType.isEmpty()) {
            problems.add(Text.of("status.noWfsType", ws + ":" + latest));
        } else if (!latestType.get().path("enabled").asBoolean(false)) {
            problems.add(Text.of("status.wfsDisabled"));
        }
        String getMap = history.flatMap(t -> Bbox.of(t.path("latLonBoundingBox")))
                .map(b -> getMap(wms, ws + ":" + name, b)).orElse("");
        String getFeature = wfs + "?service=WFS&version=2.0.0&request=GetFeature&typeNames=" + ws + ":" + latest
                + "&outputFormat=application/json";
        return new LayerStatus(name, problems.isEmpty(), Text.join("; ", problems), ws + ":" + name, ws + ":" + latest,
                getMap, getFeature);
    }

    /** The feature type, or empty with the reason when GeoServer cannot describe it (a broken datastore). */
    private Optional<JsonNode> read(String featureType, List<Text> problems) {
        try {
            return types.get(featureType);
        } catch (GeoServerException e) {
            if (e.isUnreachable() || e.status() == 401 || e.status() == 403) {
                throw e;
            }
            problems.add(Text.of("status.cannotDescribe", featureType, e.reason()));
            return Optional.empty();
        }
    }

    /** A GetMap URL of the box, 768 pixels wide, in EPSG:4326 (WMS 1.1.1 axis order: lon,lat). */
    static String getMap(String wms, String layer, Bbox box) {
        double width = Math.max(box.maxx() - box.minx(), 1e-6);
        double height = Math.max(box.maxy() - box.miny(), 1e-6);
        long pixelsHigh = Math.max(1, Math.min(2048, Math.round(768 * height / width)));
        return wms + "?service=WMS&version=1.1.1&request=GetMap&layers=" + layer + "&styles=&srs=EPSG:4326&bbox="
                + String.format(Locale.ROOT, "%s,%s,%s,%s", box.minx(), box.miny(), box.maxx(), box.maxy())
                + "&width=768&height=" + pixelsHigh + "&format=image/png&transparent=true";
    }
}
