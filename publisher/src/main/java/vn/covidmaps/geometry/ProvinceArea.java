package vn.covidmaps.geometry;

import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The configured provinces as one prepared polygon (with a small margin for the border), to warn
 * about points that are in Vietnam but plainly not in the province reporting them.
 */
public final class ProvinceArea {
    static final String PROVINCES = "/vn-admin/tinh_lang-son_bac-kan_thai-nguyen.geojson";
    /** About 2 km: points on a border road or river are not suspicious. */
    private static final double MARGIN_DEGREES = 0.02;

    private final PreparedGeometry area;

    private ProvinceArea(PreparedGeometry area) {
        this.area = area;
    }

    /** Null when none of the configured provinces has a bundled polygon: then nothing is checked. */
    public static ProvinceArea of(Set<String> provinceCodes) {
        Map<String, MultiPolygon> all = BoundaryFiles.readGeoJsonResource(PROVINCES, "ma_tinh");
        Geometry[] wanted = provinceCodes.stream().map(all::get).filter(p -> p != null).toArray(Geometry[]::new);
        if (wanted.length == 0) {
            return null;
        }
        Geometry union = new GeometryFactory().createGeometryCollection(wanted).union().buffer(MARGIN_DEGREES, 4);
        return new ProvinceArea(PreparedGeometryFactory.prepare(union));
    }

    public boolean contains(Geometry geometry) {
        return area.intersects(geometry);
    }
}
