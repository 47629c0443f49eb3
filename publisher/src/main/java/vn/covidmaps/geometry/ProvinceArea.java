package vn.covidmaps.geometry;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The configured provinces as prepared polygons, to warn about points that are in Vietnam but
 * plainly not in the provinces reporting them. A small margin keeps points on a border road or river
 * from being flagged; it is measured only for the rare point outside, since buffering whole province
 * outlines would cost a second on every run.
 */
public final class ProvinceArea {
    static final String PROVINCES = "/vn-admin/tinh_lang-son_bac-kan_thai-nguyen.geojson";
    /** About 2 km. */
    private static final double MARGIN_DEGREES = 0.02;

    private final List<PreparedGeometry> provinces;

    private ProvinceArea(List<PreparedGeometry> provinces) {
        this.provinces = provinces;
    }

    /** Null when none of the configured provinces has a bundled polygon: then nothing is checked. */
    public static ProvinceArea of(Set<String> provinceCodes) {
        Map<String, MultiPolygon> all = BoundaryFiles.readGeoJsonResource(PROVINCES, "ma_tinh");
        List<PreparedGeometry> wanted = provinceCodes.stream().map(all::get).filter(Objects::nonNull)
                .map(PreparedGeometryFactory::prepare).toList();
        return wanted.isEmpty() ? null : new ProvinceArea(wanted);
    }

    /** The box around the provinces, in longitude and latitude: where a citizen of theirs looks at the map. */
    public org.locationtech.jts.geom.Envelope envelope() {
        org.locationtech.jts.geom.Envelope box = new org.locationtech.jts.geom.Envelope();
        provinces.forEach(p -> box.expandToInclude(p.getGeometry().getEnvelopeInternal()));
        return box;
    }

    public boolean contains(Geometry geometry) {
        for (PreparedGeometry province : provinces) {
            if (province.intersects(geometry)) {
                return true;
            }
        }
        for (PreparedGeometry province : provinces) {
            if (province.getGeometry().isWithinDistance(geometry, MARGIN_DEGREES)) {
                return true;
            }
        }
        return false;
    }
}
