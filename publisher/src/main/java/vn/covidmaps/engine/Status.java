package vn.covidmaps.engine;

import java.util.List;
import vn.covidmaps.geoserver.PublicationStatus;
import vn.covidmaps.geoserver.TileSeeding;
import vn.covidmaps.postgis.LayerFacts;
import vn.covidmaps.text.Text;

/**
 * Per layer, what PostGIS holds and what GeoServer serves.
 *
 * @param geoserver        null when GeoServer could not be asked
 * @param geoserverProblem why not, when {@code geoserver} is null
 * @param seeding          the seeding of the group's latest tiles, null when GeoServer could not be asked
 */
public record Status(List<LayerFacts> data, PublicationStatus geoserver, Text geoserverProblem, TileSeeding.Progress seeding) {
}
