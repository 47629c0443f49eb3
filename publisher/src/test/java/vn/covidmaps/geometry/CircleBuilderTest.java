package vn.covidmaps.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class CircleBuilderTest {
    @Test
    void theBundledUtm48nDefinitionIsTheEpsgOne() throws Exception {
        CoordinateReferenceSystem fromEpsg = CRS.decode("EPSG:32648", true);
        CoordinateReferenceSystem bundled = CRS.parseWKT(CircleBuilder.UTM_48N);
        assertEquals(true, CRS.equalsIgnoreMetadata(fromEpsg, bundled));
    }

    @Test
    void aCircleIsRoundInMetres() {
        Geometry circle = CircleBuilder.get().circle(new Coordinate(106.76, 21.85), 500);
        assertEquals(2 * 500 / 110_700.0, circle.getEnvelopeInternal().getHeight(), 2e-5); // a degree of latitude is ~110.7 km here
        assertEquals(2 * 500 / (111_320.0 * Math.cos(Math.toRadians(21.85))), circle.getEnvelopeInternal().getWidth(), 3e-5);
    }
}
