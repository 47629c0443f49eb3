package vn.covidmaps.geoserver;

import java.util.List;
import java.util.Optional;
import vn.covidmaps.geoserver.PublicationModel.DesiredGroup;

/** Bounding boxes as GeoServer currently knows them. */
final class Bounds {
    private Bounds() {
    }

    /** The union of the longitude/latitude boxes of the group's layers; empty while no layer has data. */
    static Optional<Bbox> ofGroup(FeatureTypeClient types, DesiredGroup group) {
        List<Bbox> boxes = group.layers().stream()
                .flatMap(layer -> types.get(layer).flatMap(t -> Bbox.of(t.path("latLonBoundingBox"))).stream())
                .toList();
        return Bbox.union(boxes);
    }
}
